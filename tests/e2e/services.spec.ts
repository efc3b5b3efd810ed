/** Services, DNS and NetworkPolicy in the browser: a name resolved through kube-dns and a ClusterIP connection with its rewrites, a denied packet stopped where the CNI enforces policy, the Services and outside hosts drawn without overlaps, and the netfilter card accessible. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ServicesPage } from './pages/services';
import { collisions, textBoxes } from './pages/textBoxes';

test.use({ locale: 'en-US' });

/** The diagram device nearest a screen point, and whether the point is within 16 px of its box. */
async function nearestDevice(page: Page, x: number, y: number) {
  return page.evaluate(
    ([px, py]) => {
      let best = { id: '', d: Infinity };
      for (const el of document.querySelectorAll('[data-device-id]')) {
        const r = el.getBoundingClientRect();
        const dx = Math.max(r.left - px, 0, px - r.right);
        const dy = Math.max(r.top - py, 0, py - r.bottom);
        const d = Math.hypot(dx, dy);
        if (d < best.d) best = { id: el.getAttribute('data-device-id') ?? '', d };
      }
      return { id: best.id, near: best.d <= 16 };
    },
    [x, y] as const,
  );
}

const DNS_PRESET = 'A Service by its DNS name';
const DENY_PRESET = 'Default deny with one allow rule';

test('a connection to the name api: the DNS query DNATed to CoreDNS, the answer, then the ClusterIP DNATed to api and rewritten back on the reply', async ({
  page,
}) => {
  const app = new ServicesPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.openPreset(DNS_PRESET);
  await app.from.selectOption({ label: 'curl in shop/client' });
  await app.to.selectOption({ label: 'a DNS name…' });
  await app.sendForm.getByLabel('DNS name').fill('api');
  await app.protocol.selectOption({ label: 'TCP' });
  await app.port.fill('80');
  await app.send();

  // The lookup: a UDP query to kube-dns, DNATed on node1 to the CoreDNS pod.
  const dnsDnat = app.rowsOf('DNAT').first();
  await expect(dnsDnat).toContainText('node1/cni0');
  await expect(app.summaryOf(dnsDnat)).toContainText('10.96.0.10:53');
  await expect(app.summaryOf(dnsDnat)).toContainText('the destination becomes 10.244.1.2:53');
  await app.jumpToAction('DNAT', 0);
  await expect(app.inspector.getByText(/^Exchange 1 of 2:/)).toBeVisible();
  await expect(app.netfilterCard).toHaveAccessibleName('iptables: nat table, PREROUTING');
  await expect(app.change('ip.dst')).toContainText('10.96.0.10 → 10.244.1.2');
  await expect(app.natLabel).toHaveAttribute('data-nat', 'dst 10.96.0.10:53 → 10.244.1.2:53');
  await expect(app.natLabel).toBeVisible();

  // CoreDNS's answer comes back from the address the client asked.
  await app.jumpToAction('Reverse NAT \\(conntrack\\)', 0);
  await expect(app.change('ip.src')).toContainText('10.244.1.2 → 10.96.0.10');
  await expect(app.natLabel).toHaveAttribute('data-nat', 'src 10.244.1.2:53 → 10.96.0.10:53');

  // The resolve hop at the sender.
  const resolve = app.rowsOf('DNS answer');
  await expect(resolve).toHaveCount(1);
  await expect(resolve).toContainText('client/curl');
  await expect(app.summaryOf(resolve)).toContainText('api is 10.96.0.20');
  await app.jumpToAction('DNS answer');
  await expect(app.natLabel).toHaveCount(0);

  // The connection: the ClusterIP DNATed to the api pod on node2.
  await app.jumpToAction('DNAT', 1);
  await expect(app.inspector.getByText(/^Exchange 2 of 2:/)).toBeVisible();
  await expect(app.change('ip.dst')).toContainText('10.96.0.20 → 10.244.2.2');
  await expect(app.change('l4.dport')).toContainText('80 → 8080');
  await expect(app.natLabel).toHaveAttribute('data-nat', 'dst 10.96.0.20:80 → 10.244.2.2:8080');
  await expect(app.netfilterCard.getByText('Endpoint 1 of 1', { exact: false })).toBeVisible();

  // The reply: conntrack puts the ClusterIP back as its source, so the client sees 10.96.0.20.
  await app.jumpToAction('Reverse NAT \\(conntrack\\)', 1);
  await expect(app.change('ip.src')).toContainText('10.244.2.2 → 10.96.0.20');
  await expect(app.change('l4.sport')).toContainText('8080 → 80');
  await expect(app.natLabel).toHaveAttribute('data-nat', 'src 10.244.2.2:8080 → 10.96.0.20:80');
  await page.keyboard.press('End');
  await expect(app.outcome).toContainText('Delivered');
  await expect(app.ipField('Source')).toHaveText('10.96.0.20');
  await expect(app.ipField('Destination')).toHaveText('10.244.1.3');
  expect(app.errors).toEqual([]);
});

test('at the DNAT hop the inspector shows the node’s rules and conntrack table as the real commands print them', async ({
  page,
}) => {
  const app = new ServicesPage(page);
  await app.openPreset(DNS_PRESET);
  await app.send();
  await app.jumpToAction('DNAT', 1);
  await app.inspector.getByText('On a real node').click();
  const node = app.inspector.getByRole('region', {
    name: 'Rules and tracked connections of a node',
  });
  await expect(node.getByRole('combobox', { name: 'Node' })).toHaveValue('node1');
  const block = (command: string) =>
    node
      .locator('figure')
      .filter({ has: page.getByText(command, { exact: true }) })
      .locator('pre');
  await expect(block('iptables-save -t nat')).toContainText(
    '-A KUBE-SERVICES -d 10.96.0.20/32 -p tcp -m comment --comment "shop/api:http cluster IP"',
  );
  await expect(block('conntrack -L')).toContainText('SYN_SENT src=10.244.1.3 dst=10.96.0.20');
  await expect(block('conntrack -L')).toContainText('dport=80 [UNREPLIED] src=10.244.2.2');
  await node.getByRole('combobox', { name: 'Node' }).selectOption('node2');
  await expect(block('conntrack -L')).toHaveText('(prints nothing)');
  expect(app.errors).toEqual([]);
});

