import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultScenario } from '../../../../src/scenario/defaultScenario';
import { presetById } from '../../../../src/scenario/presets';
import {
  buildNetwork,
  createAllPods,
  createPod,
  deletePod,
  emptyCniState,
  hostVethName,
  type ClusterSpec,
  type PodSpec,
} from '../../../../src/sim';

const cluster = defaultScenario.cluster;
const [web, cache, api] = cluster.pods as [PodSpec, PodSpec, PodSpec];
const kinds = (o: { trace: readonly { kind: string }[] }): string[] => o.trace.map((s) => s.kind);

describe('createPod: a pod comes to life through CNI ADD', () => {
  const first = createPod(cluster, emptyCniState(cluster), web);

  it('runs the runtime, flannel, the bridge plugin and host-local in order, creating cni0 for the first pod', () => {
    expect(kinds(first)).toEqual([
      'create-sandbox',
      'create-netns',
      'exec-plugin',
      'read-subnet-env',
      'delegate',
      'create-bridge',
      'create-veth',
      'attach-bridge',
      'ipam-allocate',
      'set-address',
      'add-route',
      'add-route',
      'bridge-gateway',
      'result',
    ]);
    expect(first.trace.map((s) => s.actor).slice(0, 6)).toEqual([
      'runtime',
      'runtime',
      'runtime',
      'flannel',
      'flannel',
      'bridge',
    ]);
  });

  it('passes the plugin CNI_COMMAND=ADD, a container id derived from the pod, the netns path and eth0', () => {
    expect(first.trace[2]?.env).toEqual({
      CNI_COMMAND: 'ADD',
      CNI_CONTAINERID: expect.stringMatching(/^[0-9a-f]{64}$/),
      CNI_NETNS: expect.stringMatching(/^\/var\/run\/netns\/cni-[0-9a-f]{8}-/),
      CNI_IFNAME: 'eth0',
      CNI_PATH: '/usr/lib/cni',
    });
  });

  it("shows flannel's subnet.env and the delegated bridge + host-local configuration it writes", () => {
    expect(first.trace[3]?.text).toBe(
      'FLANNEL_NETWORK=10.244.0.0/16\nFLANNEL_SUBNET=10.244.1.1/24\nFLANNEL_MTU=1500\nFLANNEL_IPMASQ=true\n',
    );
    expect(JSON.parse(first.trace[4]?.text ?? '')).toEqual({
      cniVersion: '1.0.0',
      hairpinMode: true,
      ipMasq: false,
      ipam: {
        type: 'host-local',
        ranges: [[{ subnet: '10.244.1.0/24' }]],
        routes: [{ dst: '10.244.0.0/16' }],
      },
      isDefaultGateway: true,
      isGateway: true,
      mtu: 1500,
      name: 'cbr0',
      type: 'bridge',
    });
  });

  it('returns the CNI 1.0 result: cni0, the host veth, eth0 in the sandbox; .2/24 via .1; the cluster and default routes', () => {
    expect(first.result).toEqual({
      cniVersion: '1.0.0',
      interfaces: [
        { name: 'cni0', mac: '86:fe:1b:7a:5a:f3' },
        { name: 'veth87fe1b7a', mac: '86:fe:1b:7a:5a:f3' },
        { name: 'eth0', mac: '0a:58:0a:f4:01:02', sandbox: first.trace[1]?.text },
      ],
      ips: [{ address: '10.244.1.2/24', gateway: '10.244.1.1', interface: 2 }],
      routes: [{ dst: '10.244.0.0/16' }, { dst: '0.0.0.0/0', gw: '10.244.1.1' }],
      dns: {},
    });
    expect(first.error).toBeUndefined();
  });

  it('records the lease by container id and marks the bridge as created', () => {
    const node1 = first.state.node1;
    expect(node1?.bridge).toBe(true);
    expect(node1?.ports).toEqual(['default/web']);
    expect(node1?.leases).toEqual([
      {
        ip: '10.244.1.2',
        containerId: first.trace[2]?.env?.CNI_CONTAINERID,
        ifName: 'eth0',
        pod: 'default/web',
      },
    ]);
    expect(first.state.node2).toEqual({ bridge: false, ports: [], leases: [] });
  });

  it('for a second pod on the node, reuses cni0 (no create-bridge, no gateway step) and hands out .3', () => {
    const second = createPod(cluster, first.state, cache);
    expect(kinds(second)).not.toContain('create-bridge');
    expect(kinds(second)).not.toContain('bridge-gateway');
    expect(second.result?.ips[0]?.address).toBe('10.244.1.3/24');
  });

  it('is deterministic: the same inputs give the same trace', () => {
    expect(createPod(cluster, emptyCniState(cluster), web)).toEqual(first);
  });
});

