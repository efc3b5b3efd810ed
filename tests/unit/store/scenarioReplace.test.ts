import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/scenario/defaultScenario';
import { PRESETS } from '../../../src/scenario/presets';
import type { Scenario } from '../../../src/scenario/types';
import type { PacketRequest, PodId } from '../../../src/sim';
import { editScenario } from '../../../src/store/editScenario';
import { parseScenario } from '../../../src/scenario/validate';
import { createAppStore } from '../../../src/store';
import { flowsFitting, packetKey } from '../../../src/store/flowsFit';
import { selectTraces } from '../../../src/store/selectors';

const fresh = () => createAppStore({ scenario: defaultScenario, lang: 'en' });
const webToCache: PacketRequest = {
  from: { kind: 'container', pod: 'default/web' as PodId, container: 'nginx' },
  to: { kind: 'pod', pod: 'default/cache' as PodId },
  protocol: 'TCP',
  port: 6379,
};
/** A preset whose cluster has no pod called default/web. */
const other = (): Scenario => {
  const p = PRESETS.find((x) => !x.scenario.cluster.pods.some((q) => q.name === 'web'));
  if (!p) throw new Error('every preset has a web pod');
  return p.scenario;
};
/** No shown trace refers to a pod the cluster does not have. */
const noUnknownPods = (store: ReturnType<typeof fresh>) =>
  selectTraces(store.getState()).every((t) => t.outcome.reason.key !== 'sim.outcome.unknownPod');

describe('replacing the scenario keeps the shown packets consistent', () => {
  it('loading a preset shows only its own first packet, from the first hop, paused', () => {
    const store = fresh();
    store.getState().setFlows([webToCache, webToCache]);
    store.getState().setCursor(3);
    store.getState().loadScenario(other());
    const s = store.getState();
    expect(s.flows).toEqual(other().packets.slice(0, 1));
    expect([s.cursor, s.activeFlow, s.playing]).toEqual([0, 0, false]);
    expect(noUnknownPods(store)).toBe(true);
  });

  it('every store update while loading already has packets that fit the new cluster', () => {
    const store = fresh();
    store.getState().setFlows([webToCache]);
    const seen: boolean[] = [];
    store.subscribe((s) => seen.push(flowsFitting(s.scenario.cluster, s.flows) === s.flows));
    store.getState().loadScenario(other());
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every(Boolean)).toBe(true);
  });

  it('loading with explicit packets drops the ones naming pods that do not exist', () => {
    const store = fresh();
    store.getState().loadScenario(other(), [webToCache, ...other().packets]);
    expect(store.getState().flows).toEqual(other().packets);
  });

  it('replacing the scenario drops stale flows and starts the cursor over', () => {
    const store = fresh();
    store.getState().setFlows([webToCache]);
    store.getState().setCursor(4);
    store.getState().setScenario(other());
    expect(store.getState().flows).toEqual([]);
    expect([store.getState().cursor, store.getState().playing]).toEqual([0, false]);
  });

  it('replacing the scenario with one that still has the pods keeps the flows and cursor', () => {
    const store = fresh();
    store.getState().setFlows([webToCache]);
    store.getState().setPlaying(false);
    store.getState().setCursor(2);
    const flows = store.getState().flows;
    store.getState().setScenario({ ...defaultScenario, title: 'renamed' });
    expect(store.getState().flows).toBe(flows);
    expect(store.getState().cursor).toBe(2);
  });

  it('removing a pod in the editor drops the shown packets that used it', () => {
    const store = fresh();
    store.getState().setFlows([webToCache]);
    const cache = store.getState().scenario.cluster.pods.findIndex((p) => p.name === 'cache');
    expect(editScenario(store, { type: 'removePod', pod: cache })).toBe(true);
    expect(store.getState().flows).toEqual([]);
    expect(noUnknownPods(store)).toBe(true);
  });

  it('undo after loading a preset brings back the earlier scenario with its own packets', () => {
    const store = fresh();
    store.getState().setFlows([webToCache]);
    store.getState().loadScenario(other());
    store.getState().undo();
    expect(store.getState().scenario).toBe(defaultScenario);
    expect(store.getState().flows).toEqual([webToCache]);
  });
});

describe('the canonical packet key', () => {
  it('equal packets written with keys in another order get the same key', () => {
    const reordered = { port: 6379, protocol: 'TCP', to: webToCache.to, from: webToCache.from };
    expect(packetKey(reordered as PacketRequest)).toBe(packetKey(webToCache));
  });

  it('packets differing in port, size or target get different keys', () => {
    const keys = new Set(
      [
        webToCache,
        { ...webToCache, port: 80 },
        { ...webToCache, protocol: 'ICMP', size: 1500 } as PacketRequest,
        { ...webToCache, protocol: 'ICMP' } as PacketRequest,
        { ...webToCache, to: { kind: 'node', node: 'node1' } } as PacketRequest,
      ].map(packetKey),
    );
    expect(keys.size).toBe(5);
  });

  it('adopting custom packets appends each new one once and finds repeated ones', () => {
    const store = fresh();
    const reqs = Array.from({ length: 40 }, (_, i) => ({ ...webToCache, port: 1000 + (i % 20) }));
    const indexes = store.getState().adoptPackets(reqs, parseScenario);
    expect(indexes?.slice(0, 2)).toEqual([1, 2]);
    expect(indexes?.[20]).toBe(1);
    expect(store.getState().scenario.packets).toHaveLength(21);
  });

  it('more packets than a scenario may hold are refused at once, leaving the scenario alone', () => {
    const store = fresh();
    const reqs = Array.from({ length: 5000 }, (_, i) => ({ ...webToCache, port: 1 + i }));
    const t0 = performance.now();
    expect(store.getState().adoptPackets(reqs, parseScenario)).toBeNull();
    expect(performance.now() - t0).toBeLessThan(500);
    expect(store.getState().scenario).toBe(defaultScenario);
  });
});
