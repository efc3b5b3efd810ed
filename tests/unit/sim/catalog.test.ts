import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simEn } from '../../../src/i18n/en/sim';
import { simKo } from '../../../src/i18n/ko/sim';
import { servicesEn } from '../../../src/i18n/en/services';
import { servicesKo } from '../../../src/i18n/ko/services';
import { neighboursEn } from '../../../src/i18n/en/neighbours';
import { neighboursKo } from '../../../src/i18n/ko/neighbours';
import { buildNetwork, simulate } from '../../../src/sim';
import type { Explanation, PacketRequest, Trace } from '../../../src/sim';
import { clusterArb } from './arbitraries';
import { ctr, lab, toPod, trace } from './fixtures';

// the Services part (NAT, conntrack, the outside world) holds the keys of the hops those add, the
// neighbours part those of ARP at forwarding nodes and under VXLAN
const en: Record<string, string> = { ...simEn, ...servicesEn, ...neighboursEn };
const ko: Record<string, string> = { ...simKo, ...servicesKo, ...neighboursKo };
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);

function explanationsOf(t: Trace): Explanation[] {
  return [
    t.outcome.reason,
    ...t.hops.flatMap((h) => [h.explain, ...h.changes.map((c) => c.cause)]),
  ];
}

/** What is wrong with an explanation: a missing message or an unfilled placeholder ("" when fine). */
function problemOf(e: Explanation): string {
  const text = en[e.key];
  if (text === undefined || ko[e.key] === undefined) return `no message for ${e.key}`;
  const missing = placeholders(text).filter((n) => !(n !== undefined && n in e.params));
  return missing.length ? `${e.key} lacks ${missing.join(', ')}` : '';
}

function expectKnown(e: Explanation): void {
  expect(problemOf(e)).toBe('');
}

describe('the simulation’s explanations', () => {
  it('has a Korean message for every English one, with the same placeholders', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en))
      expect(placeholders(ko[key] ?? '').sort(), key).toEqual(placeholders(en[key] ?? '').sort());
  });

  it('has a message for every "sim." key written in the simulation’s source', () => {
    const dir = join(__dirname, '../../../src/sim');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(/'(sim\.[a-zA-Z.]+)'/g))
        expect(en[m[1] ?? ''], `${file}: ${m[1]}`).toBeDefined();
    }
  });

  it('fills every placeholder of the messages its traces use, for the built-in cases', () => {
    const requests: [ReturnType<typeof lab>, PacketRequest][] = [];
    for (const cluster of [lab(), lab('vxlan')]) {
      const from = ctr('web', 'nginx');
      for (const to of [
        toPod('api'),
        toPod('cache'),
        toPod('exporter'),
        { kind: 'localhost' as const },
        { kind: 'ip' as const, ip: '8.8.8.8' },
        { kind: 'ip' as const, ip: '10.244.1.99' },
      ])
        for (const [protocol, port] of [
          ['TCP', 8080],
          ['TCP', 6379],
          ['UDP', 53],
          ['ICMP', undefined],
          ['SHM', undefined],
        ] as const)
          requests.push([
            cluster,
            port === undefined ? { from, to, protocol } : { from, to, protocol, port },
          ]);
      requests.push([
        cluster,
        { from: ctr('clash', 'sidecar'), to: toPod('api'), protocol: 'TCP', port: 80 },
      ]);
      requests.push([
        cluster,
        { from: ctr('exporter2', 'node-exporter'), to: toPod('api'), protocol: 'TCP', port: 80 },
      ]);
    }
    for (const [cluster, r] of requests)
      for (const e of explanationsOf(simulate(cluster, r))) expectKnown(e);
    for (const e of explanationsOf(trace(lab(), ctr('web', 'nginx'), toPod('ghost'), 'TCP', 1)))
      expectKnown(e);
  });

  it('fills every placeholder over random clusters', () => {
    fc.assert(
      fc.property(clusterArb, (cluster) => {
        const problems = new Set<string>();
        const net = buildNetwork(cluster);
        for (const a of net.pods)
          for (const b of net.pods) {
            const spec = cluster.pods.find((p) => `${p.namespace}/${p.name}` === a.id);
            const container = spec?.containers[0]?.name ?? '';
            for (const e of explanationsOf(
              simulate(cluster, {
                from: { kind: 'container', pod: a.id, container },
                to: { kind: 'pod', pod: b.id },
                protocol: 'TCP',
                port: 80,
              }),
            ))
              if (problemOf(e)) problems.add(problemOf(e));
          }
        expect([...problems]).toEqual([]);
      }),
      { numRuns: 30 },
    );
  }, 30_000);
});
