import { expect, test } from '@playwright/test';
import { PresentingPage } from './pages/presenting';

test.use({ locale: 'en-US' });

let app: PresentingPage;
test.beforeEach(async ({ page }) => {
  app = new PresentingPage(page);
  await app.open();
  await app.openPreset('Two nodes, VXLAN overlay');
  await app.focusNothing();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(app.hopText).toHaveText(/^Hop 3 of \d+$/);
});

test('the Share menu saves the flow as a pcapng capture naming each interface with its namespace', async () => {
  const menu = await app.openShare();
  const file = await app.download(menu.getByRole('button', { name: 'Save this flow (pcapng)' }));
  expect(file.name).toBe('pod-network-lab-flow-1.pcapng');
  expect(file.bytes.subarray(0, 4).toString('hex')).toBe('0a0d0d0a');
  const text = file.bytes.toString('latin1');
  expect(text).toContain('node1:eth0');
  expect(text).toContain('node2:flannel.1');
  await expect(menu.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
    /^Saved pod-network-lab-flow-1\.pcapng with \d+ frames\.$/,
  );
});

test("the inspector shows, on demand, what ip and ss print in the hop's namespace", async ({
  page,
}) => {
  await page.getByText('On a real node').click();
  const route = page.getByRole('figure').filter({ hasText: 'ip route' });
  await expect(route.locator('pre')).toContainText('default via');
  await expect(
    page.getByRole('button', { name: 'Copy ip -br addr and what it prints' }),
  ).toBeVisible();
});

test('the Share menu shows the shell recipe that builds the scenario in namespaces, and saves it', async ({
  page,
}) => {
  const menu = await app.openShare();
  await menu.getByRole('button', { name: 'Show the script' }).click();
  const script = menu.getByLabel('Shell script');
  await expect(script).toHaveValue(/^#!\/bin\/sh\n/);
  await expect(script).toHaveValue(/\nip -n pnl-n0 link add flannel\.1 type vxlan id 1 /);
  const file = await app.download(menu.getByRole('button', { name: 'Save as pod-network-lab.sh' }));
  expect(file.name).toBe('pod-network-lab.sh');
  expect(file.bytes.toString('utf8')).toBe(await script.inputValue());
  await expect(page.getByText('Saved pod-network-lab.sh.')).toBeVisible();
});