describe('deletePod: CNI DEL', () => {
  const created = createPod(cluster, emptyCniState(cluster), web);

  it('loads the saved configuration, deletes the veth, releases the address and removes the sandbox', () => {
    const del = deletePod(cluster, created.state, web);
    expect(kinds(del)).toEqual([
      'exec-plugin',
      'load-saved-config',
      'delete-veth',
      'ipam-release',
      'remove-sandbox',
    ]);
    expect(del.trace[0]?.env?.CNI_COMMAND).toBe('DEL');
    expect(del.trace[3]?.ip).toBe('10.244.1.2');
    expect(del.state.node1).toEqual({
      bridge: true,
      ports: [],
      leases: [],
      lastReserved: '10.244.1.2',
    });
  });

  it('after a deletion the next pod gets the next address, not the freed one (host-local round robin)', () => {
    const two = createPod(cluster, created.state, cache);
    const del = deletePod(cluster, two.state, web);
    const again = createPod(cluster, del.state, web);
    expect(again.result?.ips[0]?.address).toBe('10.244.1.4/24');
    expect(kinds(again)).not.toContain('create-bridge');
  });

  it('succeeds doing nothing for a pod that was never created (DEL is idempotent)', () => {
    const del = deletePod(cluster, emptyCniState(cluster), web);
    expect(kinds(del)).toEqual(['exec-plugin']);
    expect(del.state).toEqual(emptyCniState(cluster));
    expect(del.error).toBeUndefined();
  });
});

describe('createPod with a full pod CIDR and other hostile inputs', () => {
  const small: ClusterSpec = {
    ...cluster,
    nodes: [{ name: 'node1', podCidr: '10.244.1.0/29' }],
    pods: [],
  };
  const podN = (i: number): PodSpec => ({ ...web, name: `p${i}` });

  it("answers host-local's error once .2–.6 are taken, leaving the veth on cni0 as the real plugin does", () => {
    let state = emptyCniState(small);
    for (let i = 0; i < 5; i++) state = createPod(small, state, podN(i)).state;
    const full = createPod(small, state, podN(5));
    expect(full.error).toEqual({
      code: 999,
      msg: 'failed to allocate for range 0: no IP addresses available in range set: 10.244.1.1-10.244.1.6',
    });
    expect(full.result).toBeUndefined();
    expect(kinds(full).slice(-3)).toEqual(['attach-bridge', 'ipam-allocate', 'result']);
    expect(full.state.node1?.leases).toHaveLength(5);
    expect(full.state.node1?.ports).toContain('default/p5');
    const cleaned = deletePod(small, full.state, podN(5));
    expect(kinds(cleaned)).toContain('delete-veth');
    expect(cleaned.state.node1?.ports).not.toContain('default/p5');
  });

  it('refuses a pod on an unknown node, a hostNetwork pod, and a pod created twice, leaving the state alone', () => {
    const state = emptyCniState(cluster);
    for (const spec of [
      { ...web, node: 'nowhere' },
      { ...web, hostNetwork: true },
      { ...web, node: '__proto__' },
    ]) {
      const o = createPod(cluster, state, spec);
      expect(o.error?.code).toBe(999);
      expect(o.state).toBe(state);
    }
    const once = createPod(cluster, state, web);
    const twice = createPod(cluster, once.state, web);
    expect(twice.error?.msg).toBe('pod default/web already has a sandbox on node1');
    expect(twice.state).toBe(once.state);
  });

  it("answers host-local's error for a pod CIDR too small to allocate from (/31), leaving the veth as the real plugin does", () => {
    const tiny: ClusterSpec = { ...small, nodes: [{ name: 'node1', podCidr: '10.244.1.0/31' }] };
    const o = createPod(tiny, emptyCniState(tiny), podN(0));
    expect(o.error).toEqual({
      code: 999,
      msg: 'invalid range set 0: Network 10.244.1.0/31 too small to allocate from',
    });
    expect(kinds(o).slice(5)).toEqual(['create-bridge', 'create-veth', 'attach-bridge', 'result']);
    expect(o.state.node1).toEqual({ bridge: true, ports: ['default/p0'], leases: [] });
  });

  it('refuses, without throwing, a cluster whose addresses cannot be derived', () => {
    const broken: ClusterSpec = { ...small, clusterCidr: 'not a cidr' };
    const o = createPod(broken, emptyCniState(broken), podN(0));
    expect(o.error?.msg).toBe('pod default/p0 is on unknown node node1');
  });

  it('names the devices and addresses each ADD step touches', () => {
    const o = createPod(small, emptyCniState(small), podN(0));
    expect(o.trace.slice(5, 8).map((s) => [s.mtu, s.hairpin])).toEqual([
      [1500, undefined],
      [1500, undefined],
      [undefined, true],
    ]);
    expect(
      o.trace.slice(5).map((s) => [s.kind, s.netns, s.device ?? '', s.ip ?? '', s.route ?? '']),
    ).toEqual([
      ['create-bridge', 'node:node1', 'node:node1#cni0', '', ''],
      ['create-veth', 'pod:default/p0', 'pod:default/p0#eth0', '', ''],
      ['attach-bridge', 'node:node1', 'node:node1#veth0981999c', '', ''],
      ['ipam-allocate', 'node:node1', '', '10.244.1.2', ''],
      ['set-address', 'pod:default/p0', 'pod:default/p0#eth0', '10.244.1.2', ''],
      ['add-route', 'pod:default/p0', 'pod:default/p0#eth0', '', { dst: '10.244.0.0/16' }],
      [
        'add-route',
        'pod:default/p0',
        'pod:default/p0#eth0',
        '',
        { dst: '0.0.0.0/0', gw: '10.244.1.1' },
      ],
      ['bridge-gateway', 'node:node1', 'node:node1#cni0', '10.244.1.1', ''],
      ['result', 'node:node1', '', '', ''],
    ]);
  });

  it('never throws and never hands out the same address twice, whatever the pod names and order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.boolean()), { maxLength: 12 }), (ops) => {
        let state = emptyCniState(small);
        for (const [name, add] of ops) {
          const spec = { ...web, name };
          state = (add ? createPod(small, state, spec) : deletePod(small, state, spec)).state;
          const ips = state.node1?.leases.map((l) => l.ip) ?? [];
          expect(new Set(ips).size).toBe(ips.length);
        }
      }),
    );
  });
});

