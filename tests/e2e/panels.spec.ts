import { expect, test } from '@playwright/test';
import { PanelsPage } from './pages/panels';

test.use({ locale: 'en-US' });

test.describe('panels', () => {
  let app: PanelsPage;

  test.beforeEach(async ({ page }) => {
    app = new PanelsPage(page);
    await app.open();
  });

  test.afterEach(() => {
    expect(app.errors).toEqual([]);
  });

  test('before any packet the panel invites the learner to send one', async ({ page }) => {
    await expect(page.getByRole('heading', { name: 'No packet yet' })).toBeVisible();
    await expect(app.playback.getByRole('button', { name: 'Play' })).toBeDisabled();
  });

  test('a loopback packet between two containers of a pod visits lo only and is delivered', async () => {
    await app.send({
      from: 'nginx in default/web',
      to: 'localhost (127.0.0.1)',
      protocol: 'TCP',
      port: '2020',
    });
    const devices = await app.devices();
    expect(devices.length).toBeGreaterThan(1);
    expect(devices.some((d) => d.endsWith('/lo'))).toBe(true);
    for (const d of devices) expect(d).not.toMatch(/eth0|veth|cni0|flannel/);
    await app.page.keyboard.press('End');
    await expect(app.outcome).toContainText('Delivered');
  });

  test('a cross-node packet visits the expected devices in order; the inspector shows TTL and MAC changes', async () => {
    await app.send();
    const devices = await app.devices();
    const actions = await app.actions();
    const deliver = actions.indexOf('Deliver');
    expect(deliver).toBeGreaterThan(0);
    const request = devices.slice(0, deliver + 1);
    const expected = [
      /^web\/nginx$/,
      /^web\/eth0$/,
      /^node1\/veth/,
      /^node1\/cni0$/,
      /^node1\/eth0$/,
      /^node2\/cni0$/,
      /^node2\/veth/,
      /^api\/eth0$/,
      /^api\/api$/,
    ];
    // Each expected device appears, in this order (ARP and wire steps may repeat a device).
    let at = 0;
    for (const want of expected) {
      const found = request.findIndex((d, i) => i >= at && want.test(d));
      expect(found, `${want} after position ${at} in ${request.join(', ')}`).toBeGreaterThanOrEqual(
        at,
      );
      at = found;
    }
    const forward = actions.indexOf('Forward');
    await app.jumpTo(forward + 1);
    await expect(app.hopText).toHaveText(`Hop ${forward + 1} of ${devices.length}`);
    await expect(app.changeOf('ip.ttl')).toContainText('64 → 63');
    await expect(app.inspector.getByRole('region', { name: 'IPv4' })).toContainText('63');
    // node1's cache is cold: the next hop is its ARP for node2, which writes the new MACs
    expect(actions[forward + 1]).toBe('ARP');
    await app.jumpTo(forward + 2);
    await expect(app.changeOf('eth.src')).toBeVisible();
    await expect(app.changeOf('eth.dst')).toBeVisible();
  });

  test('stepping back restores the previous hop', async () => {
    await app.send();
    await app.playback.getByRole('button', { name: 'Step forward' }).click();
    await app.playback.getByRole('button', { name: 'Step forward' }).click();
    await expect(app.hopText).toHaveText(/^Hop 3 of/);
    const third = await app.inspector.innerText();
    await app.playback.getByRole('button', { name: 'Step forward' }).click();
    await expect(app.hopText).toHaveText(/^Hop 4 of/);
    await app.playback.getByRole('button', { name: 'Step back' }).click();
    await expect(app.hopText).toHaveText(/^Hop 3 of/);
    expect(await app.inspector.innerText()).toBe(third);
    await expect(app.eventRows.nth(2)).toHaveAttribute('aria-current', 'step');
  });

  test('the keyboard drives playback: arrows, Home/End, Space and +/−', async ({ page }) => {
    await app.send();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(app.hopText).toHaveText(/^Hop 3 of/);
    await page.keyboard.press('ArrowLeft');
    await expect(app.hopText).toHaveText(/^Hop 2 of/);
    await page.keyboard.press('End');
    const n = await app.eventRows.count();
    await expect(app.hopText).toHaveText(`Hop ${n} of ${n}`);
    // The current row is scrolled into view inside the event list.
    const row = await app.eventRows.last().boundingBox();
    const list = await app.events.locator('xpath=..').boundingBox();
    expect(row && list && row.y >= list.y && row.y + row.height <= list.y + list.height + 1).toBe(
      true,
    );
    await page.keyboard.press('Home');
    await expect(app.hopText).toHaveText(`Hop 1 of ${n}`);
    await expect(app.playback.getByRole('button', { name: 'Play' })).toBeVisible();
    // Focus nothing in particular (the diagram keeps +/− for its own zoom when focused).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press(' ');
    await expect(app.playback.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.keyboard.press(' ');
    await expect(app.playback.getByRole('button', { name: 'Play' })).toBeVisible();
    const speed = app.playback.getByLabel('Speed');
    await page.keyboard.press('+');
    await expect(speed).toHaveValue('1.5');
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect(speed).toHaveValue('0.75');
  });

  test('keys typed into the port field are not taken as playback keys', async () => {
    await app.send();
    await app.port.fill('');
    await app.port.press('ArrowRight');
    await app.port.type('80');
    await expect(app.hopText).toHaveText(/^Hop 1 of/);
    await expect(app.port).toHaveValue('80');
  });

  test('clicking an event row jumps to that hop', async () => {
    await app.send();
    await app.eventRows.nth(4).click();
    await expect(app.hopText).toHaveText(/^Hop 5 of/);
    await expect(app.eventRows.nth(4)).toHaveAttribute('aria-current', 'step');
  });

  test('flushing the neighbour caches makes the next packet ask with ARP again', async ({
    page,
  }) => {
    const api = 'pod default/api (10.244.2.2)';
    await app.send({ to: api });
    expect(await app.actions()).toContain('ARP');
    await app.send({ to: api });
    await expect.poll(() => app.actions()).not.toContain('ARP');
    await page.getByText('On a real node').click();
    const neigh = page.getByRole('figure').filter({ hasText: 'ip neigh' });
    await expect(neigh.locator('pre')).toContainText('10.244.1.1');
    await page.getByRole('button', { name: 'Flush the neighbour caches' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Every neighbour cache is empty now' }),
    ).toBeVisible();
    await expect(neigh.locator('pre')).not.toContainText('10.244.1.1');
    await app.sendButton.click();
    await expect.poll(() => app.actions()).toContain('ARP');
  });

  test('a refused connection is shown as refused', async ({ page }) => {
    await app.send({ to: 'pod default/api (10.244.2.2)', protocol: 'TCP', port: '9999' });
    await page.keyboard.press('End');
    await expect(app.outcome).toContainText('Refused');
    expect(await app.actions()).toContain('Reject');
  });

  test('a typed address is validated inline', async () => {
    await app.to.selectOption({ label: 'an IP address…' });
    await app.ip.fill('10.244.300.1');
    await expect(app.sendForm.getByRole('alert')).toContainText('IPv4 address');
    await expect(app.ip).toHaveAttribute('aria-invalid', 'true');
    await app.ip.fill('10.244.2.2:8080');
    await expect(app.sendForm.getByRole('alert')).toHaveCount(0);
    await app.sendButton.click();
    await app.page.keyboard.press('End');
    await expect(app.outcome).toContainText('Delivered');
  });

  test('each new hop is announced in words', async ({ page }) => {
    await app.send();
    // the first packet brings the tracer: step once its first hop is shown
    await expect(app.hopText).toHaveText(/^Hop 1 of/);
    await page.keyboard.press('ArrowRight');
    const live = page.locator('[aria-live="polite"]').filter({ hasText: 'Hop 2 of' });
    await expect(live).toHaveCount(1);
    await expect(live).toContainText('Route');
  });

  test('switching to Korean translates the interface and the explanations, and is remembered', async ({
    page,
  }) => {
    await app.send();
    await page.getByLabel('Language').selectOption('ko');
    await expect(page.getByRole('heading', { name: '패킷 보내기' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(app.hopText).toHaveText(/개 홉 중 1번째$/);
    await expect(app.inspector).toContainText(/[가-힣]{2,}.*[가-힣]{2,}/);
    await expect(app.eventRows.first().locator('td').nth(3)).toContainText(/[가-힣]/);
    await page.reload();
    await expect(page.getByRole('heading', { name: '패킷 보내기' })).toBeVisible();
  });

  test('presenter mode enlarges the interface and is toggled by P', async ({ page }) => {
    const button = page.getByRole('button', { name: 'Presenter mode' });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveClass(/presenter/);
    await page.locator('body').click({ position: { x: 5, y: 200 } });
    await page.keyboard.press('p');
    await expect(button).toHaveAttribute('aria-pressed', 'false');
  });
});

test.describe('quick send from the diagram', () => {
  test.use({ locale: 'en-US' });

  test('selecting containers in the diagram prefills the form with "send from here" and "send to here"', async ({
    page,
  }) => {
    const app = new PanelsPage(page);
    await app.open();
    await page.getByRole('button', { name: /^Container api,/ }).click();
    await page.getByRole('button', { name: 'Send from here' }).click();
    await expect(app.from).toHaveValue('container|default/api|api');
    await page.getByRole('button', { name: /^Container redis,/ }).click();
    await page.getByRole('button', { name: 'Send to here' }).click();
    await expect(app.to).toHaveValue('container|default/cache|redis');
    await expect(app.port).toHaveValue('6379');
    await app.sendButton.click();
    await page.keyboard.press('End');
    await expect(app.outcome).toContainText('Delivered');
    expect(app.errors).toEqual([]);
  });
});
