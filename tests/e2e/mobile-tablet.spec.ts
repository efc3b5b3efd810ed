import { expect, test } from '@playwright/test';
import { ScenarioPage, watchErrors } from './pages/scenarios';
import { ShellPage } from './pages/shell';

// A tablet held upright: stacked like a phone, the playback bar on one row.
test.use({
  locale: 'en-US',
  viewport: { width: 768, height: 1024 },
  isMobile: true,
  hasTouch: true,
});

test('on a tablet a preset opens, plays and steps with the diagram and the playback controls in sight', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const app = new ScenarioPage(page);
  const shell = new ShellPage(page);
  await app.open();
  await shell.expectDiagramAndControls();
  await app.openPreset('MTU on the overlay');
  await expect(shell.hopText).toHaveText(/^Hop 1 of \d+$/);
  await shell.expectDiagramAndControls();
  await shell.playback.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(shell.hopText).not.toHaveText(/^Hop 1 of/);
  await shell.playback.getByRole('button', { name: 'To start' }).click();
  await shell.playback.getByRole('button', { name: 'Step forward' }).click();
  await expect(shell.hopText).toHaveText(/^Hop 2 of \d+$/);
  await shell.expectDiagramAndControls();
  await shell.tab('Events').click();
  await expect(page.getByRole('table')).toBeVisible();
  await shell.expectDiagramAndControls();
  const bar = await shell.playback.boundingBox();
  expect(bar?.height ?? 0).toBeLessThan(64);
  expect(errors).toEqual([]);
});