describe('createPod agrees with the network the rest of the simulation derives', () => {
  const vxlan = presetById('two-nodes-vxlan')?.scenario.cluster;
  it.each([
    ['the default scenario (host-gw)', cluster, 1500],
    ['the two-nodes-vxlan preset', vxlan ?? cluster, 1450],
  ])('%s: same pod IPs, MACs, host veth names, gateway and MTU', (_, spec, mtu) => {
    expect(spec.cni).toBe(mtu === 1450 ? 'vxlan' : 'bridge-hostgw');
    const net = buildNetwork(spec);
    const { outcomes } = createAllPods(spec);
    const pods = spec.pods.filter((p) => !p.hostNetwork);
    expect(outcomes).toHaveLength(pods.length);
    pods.forEach((p, i) => {
      const r = outcomes[i]?.result;
      const podNet = net.pods.find((n) => n.id === `${p.namespace}/${p.name}`);
      const nodeNet = net.nodes.find((n) => n.name === p.node);
      const hostVeth = net.devices.get(`node:${p.node}#${r?.interfaces[1]?.name ?? ''}` as never);
      const eth0 = net.devices.get(`${podNet?.netns ?? ''}#eth0` as never);
      expect(r?.ips[0]?.address).toBe(`${podNet?.ip ?? ''}/24`);
      expect(r?.ips[0]?.gateway).toBe(nodeNet?.bridgeIp);
      expect(r?.interfaces[2]?.mac).toBe(podNet?.mac);
      expect(r?.interfaces[1]?.name).toBe(hostVethName(podNet?.id ?? ('' as never)));
      expect(r?.interfaces[1]?.mac).toBe(hostVeth?.mac);
      expect(eth0?.mtu).toBe(mtu);
      const derived = net.netns.get(podNet?.netns ?? ('' as never))?.routes;
      expect(derived?.filter((x) => x.via !== undefined).map((x) => [x.dst, x.via])).toEqual(
        r?.routes.map((x) => [x.dst, x.gw ?? r.ips[0]?.gateway]),
      );
      expect(JSON.parse(outcomes[i]?.trace[4]?.text ?? '{}').mtu).toBe(mtu);
    });
    // the bridge's MAC in the last result on a node is the derived cni0's (lowest port MAC)
    for (const n of net.nodes) {
      const last = [...outcomes].reverse().find((o) => o.trace.some((s) => s.netns === n.netns));
      expect(last?.result?.interfaces[0]?.mac).toBe(
        net.devices.get(`${n.netns}#cni0` as never)?.mac,
      );
    }
  });

  it("states the default scenario's addresses outright: web .1.2, cache .1.3, api .2.2", () => {
    const { outcomes } = createAllPods(cluster);
    expect(outcomes.map((o) => o.result?.ips[0]?.address)).toEqual([
      '10.244.1.2/24',
      '10.244.1.3/24',
      '10.244.2.2/24',
    ]);
    expect(outcomes.map((o) => o.result?.interfaces[1]?.name)).toEqual([
      'veth87fe1b7a',
      'veth01510736',
      'veth27f52b74',
    ]);
    void api;
  });
});
