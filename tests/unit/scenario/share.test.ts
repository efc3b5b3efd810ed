/** The share-link codec: compact links, exact round trips, and a clear refusal for each kind of bad link. */
import { describe, expect, it } from 'vitest';
import {
  decodeShare,
  encodeShare,
  parseScenario,
  PRESETS,
  SHARE_LIMITS,
  type SharedView,
} from '../../../src/scenario';
import { makeDoc, podDoc } from './docs';
import { linkOfText } from './hostileCorpus';

/** A realistic 30-pod cluster: three nodes, ten pods each, labels, a port, a few packets. */
function thirtyPods(): SharedView {
  const pods = Array.from({ length: 30 }, (_, i) =>
    podDoc(`app-${i}`, `node${(i % 3) + 1}`, {
      labels: { app: `app-${i}`, tier: i % 2 ? 'backend' : 'frontend' },
      containers: [
        {
          name: 'main',
          image: `example/service-${i}:1.${i}`,
          ports: [{ port: 8000 + i, protocol: 'TCP' }],
        },
      ],
    }),
  );
  const packets = [1, 2, 3].map((k) => ({
    from: { kind: 'container', pod: `default/app-0`, container: 'main' },
    to: { kind: 'pod', pod: `default/app-${k * 7}` },
    protocol: 'TCP',
    port: 8000 + k * 7,
  }));
  const doc = makeDoc({
    nodes: [{ name: 'node1' }, { name: 'node2' }, { name: 'node3' }],
    pods,
    packets,
  });
  const r = parseScenario(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { scenario: r.scenario, flows: [0, 2], hop: 5, lang: 'ko' };
}

describe('encodeShare', () => {
  it('writes "v1." and base64url text only', () => {
    const preset = PRESETS[0];
    if (!preset) throw new Error('no presets');
    const link = encodeShare({ scenario: preset.scenario, flows: [0], hop: 0, lang: 'en' });
    expect(link).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
  });

  it('fits a 30-pod scenario in under 2,000 characters', () => {
    const link = encodeShare(thirtyPods());
    expect(link.length).toBeLessThan(2000);
  });

  it('gives every preset back exactly, with flows, hop and language', () => {
    for (const p of PRESETS) {
      const view: SharedView = { scenario: p.scenario, flows: [0], hop: 3, lang: 'ko' };
      expect(decodeShare(encodeShare(view))).toEqual({ ok: true, view });
    }
  });
});

describe('decodeShare', () => {
  it('accepts the fragment with its leading "#"', () => {
    const view = thirtyPods();
    expect(decodeShare(`#${encodeShare(view)}`)).toEqual({ ok: true, view });
  });

  it('fills in defaults a hand-made link leaves out', () => {
    const doc = { version: 1, title: 'Tiny', cluster: { nodes: [{ name: 'n1' }], pods: [] } };
    const r = decodeShare(linkOfText(JSON.stringify({ s: doc, f: [], h: 0, l: 'en' })));
    expect(r.ok && r.view.scenario.cluster.clusterCidr).toBe('10.244.0.0/16');
  });

  it('migrates an old scenario inside a link', () => {
    const v0 = {
      version: 0,
      title: 'Old',
      cluster: { cniMode: 'host-gw', nodes: [{ name: 'n1' }], pods: [] },
    };
    const r = decodeShare(linkOfText(JSON.stringify({ s: v0, f: [], h: 0, l: 'en' })));
    expect(r.ok && r.view.scenario.cluster.cni).toBe('bridge-hostgw');
  });

  it('refuses a link longer than the fragment cap before decoding it', () => {
    const r = decodeShare(`v1.${'A'.repeat(SHARE_LIMITS.fragmentChars)}`);
    expect(r).toMatchObject({ ok: false, error: { key: 'scenario.share.error.tooLong' } });
  });

  it('tells a link from a newer app apart from a foreign one', () => {
    expect(decodeShare('v7.AAAA')).toMatchObject({
      ok: false,
      error: { key: 'scenario.share.error.newerVersion', params: { version: 7 } },
    });
    expect(decodeShare('zz.AAAA')).toMatchObject({
      ok: false,
      error: { key: 'scenario.share.error.badPrefix' },
    });
  });

  it('reports an invalid scenario with its error count, first path and all errors', () => {
    const doc = makeDoc({ pods: [podDoc('web', 'nowhere')], packets: [] });
    const r = decodeShare(linkOfText(JSON.stringify({ s: doc, f: [], h: 0, l: 'en' })));
    expect(r).toMatchObject({
      ok: false,
      error: {
        key: 'scenario.share.error.invalidScenario',
        params: { count: 1, path: 'cluster.pods[0].node' },
        errors: [{ path: 'cluster.pods[0].node', key: 'scenario.error.unknownNode' }],
      },
    });
  });
});
