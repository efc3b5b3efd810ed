import { expect, test } from '@playwright/test';
import { DiagramPage } from './pages/diagram';

let d: DiagramPage;

test.beforeEach(async ({ page }) => {
  d = new DiagramPage(page);
  await d.open();
});

test.afterEach(() => {
  expect(d.errors).toEqual([]);
});

test('the diagram draws the default scenario: nodes, pods sharing one IP, containers and devices', async () => {
  await expect(d.element('Node node1, eth0 192.168.10.11')).toBeVisible();
  await expect(d.element('Node node2, eth0 192.168.10.12')).toBeVisible();
  await expect(d.element('Pod web, IP 10.244.1.2')).toBeVisible();
  await expect(d.element('Pod api, IP 10.244.2.2')).toBeVisible();
  await expect(d.element('Container nginx, listening on 80/TCP')).toBeVisible();
  await expect(d.element('Container log-shipper, listening on 2020/TCP')).toBeVisible();
  await expect(d.element('kubelet of node1')).toBeVisible();
  for (const id of [
    'pod:default/web#eth0',
    'pod:default/web#lo',
    'node:node1#cni0',
    'node:node1#eth0',
    'node:node2#eth0',
  ])
    await expect(d.device(id)).toHaveCount(1);
  await expect(d.devicesOfKind('veth-host')).toHaveCount(3);
  await expect(d.devicesOfKind('vxlan')).toHaveCount(0);
});

test('zoom buttons zoom in and out, fit returns to the whole cluster, and zooming out summarises pods', async () => {
  const fitted = await d.zoomFactor();
  await d.zoomIn.click();
  expect(await d.zoomFactor()).toBeGreaterThan(fitted);
  await d.fit.click();
  expect(await d.zoomFactor()).toBeCloseTo(fitted, 5);
  await expect(d.element('Container nginx')).toBeVisible();
  for (let i = 0; i < 8 && (await d.zoomFactor()) >= 0.55; i++) await d.zoomOut.click();
  expect(await d.zoomFactor()).toBeLessThan(fitted);
  await expect(d.element('Container nginx')).toHaveCount(0);
  await expect(d.element('Pod web, IP 10.244.1.2')).toBeVisible();
});

test('the diagram zooms with + and − when it has keyboard focus', async () => {
  const fitted = await d.zoomFactor();
  await d.canvas.focus();
  await d.page.keyboard.press('+');
  expect(await d.zoomFactor()).toBeGreaterThan(fitted);
  await d.page.keyboard.press('0');
  expect(await d.zoomFactor()).toBeCloseTo(fitted, 5);
});

test('clicking a device selects and highlights it; Enter on a focused pod selects the pod', async () => {
  const cni0 = d.element('cni0, bridge of node1');
  await cni0.click();
  await expect(cni0).toHaveAttribute('aria-pressed', 'true');
  await expect(d.device('node:node1#cni0')).toHaveAttribute('data-emphasis', 'selected');
  const pod = d.element('Pod api');
  await pod.focus();
  await d.page.keyboard.press('Enter');
  await expect(pod).toHaveAttribute('aria-pressed', 'true');
  await expect(cni0).toHaveAttribute('aria-pressed', 'false');
});

test('a cross-node packet is highlighted at each device of its trace as the learner steps', async () => {
  await d.sendAndPause();
  await expect(d.current).toHaveAttribute('data-element-id', 'container:default/web/nginx');
  // The devices in the order the packet meets them; a device that also ARPs (cold neighbour
  // caches: the sender, node1's eth0, node2's cni0) stays highlighted for that hop too.
  const expected = [
    'pod:default/web#eth0',
    /^node:node1#veth/,
    'node:node1#cni0',
    'node:node1#eth0',
    'node:node2#eth0',
    'node:node2#cni0',
    /^node:node2#veth/,
    'pod:default/api#eth0',
  ];
  const arp = d.page.getByTestId('arp');
  let arps = 0;
  let at = '';
  for (const id of expected) {
    await d.step(1);
    // an ARP exchange (its overlay loads lazily): the packet waits on the device that asks
    const asks = await expect(arp)
      .toHaveCount(1, { timeout: 1500 })
      .then(() => true)
      .catch(() => false);
    if (asks) {
      arps++;
      await expect(d.current).toHaveAttribute('data-device-id', at);
      await d.step(1);
    }
    await expect(d.current).toHaveAttribute('data-device-id', id);
    at = (await d.current.getAttribute('data-device-id')) ?? '';
  }
  expect(arps, 'the sender, node1 and node2 each ask ARP once').toBe(3);
  await d.step(1);
  await expect(d.current).toHaveAttribute('data-element-id', 'container:default/api/api');
  await expect(d.packet(0)).not.toHaveAttribute('transform', /-99999/);
});

test('a played packet moves by itself and comes back as a reply', async () => {
  await d.page.getByRole('button', { name: /^Send$/ }).click();
  const packet = d.packet(0);
  const first = await packet.getAttribute('transform');
  await expect.poll(() => packet.getAttribute('transform'), { timeout: 5000 }).not.toBe(first);
  await d.page.getByRole('button', { name: 'To end' }).click();
  await expect(packet).toHaveAttribute('data-leg', 'reply');
});

test('with reduced motion the packet jumps from hop to hop instead of gliding', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await d.open();
  await page.getByRole('button', { name: /^Send$/ }).click();
  const seen = new Set<string>();
  for (let i = 0; i < 60; i++) {
    seen.add((await d.packet(0).getAttribute('transform')) ?? '');
    await page.waitForTimeout(40);
  }
  // About 2.5 s at 1.25 s per hop: a handful of positions, never the in-between ones.
  expect(seen.size).toBeGreaterThan(1);
  expect(seen.size).toBeLessThanOrEqual(4);
});
