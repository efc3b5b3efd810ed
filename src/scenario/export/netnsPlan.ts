/** Plans the `ip` commands that build the simulation's Network in real network namespaces (pure). */
import type { Device, Network, Route } from '../../sim/model/networkTypes';
import type { DeviceId, NetnsId } from '../../sim/model/types';
import { formatCidr, maskOf, parseIpv4 } from '../../sim/model/ipv4';
import { hairpinCommands, sysctlCommands, type CaseSysctls } from './kernelSettings';

/** Everything needed to build, use and tear down one cluster in namespaces. */
export interface NetnsPlan {
  /** Kernel namespace names, in creation order (the node-network switch first). */
  readonly namespaces: readonly string[];
  /** The kernel namespace name of each simulated namespace. */
  readonly nsName: ReadonlyMap<NetnsId, string>;
  /** Commands to run in order (argv lists). */
  readonly commands: readonly (readonly string[])[];
  /** Devices whose MAC is left to the kernel (a bridge with ports adopts the lowest port MAC). */
  readonly kernelChosenMac: readonly DeviceId[];
}

/** The node network's segment name (src/sim/model/outside.ts NODE_SEGMENT); NICs without one sit there. */
export const NODE_NETWORK_SEGMENT = 'node-network';

/** Longest interface name Linux accepts (IFNAMSIZ 16 including the NUL). */
export const IFNAMSIZ = 15;

/** Plans the namespaces for a Network; names start with prefix (e.g. "pnl-c1234-"). */
export function planNetns(
  network: Network,
  prefix: string,
  settings: CaseSysctls = { bridgeNfCallIptables: true, hairpin: true },
): NetnsPlan {
  const nsName = new Map<NetnsId, string>();
  const lan = `${prefix}lan`;
  network.nodes.forEach((n, i) => nsName.set(n.netns, `${prefix}n${i}`));
  let p = 0;
  for (const ns of network.netns.values())
    if (!nsName.has(ns.id)) nsName.set(ns.id, `${prefix}p${p++}`);
  const nameOf = (id: NetnsId): string => {
    const n = nsName.get(id);
    if (n === undefined) throw new Error(`no namespace ${id}`);
    return n;
  };
  const dev = (id: DeviceId): Device => {
    const d = network.devices.get(id);
    if (!d) throw new Error(`no device ${id}`);
    if (d.name.length > IFNAMSIZ) throw new Error(`interface name too long for Linux: ${d.name}`);
    return d;
  };
  const cmds: string[][] = [];
  const kernelChosenMac: DeviceId[] = [];
  const namespaces = [lan, ...new Set(nsName.values())];
  for (const ns of namespaces) {
    cmds.push(['ip', 'netns', 'add', ns]);
    cmds.push(
      sysctl(ns, 'net.ipv6.conf.all.disable_ipv6=1', 'net.ipv6.conf.default.disable_ipv6=1'),
    );
    cmds.push(['ip', '-n', ns, 'link', 'set', 'lo', 'up']);
  }
  const all = [...network.devices.values()];
  // one switch per Ethernet segment, in the switch namespace: br0 for the node network, br1… for
  // the others (the internet behind the gateway)
  const switches = new Map<string, string>([[NODE_NETWORK_SEGMENT, 'br0']]);
  for (const d of all)
    if (d.kind === 'nic' && !switches.has(segmentOf(d)))
      switches.set(segmentOf(d), `br${switches.size}`);
  for (const br of switches.values()) {
    cmds.push(['ip', '-n', lan, 'link', 'add', br, 'type', 'bridge']);
    cmds.push(['ip', '-n', lan, 'link', 'set', br, 'up']);
  }

  const configure = (d: Device, setMac = true): void => {
    const ns = nameOf(d.netns);
    if (setMac) cmds.push(['ip', '-n', ns, 'link', 'set', d.name, 'address', d.mac]);
    cmds.push(['ip', '-n', ns, 'link', 'set', d.name, 'mtu', String(d.mtu)]);
    if (d.ip !== undefined)
      cmds.push(['ip', '-n', ns, 'addr', 'add', `${d.ip}/${d.prefix ?? 32}`, 'dev', d.name]);
  };
  const up = (d: Device): string[] => ['ip', '-n', nameOf(d.netns), 'link', 'set', d.name, 'up'];
  let uplink = 0;
  for (const d of all.filter((x) => x.kind === 'nic')) {
    const sw = `u${uplink++}`;
    cmds.push([
      'ip',
      'link',
      'add',
      sw,
      'netns',
      lan,
      'type',
      'veth',
      'peer',
      'name',
      d.name,
      'netns',
      nameOf(d.netns),
    ]);
    cmds.push([
      'ip',
      '-n',
      lan,
      'link',
      'set',
      sw,
      'master',
      switches.get(segmentOf(d)) ?? 'br0',
      'up',
    ]);
    configure(dev(d.id));
    cmds.push(up(d));
    // the switch knows every NIC from the start, as the simulation's node network does: a switch
    // that has not heard from a NIC yet floods frames for it to every host on the segment
    cmds.push(['bridge', '-n', lan, 'fdb', 'replace', d.mac, 'dev', sw, 'master', 'static']);
  }
  for (const d of all.filter((x) => x.kind === 'bridge')) {
    cmds.push(['ip', '-n', nameOf(d.netns), 'link', 'add', d.name, 'type', 'bridge']);
    const hasPorts = all.some((x) => x.master === d.id);
    if (hasPorts) kernelChosenMac.push(d.id);
    configure(dev(d.id), !hasPorts);
    cmds.push(up(d));
  }
  for (const d of all.filter((x) => x.kind === 'vxlan')) {
    const v = d.vxlan;
    if (!v) throw new Error(`vxlan device without parameters: ${d.id}`);
    const args = [
      'id',
      String(v.vni),
      'local',
      v.local,
      'dev',
      dev(v.dev).name,
      'dstport',
      String(v.port),
    ];
    cmds.push([
      'ip',
      '-n',
      nameOf(d.netns),
      'link',
      'add',
      dev(d.id).name,
      'type',
      'vxlan',
      ...args,
      'nolearning',
    ]);
    configure(d);
    cmds.push(up(d));
  }
  for (const d of all.filter((x) => x.kind === 'veth-pod')) {
    const peer = d.peer === undefined ? undefined : dev(d.peer);
    if (!peer) throw new Error(`veth without a peer: ${d.id}`);
    cmds.push([
      'ip',
      'link',
      'add',
      dev(d.id).name,
      'netns',
      nameOf(d.netns),
      'type',
      'veth',
      'peer',
      'name',
      peer.name,
      'netns',
      nameOf(peer.netns),
    ]);
    configure(d);
    configure(peer);
    if (peer.master !== undefined)
      cmds.push([
        'ip',
        '-n',
        nameOf(peer.netns),
        'link',
        'set',
        peer.name,
        'master',
        dev(peer.master).name,
      ]);
    cmds.push(up(peer));
    cmds.push(up(d));
  }
  for (const ns of network.netns.values()) {
    const name = nameOf(ns.id);
    // explicitly both ways: a new namespace's default can follow the host's (devconf_inherit_init_net)
    cmds.push(sysctl(name, `net.ipv4.ip_forward=${ns.ipForward ? 1 : 0}`));
    const bridge = ns.devices.some((id) => network.devices.get(id)?.kind === 'bridge');
    cmds.push(...sysctlCommands(name, bridge, settings));
    for (const r of ns.routes) {
      const c = routeCommand(name, r, network);
      if (c) cmds.push(c);
    }
    for (const n of ns.neighbours)
      cmds.push([
        'ip',
        '-n',
        name,
        'neigh',
        'replace',
        n.ip,
        'lladdr',
        n.mac,
        'dev',
        dev(n.dev).name,
        'nud',
        'permanent',
      ]);
    for (const f of ns.fdb)
      if (f.dst !== undefined)
        cmds.push([
          'bridge',
          '-n',
          name,
          'fdb',
          'append',
          f.mac,
          'dev',
          dev(f.dev).name,
          'dst',
          f.dst,
        ]);
  }
  cmds.push(...hairpinCommands(network, nsName, settings.hairpin));
  return { namespaces, nsName, commands: cmds, kernelChosenMac };
}

