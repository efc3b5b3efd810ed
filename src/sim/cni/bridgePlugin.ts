/** The CNI bridge plugin's ADD and DEL (containernetworking/plugins v1.1.1): cni0, the veth pair, IPAM, addresses, routes. */
import type { NodeAddresses } from '../model/addressing';
import { deviceIdOf } from '../model/ids';
import { formatIpv4 } from '../model/ipv4';
import { hashedMac, lowestMac, podMac } from '../model/macs';
import { hostVethName } from '../model/podNamespace';
import type { Cidr, NetnsId, PodId } from '../model/types';
import type { Mac } from '../model/types';
import type { DelegatedConfig } from './flannel';
import { allocate, hostLocalRange, release } from './hostLocal';
import type { CniError, CniResult, CniRoute, CniStep, ContainerId, NodeCniState } from './types';

/** Who the plugin works for: the pod, its sandbox and the two namespaces involved. */
export interface BridgeCall {
  /** The pod. */
  readonly pod: PodId;
  /** Its sandbox id (CNI_CONTAINERID). */
  readonly containerId: ContainerId;
  /** Its namespace path (CNI_NETNS), shown in the result's sandbox field. */
  readonly netnsPath: string;
  /** The pod's namespace in the model. */
  readonly podNetns: NetnsId;
  /** The node's root namespace, where cni0 and the host veth ends live. */
  readonly nodeNetns: NetnsId;
  /** The node's addresses, for cni0's MAC seed. */
  readonly node: NodeAddresses;
  /** The node's name. */
  readonly nodeName: string;
}

/** What ADD did: its steps, the node state after it, and the result or the error printed. */
export interface BridgeAdd {
  /** The plugin's steps, in order. */
  readonly steps: readonly CniStep[];
  /** The node's CNI state afterwards (on error the bridge and veth stay, as the real plugin leaves them). */
  readonly state: NodeCniState;
  /** The result JSON on success. */
  readonly result?: CniResult;
  /** The error JSON on failure. */
  readonly error?: CniError;
}

/** The host end's MAC: the same stable hash the derived network uses (the kernel picks a random one). */
export function hostVethMac(pod: PodId): Mac {
  return hashedMac(`veth:${pod}`);
}

/** Runs the bridge plugin's ADD with a delegated configuration against a node's state. */
export function bridgeAdd(conf: DelegatedConfig, call: BridgeCall, state: NodeCniState): BridgeAdd {
  const { podNetns: pns, nodeNetns: nns } = call;
  const cni0 = deviceIdOf(nns, 'cni0');
  const eth0 = deviceIdOf(pns, 'eth0');
  const hostName = hostVethName(call.pod);
  const hostVeth = deviceIdOf(nns, hostName);
  const steps: CniStep[] = [];
  if (!state.bridge)
    steps.push({ kind: 'create-bridge', actor: 'bridge', netns: nns, device: cni0, mtu: conf.mtu });
  steps.push(
    { kind: 'create-veth', actor: 'bridge', netns: pns, device: eth0, mtu: conf.mtu },
    {
      kind: 'attach-bridge',
      actor: 'bridge',
      netns: nns,
      device: hostVeth,
      hairpin: conf.hairpinMode,
    },
  );
  const subnet = conf.ipam.ranges[0]?.[0]?.subnet ?? '';
  const range = hostLocalRange(subnet);
  const ports = state.ports.includes(call.pod) ? state.ports : [...state.ports, call.pod];
  const withBridge: NodeCniState = { ...state, bridge: true, ports };
  const fail = (msg: string): BridgeAdd => {
    const error = { code: 999, msg };
    steps.push({ kind: 'result', actor: 'bridge', netns: nns, text: JSON.stringify(error) });
    return { steps, state: withBridge, error };
  };
  // host-local refuses a range with no host address left once the network and broadcast are out (/31, /32)
  if (!range) return fail(`invalid range set 0: Network ${subnet} too small to allocate from`);
  const got = allocate(withBridge, range, call.containerId, call.pod);
  if (!got.ok) {
    steps.push({ kind: 'ipam-allocate', actor: 'host-local', netns: nns, leases: state.leases });
    return fail(got.error.msg);
  }
  const ip = got.lease.ip;
  const gateway = formatIpv4(range.gateway);
  const prefix = subnet.split('/')[1] ?? '';
  steps.push({
    kind: 'ipam-allocate',
    actor: 'host-local',
    netns: nns,
    ip,
    leases: got.state.leases,
  });
  steps.push({ kind: 'set-address', actor: 'bridge', netns: pns, device: eth0, ip });
  const routes: CniRoute[] = [
    ...conf.ipam.routes.map((r) => ({ dst: r.dst as Cidr })),
    ...(conf.isDefaultGateway ? [{ dst: '0.0.0.0/0' as Cidr, gw: gateway }] : []),
  ];
  for (const r of routes)
    steps.push({ kind: 'add-route', actor: 'bridge', netns: pns, device: eth0, route: r });
  if (conf.isGateway && !state.bridge)
    steps.push({ kind: 'bridge-gateway', actor: 'bridge', netns: nns, device: cni0, ip: gateway });
  const hostMac = hostVethMac(call.pod);
  const bridgeMac = lowestMac(ports.map(hostVethMac)) ?? hashedMac(`cni0:${call.nodeName}`);
  const result: CniResult = {
    cniVersion: '1.0.0',
    interfaces: [
      { name: 'cni0', mac: bridgeMac },
      { name: hostName, mac: hostMac },
      { name: 'eth0', mac: podMac(ip), sandbox: call.netnsPath },
    ],
    ips: [{ interface: 2, address: `${ip}/${prefix}` as Cidr, gateway }],
    routes,
    dns: {},
  };
  steps.push({ kind: 'result', actor: 'bridge', netns: nns, text: JSON.stringify(result) });
  return { steps, state: got.state, result };
}

/** Runs the bridge plugin's DEL: eth0 goes (and its peer with it), then host-local releases the address. */
export function bridgeDel(
  call: BridgeCall,
  state: NodeCniState,
): { readonly steps: readonly CniStep[]; readonly state: NodeCniState } {
  const steps: CniStep[] = [];
  const held = state.leases.find((l) => l.containerId === call.containerId);
  if (state.ports.includes(call.pod))
    steps.push({
      kind: 'delete-veth',
      actor: 'bridge',
      netns: call.podNetns,
      device: deviceIdOf(call.podNetns, 'eth0'),
    });
  const next = {
    ...release(state, call.containerId),
    ports: state.ports.filter((p) => p !== call.pod),
  };
  steps.push({
    kind: 'ipam-release',
    actor: 'host-local',
    netns: call.nodeNetns,
    ...(held ? { ip: held.ip } : {}),
    leases: next.leases,
  });
  return { steps, state: next };
}
