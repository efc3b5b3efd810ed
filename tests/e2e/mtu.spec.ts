import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PanelsPage } from './pages/panels';
import { ScenarioPage } from './pages/scenarios';

test.use({ locale: 'en-US' });

test.describe('the MTU on the overlay', () => {
  let app: PanelsPage;

  test.beforeEach(async ({ page }) => {
    app = new PanelsPage(page);
    await app.open();
    await new ScenarioPage(page).openPreset('MTU on the overlay');
  });

  test.afterEach(() => {
    expect(app.errors).toEqual([]);
  });

  test('a 1500-byte ping from a VXLAN pod never leaves it: "message too long", then 1450 bytes get through', async ({
    page,
  }) => {
    const size = app.sendForm.getByLabel('Packet size (bytes)');
    await expect(app.protocol).toHaveValue('ICMP');
    await expect(size).toHaveValue('1500');

    await app.send();
    expect(await app.actions()).toEqual(['Send', 'Drop']);
    expect((await app.devices())[0]).toBe('web/nginx');
    await app.jumpTo(2);
    await expect(app.inspector).toContainText('local error: message too long, mtu=1450');
    await page.keyboard.press('End');
    await expect(app.outcome).toContainText('Dropped');
    await expect(app.outcome).toContainText('1500 bytes');
    await expect(app.outcome).toContainText('MTU 1450');

    await size.fill('1450');
    await app.send();
    const actions = await app.actions();
    expect(actions.length).toBeGreaterThan(2);
    expect(actions).toContain('Deliver');
    expect(await app.devices()).toContainEqual(expect.stringMatching(/^node1\/flannel\.1$/));
    await page.keyboard.press('End');
    await expect(app.outcome).toContainText('Delivered');
  });

  test('a size below the bare headers is named inline, not sent, and the field goes with ICMP', async () => {
    const size = app.sendForm.getByLabel('Packet size (bytes)');
    await size.fill('1450');
    await app.send();
    const delivered = await app.eventRows.count();
    expect(delivered).toBeGreaterThan(2);
    await size.fill('20');
    await size.blur();
    await expect(app.sendForm.getByRole('alert')).toContainText('from 28 to 65535');
    await expect(size).toHaveAttribute('aria-invalid', 'true');
    await app.sendButton.click();
    // the 1450-byte trace stays shown: nothing was sent
    await expect(app.eventRows).toHaveCount(delivered);
    await expect(app.sendForm.getByRole('alert')).toHaveCount(1);
    await size.fill('');
    await expect(app.sendForm.getByRole('alert')).toHaveCount(0);
    await app.protocol.selectOption({ label: 'TCP' });
    await expect(size).toHaveCount(0);
  });

  test('"Play all traffic" shows both prepared pings, told apart by their size: one dropped, one delivered', async ({
    page,
  }) => {
    await page.getByRole('button', { name: 'Play all traffic' }).click();
    const flows = page.getByRole('region', { name: 'Packets shown' });
    const big = flows.getByRole('button', { name: /^Packet 1: .*ICMP 1500 bytes$/ });
    const fits = flows.getByRole('button', { name: /^Packet 2: .*ICMP 1450 bytes$/ });
    await big.click();
    await page.keyboard.press('End');
    await expect(app.outcome).toContainText('Dropped');
    await fits.click();
    await page.keyboard.press('End');
    await expect(app.outcome).toContainText('Delivered');
  });

  test('the card opens with both sizes in the packet list; the 1450-byte one is 1500 bytes on the wire', async ({
    page,
  }) => {
    const flows = page.getByRole('region', { name: 'Packets shown' });
    await expect(
      flows.getByRole('button', { name: /^Packet 1: .*ICMP 1500 bytes$/ }),
    ).toBeVisible();
    await flows.getByRole('button', { name: /^Packet 2: .*ICMP 1450 bytes$/ }).click();
    const actions = await app.actions();
    await app.jumpTo(actions.indexOf('Encapsulate') + 1);
    const headers = app.inspector.getByRole('region', { name: 'IPv4' });
    await expect(headers.first()).toContainText('Total length (bytes)1500');
    await expect(headers.last()).toContainText('Total length (bytes)1450');
    await expect(app.inspector).toContainText('1450 bytes');
  });

  test('the size field, its hint and its error have no WCAG 2.1 AA violations', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const size = app.sendForm.getByLabel('Packet size (bytes)');
    await size.fill('20');
    await size.blur();
    await expect(app.sendForm.getByRole('alert')).toBeVisible();
    const result = await new AxeBuilder({ page })
      .include('form')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
      .analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
