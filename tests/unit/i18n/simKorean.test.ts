import { describe, expect, it } from 'vitest';
import { makeTranslate, type MessageKey } from '../../../src/i18n';
import { dnsEn } from '../../../src/i18n/en/dns';
import { policyEn } from '../../../src/i18n/en/policy';
import { simEn } from '../../../src/i18n/en/sim';
import { ko } from '../../../src/i18n/ko';
import { PRESETS } from '../../../src/scenario';
import { simulate, type Explanation, type PacketRequest, type Trace } from '../../../src/sim';
import { FALLBACK } from './koreanText';

const t = makeTranslate(ko);

/** Raw enum values of the trace that must never reach a Korean sentence. */
const RAW = /\b(request|reply|echo-request|echo-reply|dest-unreachable|posix-shm|sysv-sem)\b/;

/** What is wrong with one rendered Korean text. */
function problemsOf(text: string): string[] {
  const out: string[] = [];
  if (FALLBACK.test(text)) out.push(`fallback particle in “${text}”`);
  if (text.includes('{{')) out.push(`unfilled placeholder in “${text}”`);
  const raw = RAW.exec(text);
  if (raw) out.push(`raw value “${raw[0]}” in “${text}”`);
  if (text === '') out.push('empty text');
  return out;
}

/**
 * Values like the simulation's for every parameter name its messages use, several per name so
 * both forms of each particle appear (…1.2가 / …1.3이, eth0으로 / flannel.1로, nginx가 / api가).
 */
const SAMPLES: Readonly<Record<string, readonly (string | number)[]>> = {
  what: ['service', 'name', 'external', 'internet'],
  container: ['nginx', 'log-shipper', 'kubelet', 'redis', 'admin'],
  protocol: ['TCP', 'UDP', 'ICMP'],
  src: ['10.244.1.2', '10.244.2.3', '127.0.0.1', '192.168.10.11'],
  dst: ['10.244.2.2', '10.244.1.3', '127.0.0.1', '10.244.1.10'],
  ip: ['10.244.2.2', '10.244.1.99', '8.8.8.8', '10.244.1.0'],
  target: ['10.244.2.2:8080', '10.244.1.1', '127.0.0.1:80', '192.168.10.12'],
  sender: ['10.244.1.2', '192.168.10.11', '10.244.2.3'],
  via: ['10.244.1.1', '192.168.10.12', '10.244.2.1'],
  gw: ['192.168.10.1', '192.168.10.254'],
  local: ['192.168.10.11', '192.168.10.12'],
  remote: ['192.168.10.12', '192.168.10.11'],
  who: ['node1', 'web', 'node2'],
  port: [8080, 80, 53, 6379, 8472, 'veth87fe1b7a'],
  sport: [48792, 51234],
  dev: ['eth0', 'cni0', 'flannel.1', 'veth87fe1b7a'],
  mac: ['0a:58:0a:f4:02:02', '02:51:07:36:81:c6', '52:54:00:a8:0a:0c', '0a:58:0a:f4:01:0a'],
  route: [
    'default via 10.244.1.1 dev eth0',
    '10.244.2.0/24 via 192.168.10.12 dev eth0',
    '10.244.1.0/24 dev cni0 scope link src 10.244.1.1',
    '10.244.2.0/24 via 10.244.2.0 dev flannel.1 onlink',
  ],
  from: ['eth0', 'veth87fe1b7a', 'nginx', '52:54:00:a8:0a:0b'],
  to: ['veth27f52b74', 'eth0', 'log-shipper', '52:54:00:a8:0a:0c'],
  node: ['node1', 'node2'],
  pod: ['default/web', 'default/api', 'monitoring/node-exporter'],
  heldBy: ['nginx', 'admin', 'kubelet'],
  name: ['/shm-demo', '/chat'],
  ttl: [64, 63, 62, 61],
  mtu: [1450, 1500],
  size: [1500, 1472, 84],
  vni: [1, 2],
  inner: [1450, 84],
  outer: [1500, 134],
  vtepMtu: [1450],
  // NetworkPolicy decisions: one policy or several, rules as allowedBy names them, a peer pod's labels
  policies: ['shop/default-deny', 'shop/default-deny, shop/allow-web', 'default/db-ingress'],
  rule: ['shop/allow-web#ingress[0]', 'default/egress-dns#egress[1]', 'shop/api#ingress[2]'],
  peer: ['shop/web', 'default/client', 'monitoring/prometheus'],
  labels: ['app=web', 'app=client,tier=front', '{}', 'role=db'],
  namespace: ['shop', 'default', 'monitoring'],
  // DNS lookups: names as typed and as queried, search domains, answers; Ingress rules and upstreams
  qname: ['api.shop.svc.cluster.local', 'api.default.svc.cluster.local', 'example.com', 'db'],
  next: ['api.svc.cluster.local', 'api.cluster.local', 'api', 'example.com.svc.cluster.local'],
  domain: ['shop.svc.cluster.local', 'svc.cluster.local', 'cluster.local'],
  server: ['10.96.0.10', '10.100.0.10'],
  dots: [0, 1, 4, 5],
  ndots: [5, 1],
  n: [1, 2, 3, 4],
  count: [2, 3, 4, 1],
  ips: ['10.96.12.34', '10.244.1.5, 10.244.2.6', '10.244.2.3'],
  service: ['shop/api', 'api', 'default/db', 'web'],
  host: ['shop.example.com', 'api.example.com:8080', 'localhost'],
  path: ['/api/v1', '/', '/healthz', '/static/app.css'],
  ingress: ['shop/shop', 'default/web', 'shop/api'],
  ruleHost: ['shop.example.com', '*.example.com', '*'],
  rulePath: ['/api', '/', '/healthz'],
  pathType: ['Prefix', 'Exact'],
  xff: ['10.244.1.3', '192.168.10.11', '10.244.2.0'],
  client: ['192.168.10.100', '10.244.1.3'],
};

