/** Runs the real CNI bridge plugin with host-local IPAM (Debian's containernetworking-plugins) and compares it with createPod/deletePod. */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildNetwork,
  createPod,
  deletePod,
  emptyCniState,
  formatIpv4,
  hostLocalRange,
  podIdOf,
  podNetnsId,
  type ClusterSpec,
  type PodSpec,
} from '../../src/sim';
import { defaultScenario } from '../../src/scenario/defaultScenario';
import { CAPTURE_DIR_PREFIX } from './capture';
import { derivedRows, hostRows, ipamRows, podRows, resultRows, row } from './cniCompare';
import { run } from './exec';
import { addNamespace, deleteNamespace, NS_PREFIX } from './netnsCluster';
import type { CaseResult } from './report';

/** Where Debian installs the plugins. */
export const CNI_BIN = '/usr/lib/cni';

const podOf = (name: string): PodSpec => ({
  name,
  namespace: 'default',
  node: 'node1',
  labels: {},
  hostNetwork: false,
  containers: [{ name: 'app', image: 'app:1', ports: [] }],
});

/** One CNI call, reported as one case. */
interface CniCase {
  /** The case's name in the report. */
  readonly name: string;
  /** Concept ids it covers. */
  readonly covers: string;
  /** ADD or DEL. */
  readonly command: 'ADD' | 'DEL';
  /** The pod. */
  readonly pod: PodSpec;
}

/** A cluster and the CNI calls run against it in order, on fresh nodes. */
interface CniScenario {
  /** Short tag for namespace names. */
  readonly tag: string;
  /** The cluster. */
  readonly cluster: ClusterSpec;
  /** Also compare each pod with the network the rest of the simulation derives for the cluster. */
  readonly derived: boolean;
  /** The calls. */
  readonly cases: readonly CniCase[];
}

const [p0, p1, p2, p3, p4, p5, p6] = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map(podOf) as [
  PodSpec,
  PodSpec,
  PodSpec,
  PodSpec,
  PodSpec,
  PodSpec,
  PodSpec,
];
const add = (name: string, covers: string, pod: PodSpec): CniCase => ({
  name,
  covers,
  command: 'ADD',
  pod,
});

/** The CNI scenarios: the default scenario's pods as its derived network has them, then one /29 node's life. */
export const CNI_SCENARIOS: readonly CniScenario[] = [
  {
    tag: 'd',
    cluster: defaultScenario.cluster,
    derived: true,
    cases: defaultScenario.cluster.pods
      .filter((p) => !p.hostNetwork)
      .map((p) => add(`CNI ADD in the default scenario: ${p.name} on ${p.node}`, 'C11, C7', p)),
  },
  {
    tag: 's',
    cluster: {
      name: 'cni',
      clusterCidr: '10.244.0.0/16',
      nodeNetwork: '192.168.10.0/24',
      cni: 'vxlan',
      nodes: [{ name: 'node1', podCidr: '10.244.1.0/29' }],
      pods: [],
    },
    derived: false,
    cases: [
      add('CNI ADD: the first pod creates cni0', 'C11', p0),
      add('CNI ADD: a second pod joins cni0', 'C11', p1),
      {
        name: 'CNI DEL: the veth goes, the address is freed',
        covers: 'C11',
        command: 'DEL',
        pod: p0,
      },
      add('CNI ADD after a deletion: the next address', 'C11, C7', p2),
      add('CNI ADD fills the range', 'C11, C7', p3),
      add('CNI ADD fills the range (last)', 'C11, C7', p4),
      add('CNI ADD wraps to the freed address', 'C11, C7', p5),
      add('CNI ADD on a full pod CIDR: the error', 'C11, C7', p6),
    ],
  },
];

/** Every CNI case, for filtering by name. */
export const CNI_CASES: readonly CniCase[] = CNI_SCENARIOS.flatMap((s) => s.cases);

