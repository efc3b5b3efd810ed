/** The CNI state kept beside the scenario: pod edits run ADD and DEL, undo and redo bring the matching leases back. */
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/scenario/defaultScenario';
import type { Scenario } from '../../../src/scenario/types';
import { createAppStore, type AppStore } from '../../../src/store';
import { closeCniPlay, editWithCni, startCni } from '../../../src/store/cni/cniControl';
import { editScenario } from '../../../src/store/editScenario';

const fresh = (scenario: Scenario = defaultScenario) => createAppStore({ scenario, lang: 'en' });

/** The leases of a node as "ip pod" lines. */
function leases(store: AppStore, node: string): string[] {
  const n = store.getState().cniState?.[node];
  return (n?.leases ?? []).map((l) => `${l.ip} ${l.pod}`);
}
const lastReserved = (store: AppStore, node: string) =>
  store.getState().cniState?.[node]?.lastReserved;
const podIp = (store: AppStore, name: string) =>
  store.getState().scenario.cluster.pods.find((p) => p.name === name)?.ip;
const podIndex = (store: AppStore, name: string) =>
  store.getState().scenario.cluster.pods.findIndex((p) => p.name === name);

describe('the CNI state of the scenario', () => {
  it('is seeded for a loaded scenario as if every pod had been created in order', async () => {
    const store = fresh();
    expect(store.getState().cniState).toBeNull();
    await startCni(store);
    expect(leases(store, 'node1')).toEqual(['10.244.1.2 default/web', '10.244.1.3 default/cache']);
    expect(leases(store, 'node2')).toEqual(['10.244.2.2 default/api']);
    expect(lastReserved(store, 'node1')).toBe('10.244.1.3');
    expect(store.getState().cniState?.node1?.bridge).toBe(true);
  });

  it('runs ADD when a pod is added: the next address is leased to its sandbox, and the trace plays', async () => {
    const store = fresh();
    expect(await editWithCni(store, { type: 'addPod', node: 'node1' })).toBe(true);
    const s = store.getState();
    expect(leases(store, 'node1')).toEqual([
      '10.244.1.2 default/web',
      '10.244.1.3 default/cache',
      '10.244.1.4 default/pod1',
    ]);
    expect(s.cniPlay?.command).toBe('ADD');
    expect(s.cniPlay?.pod.name).toBe('pod1');
    expect(s.cniPlay?.trace.map((t) => t.kind)).toEqual([
      'create-sandbox',
      'create-netns',
      'exec-plugin',
      'read-subnet-env',
      'delegate',
      'create-veth',
      'attach-bridge',
      'ipam-allocate',
      'set-address',
      'add-route',
      'add-route',
      'result',
    ]);
    expect(s.cniPlay?.result?.ips[0]?.address).toBe('10.244.1.4/24');
    expect(s.playing).toBe(true);
    expect(s.flows).toEqual([]);
    // The derived network agrees without a fixed address.
    expect(podIp(store, 'pod1')).toBeUndefined();
  });

  it('steps the CNI trace with the playback actions and stops at its last step', async () => {
    const store = fresh();
    await editWithCni(store, { type: 'addPod', node: 'node1' });
    store.getState().setPlaying(false);
    store.getState().toEnd();
    expect(store.getState().cursor).toBe(11);
    store.getState().stepForward();
    expect(store.getState().cursor).toBe(11);
    store.getState().togglePlay();
    expect(store.getState()).toMatchObject({ cursor: 0, playing: true });
    closeCniPlay(store);
    expect(store.getState().cniPlay).toBeNull();
  });

  it('runs DEL when a pod is removed: its address goes back to the pool, last_reserved_ip stays', async () => {
    const store = fresh();
    await editWithCni(store, { type: 'removePod', pod: podIndex(store, 'web') });
    expect(leases(store, 'node1')).toEqual(['10.244.1.3 default/cache']);
    expect(lastReserved(store, 'node1')).toBe('10.244.1.3');
    expect(store.getState().cniPlay?.command).toBe('DEL');
    expect(store.getState().cniPlay?.trace.map((t) => t.kind)).toEqual([
      'exec-plugin',
      'load-saved-config',
      'delete-veth',
      'ipam-release',
      'remove-sandbox',
    ]);
    // cache keeps 10.244.1.3 although it is now the node's first pod: written as its fixed address.
    expect(podIp(store, 'cache')).toBe('10.244.1.3');
  });

  it('hands out the address after the last reservation, not the freed one, and pins it', async () => {
    const store = fresh();
    await editWithCni(store, { type: 'removePod', pod: podIndex(store, 'web') });
    await editWithCni(store, { type: 'addPod', node: 'node1' });
    expect(leases(store, 'node1')).toEqual(['10.244.1.3 default/cache', '10.244.1.4 default/pod1']);
    expect(podIp(store, 'pod1')).toBe('10.244.1.4');
  });

  it('survives undo and redo: each scenario brings back its own leases', async () => {
    const store = fresh();
    await editWithCni(store, { type: 'addPod', node: 'node2' });
    expect(leases(store, 'node2')).toEqual(['10.244.2.2 default/api', '10.244.2.3 default/pod1']);
    store.getState().undo();
    expect(store.getState().cniPlay).toBeNull();
    expect(leases(store, 'node2')).toEqual(['10.244.2.2 default/api']);
    expect(lastReserved(store, 'node2')).toBe('10.244.2.2');
    store.getState().redo();
    expect(leases(store, 'node2')).toEqual(['10.244.2.2 default/api', '10.244.2.3 default/pod1']);
    expect(lastReserved(store, 'node2')).toBe('10.244.2.3');
    // After undo, a new pod takes the address the undone one had: nothing of it was kept.
    store.getState().undo();
    await editWithCni(store, { type: 'addPod', node: 'node2' });
    expect(leases(store, 'node2')).toEqual(['10.244.2.2 default/api', '10.244.2.3 default/pod1']);
  });

  it('undoing a DEL gives the address back to the same container', async () => {
    const store = fresh();
    await editWithCni(store, { type: 'removePod', pod: podIndex(store, 'cache') });
    await editWithCni(store, { type: 'addPod', node: 'node1' });
    expect(leases(store, 'node1')).toEqual(['10.244.1.2 default/web', '10.244.1.4 default/pod1']);
    store.getState().undo();
    store.getState().undo();
    const n = store.getState().cniState?.node1;
    expect(n?.leases.map((l) => [l.ip, l.containerId.length])).toEqual([
      ['10.244.1.2', 64],
      ['10.244.1.3', 64],
    ]);
    expect(n?.leases[1]?.pod).toBe('default/cache');
  });

  it('follows other edits: a rename keeps the leases, a move releases on one node and leases on the other', async () => {
    const store = fresh();
    await startCni(store);
    editScenario(store, { type: 'setTitle', title: 'Renamed' });
    expect(leases(store, 'node1')).toHaveLength(2);
    expect(lastReserved(store, 'node1')).toBe('10.244.1.3');
    await editWithCni(store, { type: 'movePod', pod: podIndex(store, 'cache'), node: 'node2' });
    expect(leases(store, 'node1')).toEqual(['10.244.1.2 default/web']);
    expect(leases(store, 'node2')).toEqual(['10.244.2.2 default/api', '10.244.2.3 default/cache']);
    expect(store.getState().cniPlay).toBeNull();
  });

  it('respects fixed pod IPs: the pod reserves the address it asks for', async () => {
    const pods = defaultScenario.cluster.pods.map((p) =>
      p.name === 'web' ? { ...p, ip: '10.244.1.9' } : p,
    );
    const store = fresh({ ...defaultScenario, cluster: { ...defaultScenario.cluster, pods } });
    await startCni(store);
    expect(leases(store, 'node1')).toEqual(['10.244.1.2 default/cache', '10.244.1.9 default/web']);
    expect(lastReserved(store, 'node1')).toBe('10.244.1.2');
  });

  it('a shown packet takes the playback bar back from the CNI trace', async () => {
    const store = fresh();
    await editWithCni(store, { type: 'addPod', node: 'node1' });
    const req = defaultScenario.packets[0];
    if (req) store.getState().sendPacket(req);
    expect(store.getState().cniPlay).toBeNull();
  });
});