const catalog: Readonly<Record<string, string>> = { ...simEn, ...policyEn, ...dnsEn };
const keys = Object.keys(catalog);
const names = (m: string) => [...m.matchAll(/\{\{(\w+)\}\}/g)].map((x) => x[1] ?? '');

describe('every simulation explanation in Korean', () => {
  it('has realistic values for each parameter it takes', () => {
    const missing = keys.flatMap((k) =>
      names(catalog[k] ?? '')
        .filter((n) => !SAMPLES[n])
        .map((n) => `${k}: ${n}`),
    );
    expect(missing).toEqual([]);
  });
  it('reads without a fallback particle, a placeholder or a raw English value, whatever the values', () => {
    const problems: string[] = [];
    for (const key of keys)
      for (let i = 0; i < 4; i += 1) {
        const params = Object.fromEntries(
          names(catalog[key] ?? '').map((n) => {
            const s = SAMPLES[n] ?? [''];
            return [n, s[i % s.length] ?? ''];
          }),
        );
        problems.push(...problemsOf(t(key as MessageKey, params)).map((p) => `${key}: ${p}`));
      }
    expect(problems).toEqual([]);
  });
  it('chooses each particle from the value before it', () => {
    expect(
      t('sim.hop.send', {
        container: 'nginx',
        src: '10.244.1.2',
        target: '10.244.2.2:8080',
        protocol: 'TCP',
      }),
    ).toMatch(/^nginx가 10\.244\.1\.2에서 10\.244\.2\.2:8080으로 TCP 패킷을 보낸다\./);
    expect(
      t('sim.hop.send', { container: 'kubelet', src: '', target: '10.244.1.1', protocol: 'TCP' }),
    ).toMatch(/^kubelet이 에서 10\.244\.1\.1로/);
    expect(t('sim.outcome.deliveredRouted', { ttl: 62 })).toContain('TTL 62로 도착했다');
    expect(t('sim.outcome.deliveredBridge', { ttl: 63 })).toContain('TTL 63으로 도착했다');
    expect(t('sim.hop.loopback', { dst: '127.0.0.1' })).toMatch(/^127\.0\.0\.1은 /);
    expect(t('sim.hop.loopback', { dst: '10.244.1.2' })).toMatch(/^10\.244\.1\.2는 /);
    expect(t('sim.hop.decapsulate', { node: 'node2', port: 8472, vni: 1 })).toContain(
      'VNI 1을 확인하고',
    );
    expect(t('sim.hop.vethToNode', { from: 'eth0', to: 'veth87fe1b7a' })).toContain(
      '짝 veth87fe1b7a로 나온다',
    );
    expect(t('sim.hop.vethToPod', { from: 'veth27f52b74', to: 'eth0' })).toContain(
      'eth0(파드의 eth0)으로 간다',
    );
    expect(t('sim.hop.bridgeUp', { mac: '26:f5:2b:74:4c:e3' })).toMatch(
      /^목적지 MAC 26:f5:2b:74:4c:e3은 /,
    );
    expect(
      t('sim.hop.arp', {
        target: '10.244.1.1',
        sender: '10.244.1.2',
        dev: 'eth0',
        mac: '02:51:07:36:81:c6',
      }),
    ).toContain('tell 10.244.1.2”를 브로드캐스트하고');
    expect(t('sim.outcome.deliveredIpc', { from: 'writer', to: 'reader' })).toMatch(
      /^writer와 reader가 /,
    );
    expect(
      t('sim.hop.bindFailNode', {
        container: 'exporter',
        protocol: 'TCP',
        port: 9100,
        heldBy: 'kubelet',
        pod: 'default/node',
      }),
    ).toContain('kubelet(default/node)이 이미');
  });
});

