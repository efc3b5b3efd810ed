/**
 * What the conformance suite takes from the simulation's Services model, loaded at run time so the
 * harness builds before that model lands: each node's nat and filter rules (printed here as
 * `iptables-restore` input from the rules' own `iptables-save` lines) and each Service port's
 * ClusterIP, nodePort and endpoints.
 */
import { withFilterRules } from '../../src/scenario/export/nodeRules';
import type { ClusterSpec } from '../../src/sim/model/types';

/** One Service port as kube-proxy sees it (the fields the harness uses). */
export interface ServicePortFacts {
  /** "namespace/name". */
  readonly service: string;
  /** The Service's namespace and name. */
  readonly namespace: string;
  readonly name: string;
  /** The port number on the ClusterIP. */
  readonly port: number;
  /** tcp or udp. */
  readonly protocol: 'tcp' | 'udp';
  /** The ClusterIP; absent for a headless Service. */
  readonly clusterIp?: string;
  /** The endpoints' pod IPs, in kube-proxy's order. */
  readonly endpoints: readonly string[];
}

/** The Services model of one cluster. */
export interface SimServices {
  /** Per node name: the nat and filter tables as `iptables-restore` input. */
  readonly rules: ReadonlyMap<string, string>;
  /** Every Service port. */
  readonly ports: readonly ServicePortFacts[];
}

interface RuleLike {
  readonly chain: string;
  readonly text: string;
}
type ChainMapLike = ReadonlyMap<string, readonly RuleLike[]>;

const BUILTIN: Readonly<Record<string, readonly string[]>> = {
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
};

/** One table as `iptables-restore` input: built-in chains ACCEPT, the others declared "-", then every rule. */
export function tableText(table: 'nat' | 'filter', chains: ChainMapLike, extra = ''): string {
  const builtin = BUILTIN[table] ?? [];
  const user = [...chains.keys()].filter((c) => !builtin.includes(c)).sort();
  const rules = [...builtin, ...user].flatMap((c) => (chains.get(c) ?? []).map((r) => r.text));
  return [
    `*${table}`,
    ...builtin.map((c) => `:${c} ACCEPT [0:0]`),
    ...user.map((c) => `:${c} - [0:0]`),
    ...rules.map((t) => (t.startsWith('-A ') ? t : `-A ${t}`)),
    ...(extra === '' ? [] : [extra]),
    'COMMIT',
  ].join('\n');
}

/** Loads the Services model for a cluster, or says what the simulation does not provide yet. */
export async function loadSimServices(
  cluster: ClusterSpec,
  extraFilter: ReadonlyMap<string, readonly RuleLike[]> = new Map(),
): Promise<SimServices | string> {
  const paths = {
    topology: '../../src/sim/model/topology',
    tables: '../../src/sim/netfilter/nodeTables',
    slices: '../../src/sim/netfilter/endpointSlices',
  };
  let topology: Record<string, unknown>;
  let tables: Record<string, unknown>;
  let slices: Record<string, unknown>;
  try {
    [topology, tables, slices] = await Promise.all([
      import(paths.topology) as Promise<Record<string, unknown>>,
      import(paths.tables) as Promise<Record<string, unknown>>,
      import(paths.slices) as Promise<Record<string, unknown>>,
    ]);
  } catch (e) {
    return `the simulation has no Services model yet (${e instanceof Error ? e.message : String(e)})`;
  }
  const { indexNetwork } = topology;
  const { nodeTables } = tables;
  const { servicePorts } = slices;
  if (typeof indexNetwork !== 'function' || typeof nodeTables !== 'function')
    return 'src/sim/netfilter/nodeTables.ts does not export nodeTables yet';
  if (typeof servicePorts !== 'function')
    return 'src/sim/netfilter/endpointSlices.ts does not export servicePorts yet';
  const idx: unknown = indexNetwork(cluster);
  const { iptablesRestore } = (await import('../../src/sim/index')) as Record<string, unknown>;
  const rules = new Map<string, string>();
  for (const node of cluster.nodes) {
    if (typeof iptablesRestore === 'function') {
      // the simulation's own iptables-restore input, with the policy chains added to its filter table
      const text = iptablesRestore(cluster, node.name) as string;
      rules.set(node.name, withFilterRules(text, extraFilter.get(node.name) ?? []));
      continue;
    }
    const t = nodeTables(idx, node.name) as { nat: ChainMapLike; filter: ChainMapLike } | undefined;
    if (!t) return `no tables for ${node.name}`;
    const filter = new Map<string, readonly RuleLike[]>(t.filter);
    for (const r of extraFilter.get(node.name) ?? [])
      filter.set(r.chain, [...(filter.get(r.chain) ?? []), r]);
    rules.set(node.name, `${tableText('nat', t.nat)}\n${tableText('filter', filter)}\n`);
  }
  const raw = servicePorts(idx) as readonly {
    service: { namespace: string; name: string };
    port: { port: number };
    protocol: 'tcp' | 'udp';
    clusterIp?: string;
    endpoints: readonly { ip: string }[];
  }[];
  const ports = raw.map((p) => ({
    service: `${p.service.namespace}/${p.service.name}`,
    namespace: p.service.namespace,
    name: p.service.name,
    port: p.port.port,
    protocol: p.protocol,
    ...(p.clusterIp === undefined ? {} : { clusterIp: p.clusterIp }),
    endpoints: p.endpoints.map((e) => e.ip),
  }));
  return { rules, ports };
}
