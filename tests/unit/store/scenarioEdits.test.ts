import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/scenario/defaultScenario';
import type { PacketRequest, PodId } from '../../../src/sim';
import { editScenario } from '../../../src/store/editScenario';
import type { ScenarioEdit } from '../../../src/store/scenarioEdits';
import { parseScenario } from '../../../src/scenario/validate';
import { createAppStore } from '../../../src/store';
import { HISTORY_LIMIT } from '../../../src/store/scenarioSlice';

const fresh = () => createAppStore({ scenario: defaultScenario, lang: 'en' });
const podIndex = (s: ReturnType<typeof fresh>, name: string) =>
  s.getState().scenario.cluster.pods.findIndex((p) => p.name === name);

describe('editing the scenario through the store', () => {
  it('adds a node with a fresh name', () => {
    const store = fresh();
    expect(editScenario(store, { type: 'addNode' })).toBe(true);
    expect(store.getState().scenario.cluster.nodes.map((n) => n.name)).toEqual([
      'node1',
      'node2',
      'node3',
    ]);
  });

  it('renaming a node moves its pods and its name along', () => {
    const store = fresh();
    editScenario(store, { type: 'renameNode', node: 0, name: 'worker-a' });
    const pods = store.getState().scenario.cluster.pods;
    expect(pods.filter((p) => p.node === 'worker-a').map((p) => p.name)).toEqual(['web', 'cache']);
  });

  it('removing a node removes its pods and the packets that used them', () => {
    const store = fresh();
    editScenario(store, { type: 'removeNode', node: 1 });
    const s = store.getState().scenario;
    expect(s.cluster.nodes.map((n) => n.name)).toEqual(['node1']);
    expect(s.cluster.pods.map((p) => p.name)).toEqual(['web', 'cache']);
    expect(s.packets).toEqual([]);
  });

  it('adds a pod with one container on the chosen node', () => {
    const store = fresh();
    editScenario(store, { type: 'addPod', node: 'node2' });
    const pod = store.getState().scenario.cluster.pods.at(-1);
    expect(pod?.node).toBe('node2');
    expect(pod?.containers).toHaveLength(1);
  });

  it('renaming a pod rewrites the packets and the shown flows that refer to it', () => {
    const store = fresh();
    const first = store.getState().scenario.packets[0] as PacketRequest;
    store.getState().setFlows([first]);
    editScenario(store, { type: 'renamePod', pod: podIndex(store, 'api'), name: 'backend' });
    const to = { kind: 'pod', pod: 'default/backend' as PodId };
    expect(store.getState().scenario.packets[0]?.to).toEqual(to);
    expect(store.getState().flows[0]?.to).toEqual(to);
  });

  it('moves a pod to another node and toggles hostNetwork', () => {
    const store = fresh();
    const i = podIndex(store, 'cache');
    editScenario(store, { type: 'movePod', pod: i, node: 'node2' });
    editScenario(store, { type: 'setHostNetwork', pod: i, on: true });
    const pod = store.getState().scenario.cluster.pods[i];
    expect(pod?.node).toBe('node2');
    expect(pod?.hostNetwork).toBe(true);
  });

  it('sets labels, image and ports, and adds, renames and removes containers', () => {
    const store = fresh();
    const i = podIndex(store, 'api');
    const e = (edit: ScenarioEdit) => editScenario(store, edit);
    e({ type: 'setLabels', pod: i, labels: { app: 'api', tier: 'backend' } });
    e({ type: 'addContainer', pod: i });
    e({ type: 'renameContainer', pod: i, container: 1, name: 'metrics' });
    e({ type: 'setImage', pod: i, container: 1, image: 'prom/statsd:0.26' });
    e({ type: 'setPorts', pod: i, container: 1, ports: [{ port: 9102, protocol: 'UDP' }] });
    const pod = store.getState().scenario.cluster.pods[i];
    expect(pod?.labels).toEqual({ app: 'api', tier: 'backend' });
    expect(pod?.containers[1]).toEqual({
      name: 'metrics',
      image: 'prom/statsd:0.26',
      ports: [{ port: 9102, protocol: 'UDP' }],
    });
    e({ type: 'removeContainer', pod: i, container: 1 });
    expect(store.getState().scenario.cluster.pods[i]?.containers).toHaveLength(1);
  });

  it('switches the CNI mode', () => {
    const store = fresh();
    editScenario(store, { type: 'setCni', cni: 'vxlan' });
    expect(store.getState().scenario.cluster.cni).toBe('vxlan');
  });

  it('an invalid edit keeps the last valid scenario and reports errors at the field', () => {
    const store = fresh();
    const before = store.getState().scenario;
    const ok = editScenario(store, { type: 'renamePod', pod: 0, name: 'Not OK!' });
    expect(ok).toBe(false);
    expect(store.getState().scenario).toBe(before);
    expect(store.getState().draftErrors.map((x) => x.path)).toContain('cluster.pods[0].name');
    expect(store.getState().past).toHaveLength(0);
  });

  it('a duplicate node name is refused with the duplicateNode message', () => {
    const store = fresh();
    editScenario(store, { type: 'renameNode', node: 1, name: 'node1' });
    expect(store.getState().draftErrors.map((x) => x.key)).toContain(
      'scenario.error.duplicateNode',
    );
  });

  it('a valid edit after an invalid one clears the draft errors', () => {
    const store = fresh();
    editScenario(store, { type: 'renamePod', pod: 0, name: '' });
    editScenario(store, { type: 'renamePod', pod: 0, name: 'front' });
    expect(store.getState().draftErrors).toEqual([]);
  });
});