function runScenario(sc: CniScenario, dir: string, made: string[], only?: string): CaseResult[] {
  const nodeNs = (node: string): string => `${NS_PREFIX}cni${sc.tag}-${node}`;
  const podNs = (p: PodSpec): string => `${NS_PREFIX}cni${sc.tag}-${p.name}`;
  const network = sc.derived ? buildNetwork(sc.cluster) : undefined;
  for (const n of sc.cluster.nodes) {
    addNamespace(nodeNs(n.name));
    made.push(nodeNs(n.name));
    run(['ip', 'netns', 'exec', nodeNs(n.name), 'sysctl', '-qw', 'net.ipv4.ip_forward=0']);
    mkdirSync(join(dir, sc.tag, n.name), { recursive: true });
  }
  const results: CaseResult[] = [];
  let state = emptyCniState(sc.cluster);
  for (const c of sc.cases) {
    const ns = podNs(c.pod);
    if (c.command === 'ADD') {
      addNamespace(ns);
      made.push(ns);
    }
    const sim = (c.command === 'ADD' ? createPod : deletePod)(sc.cluster, state, c.pod);
    state = sim.state;
    const node = state[c.pod.node];
    const confText = sim.trace.find(
      (s) => s.kind === 'delegate' || s.kind === 'load-saved-config',
    )?.text;
    const delegated = JSON.parse(confText ?? '{}') as Record<string, unknown>;
    const dataDir = join(dir, sc.tag, c.pod.node);
    const conf = { ...delegated, ipam: { ...(delegated.ipam as object), dataDir } };
    const env = sim.trace.find((s) => s.kind === 'exec-plugin')?.env;
    const r = run(
      [
        'ip',
        'netns',
        'exec',
        nodeNs(c.pod.node),
        'env',
        `CNI_COMMAND=${c.command}`,
        `CNI_CONTAINERID=${env?.CNI_CONTAINERID ?? ''}`,
        `CNI_NETNS=/run/netns/${ns}`,
        'CNI_IFNAME=eth0',
        `CNI_PATH=${CNI_BIN}`,
        `${CNI_BIN}/bridge`,
      ],
      15_000,
      JSON.stringify(conf),
    );
    const subnet =
      (delegated.ipam as { ranges?: { subnet: string }[][] } | undefined)?.ranges?.[0]?.[0]
        ?.subnet ?? '';
    const range = hostLocalRange(subnet);
    const gw =
      node?.bridge && range ? `${formatIpv4(range.gateway)}/${subnet.split('/')[1] ?? ''}` : '';
    const rows = [
      ...(c.command === 'ADD'
        ? resultRows(sim, r.stdout, r.status)
        : [row('outcome', 'ok', r.status === 0 ? 'ok' : `error ${r.stdout}`)]),
      ...podRows(ns, sim, node?.ports.includes(podIdOf(c.pod)) ?? false),
      ...(network ? derivedRows(network, network.netns.get(podNetnsId(podIdOf(c.pod))), ns) : []),
      ...hostRows(nodeNs(c.pod.node), node, gw, delegated),
      ...ipamRows(node, join(dataDir)),
    ];
    if (only === undefined || c.name.includes(only))
      results.push({
        name: c.name,
        covers: c.covers,
        cni: sc.cluster.cni,
        request: `CNI ${c.command} ${podIdOf(c.pod)}`,
        hopsCompared: 0,
        rows,
        differences: rows.filter((x) => !x.ok),
      });
  }
  return results;
}

/** Runs the CNI cases (those whose name contains `only`, after the calls they depend on), always cleaning up. */
export function runCniCases(only?: string): CaseResult[] {
  const dir = mkdtempSync(join(tmpdir(), `${CAPTURE_DIR_PREFIX}cni-`));
  const made: string[] = [];
  try {
    return CNI_SCENARIOS.flatMap((sc) =>
      sc.cases.some((c) => only === undefined || c.name.includes(only))
        ? runScenario(sc, dir, made, only)
        : [],
    );
  } finally {
    for (const ns of made.reverse()) deleteNamespace(ns);
    rmSync(dir, { recursive: true, force: true });
  }
}
