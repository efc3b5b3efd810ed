/**
 * The kernel switches a case sets (pure): reverse-path filtering and bridge netfilter per
 * namespace, hairpin mode per bridge port, as argv lists for the namespace plan.
 */
import type { Network } from '../../sim/model/networkTypes';
import type { ClusterSpec, NetnsId } from '../../sim/model/types';

/** The switches a case sets, from the scenario (defaults as Kubernetes and flannel set them). */
export interface CaseSysctls {
  /** net.bridge.bridge-nf-call-iptables where a bridge lives (a per-namespace setting since Linux 5.3). */
  readonly bridgeNfCallIptables: boolean;
  /** Hairpin mode on every pod's bridge port. */
  readonly hairpin: boolean;
}

/** The scenario's switches, defaulting to on (Kubernetes requires bridge netfilter; flannel sets hairpin). */
export function caseSysctls(cluster: ClusterSpec): CaseSysctls {
  return {
    bridgeNfCallIptables: cluster.netfilter?.bridgeNfCallIptables ?? true,
    hairpin: cluster.netfilter?.hairpinMode ?? true,
  };
}

/**
 * The commands that set, in one namespace, every IPv4 switch a case depends on besides ip_forward
 * (which the plan sets from the Network): reverse-path filtering off, as the simulation has no
 * such check (a new namespace copies the host's value, so it is set rather than trusted), and,
 * where a bridge lives, bridge-nf-call-iptables.
 */
export function sysctlCommands(ns: string, bridge: boolean, s: CaseSysctls): string[][] {
  const settings = ['net.ipv4.conf.all.rp_filter=0', 'net.ipv4.conf.default.rp_filter=0'];
  if (bridge) settings.push(`net.bridge.bridge-nf-call-iptables=${s.bridgeNfCallIptables ? 1 : 0}`);
  return [['ip', 'netns', 'exec', ns, 'sysctl', '-qw', ...settings]];
}

/** `bridge link set dev X hairpin on|off` for every bridge port of the Network. */
export function hairpinCommands(
  network: Network,
  nsName: ReadonlyMap<NetnsId, string>,
  on: boolean,
): string[][] {
  return [...network.devices.values()].flatMap((d) => {
    const ns = nsName.get(d.netns);
    if (d.master === undefined || ns === undefined) return [];
    return [['bridge', '-n', ns, 'link', 'set', 'dev', d.name, 'hairpin', on ? 'on' : 'off']];
  });
}