test('default deny: the client’s packet to api stops at node2’s eth0 as node2 forwards it, marked there, the inspector naming the policies', async ({
  page,
}) => {
  const app = new ServicesPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.openPreset(DENY_PRESET);
  await app.send({
    from: 'curl in shop/client',
    to: 'pod shop/api (10.244.2.2)',
    protocol: 'TCP',
    port: '8080',
  });
  const deny = app.rowsOf('Denied by NetworkPolicy');
  await expect(deny).toHaveCount(1);
  await expect(deny).toContainText('node2/eth0');
  // dropped as node2 forwards it: it never reaches node2's cni0 or api's host veth
  const at = (device: string) =>
    app.eventRows.filter({
      has: page.locator('td:nth-child(2)', { hasText: new RegExp(`^${device}$`) }),
    });
  await expect(at('node2/cni0')).toHaveCount(0);
  await expect(at('node2/veth65055605')).toHaveCount(0);
  expect(await app.stepOf(deny)).toBe(await app.eventRows.count());
  await page.keyboard.press('End');
  await expect(app.outcome).toContainText('Dropped');
  await expect(app.outcome).toContainText('shop/default-deny-ingress, shop/allow-web-to-api');
  await expect(app.policyCard).toHaveAccessibleName(
    'NetworkPolicy: incoming traffic of shop/api denied',
  );
  await expect(app.policyCard).toContainText('shop/default-deny-ingress, shop/allow-web-to-api');
  await expect(app.inspector.getByText('node2', { exact: true })).toBeVisible();
  // The ✕ sits on node2’s eth0, where FORWARD enforced the policy: no device of the drawing is nearer.
  const mark = app.mark('dropped').locator('path').first();
  await expect(mark).toBeVisible();
  const box = await mark.boundingBox();
  if (!box) throw new Error('no mark on screen');
  expect(await nearestDevice(page, box.x + box.width / 2, box.y + box.height / 2)).toEqual({
    id: 'node:node2#eth0',
    near: true,
  });
  expect(app.errors).toEqual([]);
});

/** The C12 presets in gallery order: the Services drawn as pills, whether the outside hosts are drawn, how many pods a policy ring marks. */
const NEW_PRESETS = [
  ['A Service on another node', ['default/api'], true, 0],
  ['A Service endpoint on the same node', ['default/api'], true, 0],
  ['A pod calls itself through its Service', ['default/api'], true, 0],
  [DNS_PRESET, ['kube-system/kube-dns', 'shop/api'], true, 0],
  ['A headless Service', ['kube-system/kube-dns', 'default/db'], true, 0],
  ['NodePort, externalTrafficPolicy Cluster', ['default/web'], true, 0],
  ['NodePort, externalTrafficPolicy Local', ['default/web'], true, 0],
  ['A pod reaches the internet', [], true, 0],
  [
    'Ingress with two paths',
    ['ingress-nginx/ingress-nginx-controller', 'shop/web', 'shop/api'],
    true,
    0,
  ],
  [DENY_PRESET, [], false, 3],
] as const;

for (const [w, h] of [
  [1440, 900],
  [390, 844],
] as const)
  test(`each Services preset draws its Services, outside hosts and policy rings with no two texts overlapping at ${w}×${h}`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: w, height: h });
    const app = new ServicesPage(page);
    await app.scenarios.open();
    const found: string[] = [];
    for (const [title, services, outside, rings] of NEW_PRESETS) {
      await app.scenarios.openPreset(title);
      await expect(app.extras).toHaveCount(1);
      const ids = app.extras.locator('[data-service]');
      await expect(ids).toHaveCount(services.length);
      for (const [i, id] of services.entries())
        await expect(ids.nth(i), title).toHaveAttribute('data-service', id);
      await expect(app.outside, title).toHaveCount(outside ? 1 : 0);
      if (outside)
        for (const role of ['client', 'gateway', 'internet'])
          await expect(app.outside.locator(`[data-outside="${role}"]`), title).toBeVisible();
      await expect(app.extras.locator('[data-policies]'), title).toHaveCount(rings);
      await page.waitForTimeout(150);
      for (const c of collisions(await textBoxes(page))) found.push(`${title} (start): ${c}`);
      const end = page.getByRole('button', { name: 'To end' });
      if (await end.isEnabled()) {
        await end.click();
        await page.waitForTimeout(150);
        for (const c of collisions(await textBoxes(page))) found.push(`${title} (end): ${c}`);
      }
    }
    expect(found).toEqual([]);
    expect(app.errors).toEqual([]);
  });

test('a Services preset at its DNAT hop, netfilter card and node rules open, has no WCAG 2.1 AA violations', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new ServicesPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.openPreset('A Service on another node');
  await app.send();
  await app.jumpToAction('DNAT');
  await expect(app.netfilterCard).toBeVisible();
  await expect(
    app.netfilterCard.getByRole('list', { name: 'Rules matched, in order' }),
  ).toBeVisible();
  await app.inspector.getByText('On a real node').click();
  await expect(app.inspector.getByText('conntrack -L', { exact: true })).toBeVisible();
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(
    result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([]);
  expect(app.errors).toEqual([]);
});
