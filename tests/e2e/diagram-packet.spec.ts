/** The packet on the diagram: it never covers a label at rest, ARP is drawn as a broadcast and an answer, outcomes are marked in place. */
import { expect, test, type Page } from '@playwright/test';
import { stepToArp } from './pages/arp';

/** Screen boxes of the visible texts of the cluster drawing. */
async function labelBoxes(page: Page) {
  return page.getByTestId('diagram').evaluate((root) =>
    [...root.querySelectorAll('svg[role="group"] text')].map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent ?? '', x: r.left, y: r.top, w: r.width, h: r.height };
    }),
  );
}

/** The first flow's packet shape on screen. */
async function packetBox(page: Page) {
  const core = page.locator('[data-testid="packets"] [data-flow="0"] > path').first();
  const r = await core.boundingBox();
  if (!r) throw new Error('no packet on screen');
  return r;
}

const hopText = (page: Page) => page.getByText(/^Hop \d+ of \d+$/);

test('at rest on every hop of a cross-node packet, the packet covers no label', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByRole('button', { name: 'To start' }).click();
  const total = Number((await hopText(page).textContent())?.match(/of (\d+)/)?.[1]);
  expect(total).toBeGreaterThan(10);
  const covered: string[] = [];
  for (let k = 1; k <= total; k++) {
    await expect(hopText(page)).toHaveText(`Hop ${k} of ${total}`);
    await page.waitForTimeout(60);
    const p = await packetBox(page);
    for (const l of await labelBoxes(page)) {
      const x = Math.min(p.x + p.width, l.x + l.w) - Math.max(p.x, l.x);
      const y = Math.min(p.y + p.height, l.y + l.h) - Math.max(p.y, l.y);
      if (x > 0.5 && y > 0.5) covered.push(`hop ${k}: "${l.text}"`);
    }
    if (k < total) await page.getByRole('button', { name: 'Step forward' }).click();
  }
  expect(covered).toEqual([]);
});

test('an ARP hop shows the broadcast reaching every port of the bridge and the answer coming back', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByRole('button', { name: 'To start' }).click();
  // step until the inspector says ARP
  await stepToArp(page);
  const arp = page.getByTestId('arp');
  await expect(arp).toHaveCount(1);
  // web's eth0 asks for the gateway 10.244.1.1: the bridge floods to cache's eth0 and to cni0 itself
  await expect(arp.locator('[data-arp="broadcast"]')).toHaveCount(2);
  await expect(arp.locator('[data-arp="reply"]')).toHaveCount(1);
  await expect(page.locator('[data-legend="arpRequest"]')).toBeVisible();
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByTestId('arp')).toHaveCount(0);
});

test('shared memory across pods is marked impossible at the sender, and the bar names it', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByLabel('Protocol').selectOption({ label: 'Shared memory (IPC)' });
  const to = page.getByLabel('To', { exact: true });
  const redis = await to.locator('option', { hasText: /redis/ }).first().getAttribute('value');
  await to.selectOption(redis ?? '');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const mark = page.locator('[data-mark="impossible"]');
  await expect(mark).toBeVisible();
  await expect(mark.getByText('impossible')).toBeVisible();
  await expect(page.getByTestId('diagram').getByText('No packet yet')).toHaveCount(0);
  // the packet's dot is not drawn for a trace without hops
  await expect(page.locator('[data-testid="packets"] [data-flow="0"]')).toBeHidden();
});
