/** "Who can reach whom": the NetworkPolicy verdict for every pod against every listening port of every pod. */
import { indexNetwork } from '../model/topology';
import { podIdOf } from '../model/ids';
import { decidePolicy } from './policy';
import type { ListenProtocol, PodId, PodSpec } from '../model/types';
import type { ClusterSpec } from '../model/types';
import type { PolicyDecision } from '../trace/traceTypes';

/** One destination of the matrix: a port a container of a pod listens on. */
export interface ReachColumn {
  /** The destination pod. */
  readonly pod: PodId;
  /** The port. */
  readonly port: number;
  /** TCP or UDP. */
  readonly protocol: ListenProtocol;
  /** The container listening. */
  readonly container: string;
  /** The containerPort's name, when it has one (what a policy's named port refers to). */
  readonly name?: string;
}

/** One cell: may a connection from the row's pod to the column's port open? */
export interface ReachCell {
  /** Both sides allow it: the source's egress and the destination's ingress. */
  readonly allowed: boolean;
  /** The source pod's egress decision. */
  readonly egress: PolicyDecision;
  /** The destination pod's ingress decision. */
  readonly ingress: PolicyDecision;
  /**
   * What decided it: the rules that allowed it ("ns/name#ingress[0]"), or the policies of the side
   * that denied it (egress first, as the packet meets it first); empty when no policy isolates either pod.
   */
  readonly decidedBy: readonly string[];
  /**
   * False when a deny is never enforced: both pods on one node with bridge-nf-call-iptables off, so
   * the bridged frame never reaches iptables and the connection opens anyway.
   */
  readonly enforced: boolean;
}

/** The matrix: rows are source pods, columns their listening ports, cells[row][column]. */
export interface ReachabilityMatrix {
  /** Source pods on the pod network (hostNetwork pods send as their node and are not rows). */
  readonly rows: readonly PodId[];
  /** Every listening port of every pod on the pod network, pod by pod in scenario order. */
  readonly columns: readonly ReachColumn[];
  /** One cell per row and column. */
  readonly cells: readonly (readonly ReachCell[])[];
}

/** The cell for one source pod and one destination port. */
function cellOf(
  cluster: ClusterSpec,
  src: PodSpec,
  srcIp: string,
  dst: PodSpec,
  dstIp: string,
  col: ReachColumn,
): ReachCell {
  const flow = { protocol: col.protocol, port: col.port };
  const egress = decidePolicy(cluster, 'egress', src, { ip: dstIp, pod: dst }, flow);
  const ingress = decidePolicy(cluster, 'ingress', dst, { ip: srcIp, pod: src }, flow);
  const allowed = egress.allowed && ingress.allowed;
  const denier = !egress.allowed ? egress : !ingress.allowed ? ingress : undefined;
  const decidedBy = denier
    ? denier.policies
    : [egress.allowedBy, ingress.allowedBy].filter((x): x is string => x !== undefined);
  const bridgeNf = cluster.netfilter?.bridgeNfCallIptables ?? true;
  const enforced = allowed || bridgeNf || src.node !== dst.node;
  return { allowed, egress, ingress, decidedBy, enforced };
}

/** Who can reach whom under the scenario's NetworkPolicies, over its pods and their listening ports. */
export function reachability(cluster: ClusterSpec): ReachabilityMatrix {
  const idx = indexNetwork(cluster);
  const pods = cluster.pods
    .filter((p) => !p.hostNetwork)
    .map((spec) => ({ spec, id: podIdOf(spec), net: idx.pods.get(podIdOf(spec))?.net }))
    .filter((p) => p.net !== undefined);
  const columns: { col: ReachColumn; dst: PodSpec; ip: string }[] = [];
  for (const p of pods) {
    const listening = idx.sockets.get(p.net?.netns as never);
    for (const s of listening?.values() ?? []) {
      const name = p.spec.containers
        .find((c) => c.name === s.container)
        ?.ports.find((x) => x.port === s.port && x.protocol === s.protocol)?.name;
      const col = { pod: p.id, port: s.port, protocol: s.protocol, container: s.container };
      columns.push({
        col: name !== undefined ? { ...col, name } : col,
        dst: p.spec,
        ip: p.net?.ip ?? '',
      });
    }
  }
  return {
    rows: pods.map((p) => p.id),
    columns: columns.map((c) => c.col),
    cells: pods.map((src) =>
      columns.map((c) => cellOf(cluster, src.spec, src.net?.ip ?? '', c.dst, c.ip, c.col)),
    ),
  };
}
