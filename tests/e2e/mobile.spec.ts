import { expect, test } from '@playwright/test';
import { PanelsPage } from './pages/panels';
import { ScenarioPage, watchErrors } from './pages/scenarios';
import { expectOnScreen, ShellPage } from './pages/shell';

// A phone held upright: the diagram keeps half the screen, the panels are tabs under the playback bar.
test.use({
  locale: 'en-US',
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
});

test('on a phone a preset opens, plays and steps with the diagram and the playback controls in sight', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const app = new ScenarioPage(page);
  const shell = new ShellPage(page);
  await app.open();
  await shell.expectDiagramAndControls();
  await app.openPreset('Two nodes, VXLAN overlay');
  await expect(shell.hopText).toHaveText(/^Hop 1 of \d+$/);
  await expect(shell.tab('Inspector')).toHaveAttribute('aria-selected', 'true');
  await shell.expectDiagramAndControls();

  await shell.playback.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(shell.hopText).not.toHaveText(/^Hop 1 of/);
  await shell.playback.getByRole('button', { name: 'Pause' }).click();
  await shell.expectDiagramAndControls();

  await shell.playback.getByRole('button', { name: 'To start' }).click();
  await expect(shell.hopText).toHaveText(/^Hop 1 of \d+$/);
  for (const k of [2, 3, 4]) {
    await shell.playback.getByRole('button', { name: 'Step forward' }).click();
    await expect(shell.hopText).toHaveText(new RegExp(`^Hop ${k} of \\d+$`));
  }
  await shell.playback.getByRole('button', { name: 'Step back' }).click();
  await expect(shell.hopText).toHaveText(/^Hop 3 of \d+$/);
  await shell.expectDiagramAndControls();

  await shell.playback.getByRole('button', { name: 'To end' }).click();
  await expect(shell.outcome).toHaveAttribute('data-outcome', 'delivered');
  await shell.expectDiagramAndControls();
  expect(errors).toEqual([]);
});

test('on a phone the Send tab sends a packet, the inspector opens and the event list is a tab away', async ({
  page,
}) => {
  const panels = new PanelsPage(page);
  const shell = new ShellPage(page);
  await panels.open();
  await expect(shell.tab('Send')).toHaveAttribute('aria-selected', 'true');
  await panels.sendButton.click();
  await expect(shell.tab('Inspector')).toHaveAttribute('aria-selected', 'true');
  await expect(panels.inspector).toBeVisible();
  await shell.expectDiagramAndControls();
  await shell.tab('Events').click();
  await expect(panels.eventRows.first()).toBeVisible();
  await shell.expectDiagramAndControls();
  expect(panels.errors).toEqual([]);
});

test('on a phone a packet that never leaves (shared memory across pods) is named in the playback bar', async ({
  page,
}) => {
  const panels = new PanelsPage(page);
  const shell = new ShellPage(page);
  await panels.open();
  await panels.to.selectOption({ label: 'container api in default/api' });
  await panels.protocol.selectOption({ label: 'Shared memory (IPC)' });
  await panels.sendButton.click();
  await expect(shell.outcome).toHaveAttribute('data-outcome', 'impossible');
  await expect(shell.outcome).toContainText('Impossible');
  await expect(shell.playback.getByText('No packet yet')).toHaveCount(0);
  await shell.expectDiagramAndControls();
  expect(panels.errors).toEqual([]);
});

test('on a phone every header action sits in the menu, on screen, and Escape closes it', async ({
  page,
}) => {
  const shell = new ShellPage(page);
  await page.goto('./');
  const view = page.viewportSize() ?? { width: 0, height: 0 };
  await expectOnScreen(
    page.getByRole('button', { name: 'Presets', exact: true }),
    view.width,
    view.height,
  );
  await expect(page.getByRole('button', { name: 'Edit', exact: true })).toBeHidden();
  await shell.menu.click();
  await expect(shell.menu).toHaveAttribute('aria-expanded', 'true');
  for (const name of ['Edit', 'Undo', 'Redo', 'Share', 'File', 'Presenter mode'])
    await expectOnScreen(page.getByRole('button', { name, exact: true }), view.width, view.height);
  await expectOnScreen(page.getByLabel('Language'), view.width, view.height);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expectOnScreen(page.getByLabel('Share link'), view.width, view.height);
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Share link')).toBeHidden();
  await expect(shell.menu).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(shell.menu).toHaveAttribute('aria-expanded', 'false');
  await expect(shell.menu).toBeFocused();
  await shell.expectDiagramAndControls();
});

test('on a phone the editor opens as a sheet under the diagram', async ({ page }) => {
  const app = new ScenarioPage(page);
  const shell = new ShellPage(page);
  await app.open();
  await shell.menu.click();
  await app.openEditor();
  await expect(shell.menu).toHaveAttribute('aria-expanded', 'false');
  const sheet = await app.editor.boundingBox();
  const diagram = await shell.diagram.boundingBox();
  expect(diagram?.height ?? 0).toBeGreaterThanOrEqual(0.45 * 844);
  expect(sheet?.y ?? 0).toBeGreaterThanOrEqual((diagram?.y ?? 0) + (diagram?.height ?? 0) - 1);
});

test('on a phone one finger pans the diagram and two fingers pinch-zoom it', async ({ page }) => {
  const shell = new ShellPage(page);
  await page.goto('./');
  await expect(shell.canvas).toBeVisible();
  // d3-zoom attaches just after the first paint: repeat the gesture until it has.
  await expect(async () => {
    const [x0, y0] = await shell.translate();
    await shell.gesture([[0.5, 0.5]], [[60, 40]]);
    const [x1, y1] = await shell.translate();
    expect(x1 - x0).toBeCloseTo(60, 0);
    expect(y1 - y0).toBeCloseTo(40, 0);
  }).toPass({ timeout: 10_000 });
  const k = await shell.zoomFactor();
  await shell.gesture(
    [
      [0.4, 0.5],
      [0.6, 0.5],
    ],
    [
      [-60, 0],
      [60, 0],
    ],
  );
  expect(await shell.zoomFactor()).toBeGreaterThan(k * 1.5);
});
