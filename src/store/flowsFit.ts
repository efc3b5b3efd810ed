/** Which shown packets still make sense in a cluster: every pod, container and node they name must exist. */
import type { ClusterSpec, Endpoint, PacketRequest, Target } from '../sim';

/** The names a cluster defines, for constant-time lookups. */
interface ClusterNames {
  /** "ns/pod" of every pod. */
  readonly pods: ReadonlySet<string>;
  /** "ns/pod/container" of every container. */
  readonly containers: ReadonlySet<string>;
  /** Every node name. */
  readonly nodes: ReadonlySet<string>;
}

/** Collects the names of a cluster once. */
function namesOf(cluster: ClusterSpec): ClusterNames {
  const pods = new Set<string>();
  const containers = new Set<string>();
  for (const p of cluster.pods) {
    const id = `${p.namespace}/${p.name}`;
    pods.add(id);
    for (const c of p.containers) containers.add(`${id}/${c.name}`);
  }
  return { pods, containers, nodes: new Set(cluster.nodes.map((n) => n.name)) };
}

/** Whether a source exists in the cluster. */
function endpointFits(n: ClusterNames, e: Endpoint): boolean {
  if (e.kind === 'external') return true;
  return e.kind === 'container' ? n.containers.has(`${e.pod}/${e.container}`) : n.nodes.has(e.node);
}

/** Whether a target exists in the cluster (typed addresses and localhost always do). */
function targetFits(n: ClusterNames, t: Target): boolean {
  switch (t.kind) {
    case 'pod':
      return n.pods.has(t.pod);
    case 'container':
      return n.containers.has(`${t.pod}/${t.container}`);
    case 'node':
    case 'nodeport':
      return n.nodes.has(t.node);
    default:
      return true;
  }
}

/** The packets whose source and target exist in the cluster (the same array when all of them do). */
export function flowsFitting(
  cluster: ClusterSpec,
  flows: readonly PacketRequest[],
): readonly PacketRequest[] {
  if (flows.length === 0) return flows;
  const names = namesOf(cluster);
  const kept = flows.filter((f) => endpointFits(names, f.from) && targetFits(names, f.to));
  return kept.length === flows.length ? flows : kept;
}

/** A canonical text of a packet, so equal packets compare as equal strings whatever their key order. */
export function packetKey(req: PacketRequest): string {
  const e = req.from;
  const from =
    e.kind === 'container'
      ? `c:${e.pod}/${e.container}`
      : e.kind === 'external'
        ? 'x:'
        : `n:${e.node}/${e.agent}`;
  const t = req.to;
  const to =
    t.kind === 'pod'
      ? `p:${t.pod}`
      : t.kind === 'container'
        ? `c:${t.pod}/${t.container}`
        : t.kind === 'node'
          ? `n:${t.node}`
          : t.kind === 'ip'
            ? `i:${t.ip}`
            : t.kind === 'service'
              ? `s:${t.service}`
              : t.kind === 'nodeport'
                ? `np:${t.node}/${t.service}`
                : t.kind === 'name'
                  ? `d:${t.name}`
                  : t.kind === 'internet'
                    ? 'w:'
                    : 'l:';
  return `${from}>${to}|${req.protocol}|${req.port ?? ''}|${JSON.stringify(rest(req))}`;
}

/** The fields of a request other than from, to, protocol and port (future options), sorted. */
function rest(req: PacketRequest): [string, unknown][] {
  return Object.entries(req)
    .filter(
      ([k, v]) => v !== undefined && k !== 'from' && k !== 'to' && k !== 'protocol' && k !== 'port',
    )
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
