/** Presenter mode as a stage at projector sizes: a cross-node VXLAN packet hop by hop (sizes measured), the inspector overlay, and axe in each theme. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { StagePage } from './pages/stage';

test.describe.configure({ timeout: 180_000 });

for (const [w, h, minLabel] of [
  [1280, 720, 16],
  [1920, 1080, 20],
] as const) {
  test(`at ${w}×${h} every hop of a cross-node VXLAN packet is captioned at 28 px or more, with its device labels at ${minLabel} px or more and the current element in view`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: w, height: h });
    // The camera then jumps instead of easing: each hop can be measured at once.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const stage = new StagePage(page);
    // the packet the preset loads with: cold neighbour caches, so its ARP hops are measured too
    await stage.openWithPacket('Two nodes, VXLAN overlay', { sendAgain: false });
    await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeHidden();
    const n = await stage.hops();
    const seen: string[] = [];
    const arps: string[] = [];
    for (let hop = 1; hop <= n; hop++) {
      await expect(stage.hopText).toHaveText(`Hop ${hop} of ${n}`);
      await expect(stage.caption).toContainText(`Hop ${hop} of ${n}`);
      await expect.poll(async () => (await stage.sizes()).inView).toBe(true);
      const s = await stage.sizes();
      seen.push(
        `${hop} ${s.current} label ${s.label.toFixed(1)} box ${s.labelBox.toFixed(1)} min ${s.minVisibleLabel.toFixed(1)} caption ${s.caption.toFixed(1)}`,
      );
      expect(s.caption, `hop ${hop}`).toBeGreaterThanOrEqual(28);
      expect(s.minVisibleLabel, `hop ${hop}`).toBeGreaterThanOrEqual(minLabel);
      if (s.device) expect(s.label, `hop ${hop} ${s.current}`).toBeGreaterThanOrEqual(minLabel);
      if (/ARP/.test(await stage.caption.innerText())) {
        // its overlay loads lazily: an ARP hop is one whose exchange the diagram draws
        const drawn = await expect(page.getByTestId('arp'))
          .toHaveCount(1, { timeout: 2000 })
          .then(() => true)
          .catch(() => false);
        if (drawn) arps.push(s.current);
      }
      expect(s.header, 'the header stays on one row').toBeLessThan(64);
      if (hop < n) await page.keyboard.press('PageDown');
    }
    // The whole exchange was stepped: it ends with the reply delivered back to nginx.
    await expect(stage.caption).toContainText('reaches the kernel of nginx');
    // The ARP hops are among those measured: the sender, node1's underlay, node2's cni0.
    expect(arps).toEqual(['pod:default/web#eth0', 'node:node1#eth0', 'node:node2#cni0']);
    // The VXLAN hops are among those measured: both flannel.1 devices and both nodes' eth0.
    const devices = seen.join('\n');
    expect(devices).toContain('node:node1#flannel.1');
    expect(devices).toContain('node:node2#flannel.1');
    expect(devices).toContain('node:node2#eth0');
    test.info().annotations.push({ type: 'sizes', description: devices });
  });
}

test('the view eases from hop to hop, and the inspector comes back over the stage with I', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const stage = new StagePage(page);
  await stage.openWithPacket('Two nodes, VXLAN overlay');
  const view = () => page.locator('#diagram-canvas > g').getAttribute('transform');
  await expect.poll(async () => (await stage.sizes()).inView).toBe(true);
  for (let i = 0; i < 6; i++) await page.keyboard.press('PageDown');
  const before = await view();
  await page.keyboard.press('PageDown');
  // Part way through the move the view is neither the old one nor yet still.
  await expect.poll(view, { timeout: 2000 }).not.toBe(before);
  const mid = await view();
  await expect.poll(view).not.toBe(mid);
  await expect(stage.inspector).toBeHidden();
  await page.keyboard.press('i');
  await expect(stage.inspector).toBeVisible();
  await expect(stage.inspector.getByRole('heading', { name: 'Inspector' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(stage.inspector).toBeHidden();
  // Leaving presenter mode brings the panels back with the form as it was.
  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(stage.caption).toBeHidden();
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
});

/** The axe violations of the page, summarised for a readable failure. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

for (const [theme, label] of [
  ['light', 'Light'],
  ['dark', 'Dark'],
  ['contrast', 'High contrast'],
] as const) {
  test(`the ${theme} theme passes axe on the stage and in normal mode, and is kept after a reload`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const stage = new StagePage(page);
    await stage.openWithPacket('Two nodes, VXLAN overlay');
    await stage.themeSwitch.selectOption({ label });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    for (let i = 0; i < 8; i++) await page.keyboard.press('PageDown');
    // the preset's packet was shown once already: sent again, every neighbour cache is warm (no ARP)
    await expect(stage.caption).toContainText('Hop 9 of 24');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    await expect(stage.caption).toBeHidden();
    expect(await violations(page)).toEqual([]);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  });
}

test('with no choice made the theme follows the system: dark, and high contrast under forced colours', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('at 1280×720 a lesson open in presenter mode leaves the caption readable beside its card', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?lesson=c4&step=2');
  const card = page.getByTestId('lesson-panel');
  await expect(card).toBeVisible();
  await page.getByRole('button', { name: 'Presenter mode' }).click();
  const text = page.getByTestId('stage-text');
  await expect(text).toBeVisible();
  const [a, b] = [await card.boundingBox(), await text.boundingBox()];
  if (!a || !b) throw new Error('lesson card or caption not laid out');
  const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y;
  expect(apart, `card ${JSON.stringify(a)} caption ${JSON.stringify(b)}`).toBe(true);
});