/** Every explanation a trace carries: hops, the causes of changed fields, the outcome. */
function explanationsOf(trace: Trace): Explanation[] {
  return [
    trace.outcome.reason,
    ...trace.hops.flatMap((h) => [h.explain, ...h.changes.map((c) => c.cause)]),
  ];
}

describe('the Korean explanations of real traces', () => {
  it('read without a fallback particle or a raw value for every preset and more requests', () => {
    const problems: string[] = [];
    let count = 0;
    for (const preset of PRESETS) {
      const cluster = preset.scenario.cluster;
      const first = cluster.pods[0];
      const from = {
        kind: 'container',
        pod: `${first?.namespace}/${first?.name}`,
        container: first?.containers[0]?.name ?? '',
      } as PacketRequest['from'] & PacketRequest['to'];
      const more: PacketRequest[] = [
        { from, to: { kind: 'ip', ip: '8.8.8.8' }, protocol: 'ICMP' },
        { from, to: { kind: 'ip', ip: '10.244.1.99' }, protocol: 'TCP', port: 80 },
        { from, to: { kind: 'localhost' }, protocol: 'UDP', port: 53 },
        { from, to: { kind: 'ip', ip: '10.244.2.2' }, protocol: 'TCP', port: 9 },
        { from, to: { kind: 'ip', ip: '10.244.2.2' }, protocol: 'ICMP', size: 1500 },
        { from, to: { kind: 'node', node: 'node1' }, protocol: 'TCP', port: 10250 },
        {
          from: { kind: 'node', node: 'node1', agent: 'kubelet' },
          to: from,
          protocol: 'TCP',
          port: 80,
        },
      ];
      for (const request of [...preset.scenario.packets, ...more])
        for (const e of explanationsOf(simulate(cluster, request))) {
          count += 1;
          const text = t.dynamic(e.key, e.params);
          problems.push(...problemsOf(text).map((p) => `${preset.id} ${e.key}: ${p}`));
        }
    }
    expect(count).toBeGreaterThan(200);
    expect(problems).toEqual([]);
  });
});
