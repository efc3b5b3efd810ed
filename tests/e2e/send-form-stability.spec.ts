import { expect, test } from '@playwright/test';
import { PanelsPage } from './pages/panels';
import { PresentingPage } from './pages/presenting';

test.use({ locale: 'en-US' });

/** What the send form shows, field by field (fields not shown left out). */
async function shown(app: PanelsPage): Promise<Record<string, string>> {
  const out: Record<string, string> = {
    from: await app.from.inputValue(),
    to: await app.to.inputValue(),
    protocol: await app.protocol.inputValue(),
    port: await app.port.inputValue(),
  };
  if (await app.ip.count()) out.ip = await app.ip.inputValue();
  return out;
}

test('the send form keeps the learner’s choices across sends of any kind, stepping, playing, Korean and presets', async ({
  page,
}) => {
  const app = new PanelsPage(page);
  const room = new PresentingPage(page);
  await app.open();

  // A shared-memory send: its packet joins the scenario (for the link) once playback stops.
  await app.to.selectOption('container|default/web|log-shipper');
  await app.protocol.selectOption('SHM');
  const shm = await shown(app);
  await app.sendButton.click();
  await expect(app.playback.locator('[data-outcome]')).toBeVisible();
  await expect.poll(() => page.url()).toMatch(/#v1\./);
  await page.waitForTimeout(500);
  expect(await shown(app)).toEqual(shm);

  // A typed address with its port, sent, stepped and played through.
  await app.to.selectOption('ip');
  await app.ip.fill('10.244.2.2');
  await app.protocol.selectOption('TCP');
  await app.port.fill('8080');
  const typed = await shown(app);
  expect(typed).toEqual({
    from: 'container|default/web|nginx',
    to: 'ip',
    ip: '10.244.2.2',
    protocol: 'TCP',
    port: '8080',
  });
  await app.sendButton.click();
  await page.keyboard.press(' ');
  await page.keyboard.press('Home');
  for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
  await page.keyboard.press('End');
  await page.waitForTimeout(500);
  expect(await shown(app)).toEqual(typed);

  // In Korean, stepping (the address bar is written after each step).
  await page.getByLabel('Language').selectOption('ko');
  await expect(page.getByRole('heading', { name: '패킷 보내기' })).toBeVisible();
  await page.keyboard.press('Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
  await expect(app.hopText).toHaveText(/개 홉 중 4번째$/);
  await page.waitForTimeout(700);
  expect(await shown(app)).toEqual(typed);
  await page.getByLabel('언어').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Send a packet' })).toBeVisible();

  // A preset with the same pods keeps everything; one without the chosen sender resets it and says why.
  await room.openPreset('Two nodes, VXLAN overlay');
  expect(await shown(app)).toEqual(typed);
  await expect(app.sendForm.getByRole('status')).toHaveText('');
  await app.from.selectOption('container|default/web|log-shipper');
  await room.openPreset('Two pods on one node');
  expect(await shown(app)).toEqual({ ...typed, from: 'container|default/web|nginx' });
  await expect(app.sendForm.getByRole('status')).toHaveText(
    'Sender reset to nginx in default/web: the scenario now shown has no log-shipper in default/web.',
  );
  expect(app.errors).toEqual([]);
});