/** The segment a NIC sits on: the node network unless it says otherwise. */
function segmentOf(d: Device): string {
  // read loosely: the field comes with the Services model (outside hosts), not in every version
  return (d as { readonly segment?: string }).segment ?? NODE_NETWORK_SEGMENT;
}

function sysctl(ns: string, ...settings: string[]): string[] {
  return ['ip', 'netns', 'exec', ns, 'sysctl', '-qw', ...settings];
}

/** Whether the kernel adds this route by itself when the device's address is configured. */
export function isConnectedRoute(r: Route, network: Network): boolean {
  if (r.scope === 'host') return true;
  const d = network.devices.get(r.dev);
  if (r.via !== undefined || !d?.ip || d.prefix === undefined) return false;
  const base = parseIpv4(d.ip);
  if (base === null) return false;
  return formatCidr({ base: (base & maskOf(d.prefix)) >>> 0, prefix: d.prefix }) === r.dst;
}

/** The `ip route replace` for a route the kernel does not create by itself; null for connected routes. */
export function routeCommand(ns: string, r: Route, network: Network): string[] | null {
  if (isConnectedRoute(r, network)) return null;
  const d = network.devices.get(r.dev);
  if (!d) throw new Error(`route through unknown device ${r.dev}`);
  const dst = r.dst === '0.0.0.0/0' ? 'default' : r.dst;
  const argv = ['ip', '-n', ns, 'route', 'replace', dst];
  if (r.via !== undefined) argv.push('via', r.via);
  argv.push('dev', d.name);
  if (r.onlink) argv.push('onlink');
  if (r.src !== undefined) argv.push('src', r.src);
  if (r.via === undefined && r.scope === 'link') argv.push('scope', 'link');
  return argv;
}
