/** The store threads neighbour caches between the packets of a session, and forgets them when the scenario changes. */
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/scenario/defaultScenario';
import type { PacketRequest, PodId, Trace } from '../../../src/sim';
import { createAppStore } from '../../../src/store';
import { sessionAfter, startEntries, traceSession } from '../../../src/store/neighbourSession';
import { selectActiveTrace, selectTraces } from '../../../src/store/selectors';
import { simulate } from '../../../src/sim/trace/tracer';

const fresh = () => createAppStore({ scenario: defaultScenario, lang: 'en' });
const crossNode: PacketRequest = {
  from: { kind: 'container', pod: 'default/web' as PodId, container: 'nginx' },
  to: { kind: 'pod', pod: 'default/api' as PodId },
  protocol: 'TCP',
  port: 8080,
};
const arpDevices = (t: Trace | null) =>
  (t?.hops ?? []).filter((h) => h.action === 'arp').map((h) => h.device);

describe('neighbour caches across sends', () => {
  it('the first send ARPs on each segment; the same flow sent again finds every cache warm', () => {
    const store = fresh();
    store.getState().sendPacket(crossNode);
    expect(arpDevices(selectActiveTrace(store.getState()))).toEqual([
      'pod:default/web#eth0',
      'node:node1#eth0',
      'node:node2#cni0',
    ]);
    store.getState().sendPacket(crossNode);
    const again = selectActiveTrace(store.getState());
    expect(arpDevices(again)).toEqual([]);
    expect(again?.outcome.kind).toBe('delivered');
    expect(again?.neighbours?.map((n) => `${n.ip} ${n.state}`)).toContain('10.244.1.1 REACHABLE');
  });

  it('several flows shown together are traced in order, the later ones from the earlier ones’ caches', () => {
    const store = fresh();
    store.getState().setFlows([crossNode, crossNode]);
    const [first, second] = selectTraces(store.getState());
    expect(arpDevices(first ?? null)).toHaveLength(3);
    expect(arpDevices(second ?? null)).toEqual([]);
  });

  it('a scenario change starts the caches cold again: the shown packet, traced anew, ARPs again', () => {
    const store = fresh();
    store.getState().sendPacket(crossNode);
    store.getState().sendPacket(crossNode);
    expect(arpDevices(selectActiveTrace(store.getState()))).toEqual([]);
    store.getState().setScenario({ ...defaultScenario, cluster: { ...defaultScenario.cluster } });
    expect(arpDevices(selectActiveTrace(store.getState()))).toHaveLength(3);
  });

  it('flushing the caches leaves the shown packet as it was; the next send ARPs again, the one after does not', () => {
    const store = fresh();
    store.getState().sendPacket(crossNode);
    store.getState().sendPacket(crossNode);
    const warm = selectActiveTrace(store.getState());
    store.getState().flushNeighbours();
    expect(selectActiveTrace(store.getState())).toBe(warm);
    store.getState().sendPacket(crossNode);
    expect(arpDevices(selectActiveTrace(store.getState()))).toHaveLength(3);
    expect(store.getState().neighboursFlushed).toBe(false);
    store.getState().sendPacket(crossNode);
    expect(arpDevices(selectActiveTrace(store.getState()))).toEqual([]);
  });

  it('packets shown before the tracer arrived leave their caches all the same, traced once a tracer asks', () => {
    const cluster = defaultScenario.cluster;
    const waiting = sessionAfter(null, cluster, [crossNode], null);
    expect(startEntries(waiting, cluster, null)).toBeUndefined();
    const eager = traceSession(simulate, cluster, [crossNode], undefined).at(-1)?.neighbours;
    const late = startEntries(waiting, cluster, simulate);
    expect(late).toEqual(eager);
    expect(startEntries(waiting, cluster, simulate)).toBe(late);
    const next = traceSession(simulate, cluster, [crossNode], late)[0] ?? null;
    expect(arpDevices(next)).toEqual([]);
    expect(startEntries(waiting, { ...cluster }, simulate)).toBeUndefined();
  });
});