describe('undo and redo', () => {
  it('undo restores the scenario before the edit, and redo reapplies it', () => {
    const store = fresh();
    const before = store.getState().scenario;
    editScenario(store, { type: 'addNode' });
    const after = store.getState().scenario;
    store.getState().undo();
    expect(store.getState().scenario).toBe(before);
    store.getState().redo();
    expect(store.getState().scenario).toBe(after);
  });

  it('a new edit after an undo forgets the redo branch', () => {
    const store = fresh();
    editScenario(store, { type: 'addNode' });
    store.getState().undo();
    editScenario(store, { type: 'setCni', cni: 'vxlan' });
    expect(store.getState().future).toEqual([]);
  });

  it('undo brings back the flows a rename rewrote', () => {
    const store = fresh();
    const first = store.getState().scenario.packets[0] as PacketRequest;
    store.getState().setFlows([first]);
    editScenario(store, { type: 'renamePod', pod: podIndex(store, 'api'), name: 'backend' });
    store.getState().undo();
    expect(store.getState().flows).toEqual([first]);
  });

  it('undo and redo do nothing with an empty history', () => {
    const store = fresh();
    const before = store.getState().scenario;
    store.getState().undo();
    store.getState().redo();
    expect(store.getState().scenario).toBe(before);
  });

  it(`remembers at most ${HISTORY_LIMIT} steps`, () => {
    const store = fresh();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) {
      editScenario(store, { type: 'setTitle', title: `Title ${i}` });
    }
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
  });

  it('loading a scenario is undoable and shows its first packet, paused', () => {
    const store = fresh();
    const other = { ...defaultScenario, title: 'Other' };
    store.getState().loadScenario(other);
    expect(store.getState().flows).toEqual(other.packets.slice(0, 1));
    expect(store.getState().playing).toBe(false);
    store.getState().undo();
    expect(store.getState().scenario).toBe(defaultScenario);
  });
});

describe('adopting custom packets for a share link', () => {
  it('a packet already prepared is found by its index', () => {
    const store = fresh();
    const first = store.getState().scenario.packets[0] as PacketRequest;
    expect(store.getState().adoptPackets([first], parseScenario)).toEqual([0]);
  });

  it('a custom packet is appended to the scenario so a link can carry it', () => {
    const store = fresh();
    const custom: PacketRequest = {
      from: { kind: 'container', pod: 'default/web' as PodId, container: 'nginx' },
      to: { kind: 'pod', pod: 'default/cache' as PodId },
      protocol: 'TCP',
      port: 6379,
    };
    expect(store.getState().adoptPackets([custom], parseScenario)).toEqual([1]);
    expect(store.getState().scenario.packets[1]).toEqual(custom);
    expect(store.getState().scenario.cluster).toBe(defaultScenario.cluster);
  });
});
