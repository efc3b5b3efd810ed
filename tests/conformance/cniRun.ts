/** Runs the real CNI bridge plugin with host-local IPAM (Debian's containernetworking-plugins) and compares it with createPod/deletePod. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createPod,
  deletePod,
  emptyCniState,
  leaseFiles,
  type CniOutcome,
  type CniState,
  type ClusterSpec,
  type PodSpec,
} from '../../src/sim';
import { CAPTURE_DIR_PREFIX } from './capture';
import type { Row } from './compare';
import { run } from './exec';
import { addNamespace, deleteNamespace, NS_PREFIX } from './netnsCluster';
import type { CaseResult } from './report';

/** Where Debian installs the plugins. */
export const CNI_BIN = '/usr/lib/cni';
const NODE_NS = `${NS_PREFIX}cni-n1`;

/** The cluster the CNI cases run: one VXLAN node with a /29 pod range, so six pods fill it. */
export const CNI_CLUSTER: ClusterSpec = {
  name: 'cni',
  clusterCidr: '10.244.0.0/16',
  nodeNetwork: '192.168.10.0/24',
  cni: 'vxlan',
  nodes: [{ name: 'node1', podCidr: '10.244.1.0/29' }],
  pods: [],
};

const podOf = (name: string): PodSpec => ({
  name,
  namespace: 'default',
  node: 'node1',
  labels: {},
  hostNetwork: false,
  containers: [{ name: 'app', image: 'app:1', ports: [] }],
});

/** One step of the CNI scenario: ADD or DEL of a pod, reported as one case. */
interface CniCase {
  readonly name: string;
  readonly covers: string;
  readonly command: 'ADD' | 'DEL';
  readonly pod: string;
}

/** The CNI cases, in the order they run against one node. */
export const CNI_CASES: readonly CniCase[] = [
  { name: 'CNI ADD: the first pod creates cni0', covers: 'C11', command: 'ADD', pod: 'p0' },
  { name: 'CNI ADD: a second pod joins cni0', covers: 'C11', command: 'ADD', pod: 'p1' },
  {
    name: 'CNI DEL: the veth goes, the address is freed',
    covers: 'C11',
    command: 'DEL',
    pod: 'p0',
  },
  {
    name: 'CNI ADD after a deletion: the next address',
    covers: 'C11, C7',
    command: 'ADD',
    pod: 'p2',
  },
  { name: 'CNI ADD fills the range', covers: 'C11, C7', command: 'ADD', pod: 'p3' },
  { name: 'CNI ADD fills the range (last)', covers: 'C11, C7', command: 'ADD', pod: 'p4' },
  { name: 'CNI ADD wraps to the freed address', covers: 'C11, C7', command: 'ADD', pod: 'p5' },
  { name: 'CNI ADD on a full pod CIDR: the error', covers: 'C11, C7', command: 'ADD', pod: 'p6' },
];

const row = (what: string, sim: string, kernel: string): Row => ({
  what,
  sim,
  kernel,
  ok: sim === kernel,
});
const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/;
/** Host veth names and MACs are random in the plugin: only their form is compared. */
const shape = (v: string): string =>
  /^veth[0-9a-f]{8}$/.test(v) ? 'veth<8 hex>' : MAC.test(v) ? '<mac>' : v;

function resultRows(sim: CniOutcome, stdout: string, status: number | null): Row[] {
  let kernel: Record<string, unknown> = {};
  try {
    kernel = JSON.parse(stdout) as Record<string, unknown>;
  } catch {
    kernel = { unparsed: stdout };
  }
  const simJson = (sim.result ?? sim.error ?? {}) as unknown as Record<string, unknown>;
  const rows = [row('outcome', sim.error ? 'error' : 'ok', status === 0 ? 'ok' : 'error')];
  for (const key of new Set([...Object.keys(simJson), ...Object.keys(kernel)])) {
    if (key === 'interfaces') {
      const a = (simJson[key] ?? []) as Record<string, string>[];
      const b = (kernel[key] ?? []) as Record<string, string>[];
      for (let i = 0; i < Math.max(a.length, b.length); i++)
        for (const f of ['name', 'mac', 'sandbox'])
          rows.push(
            row(
              `result interfaces[${i}].${f}`,
              f === 'sandbox' ? (a[i]?.[f] ? '<netns path>' : '') : shape(a[i]?.[f] ?? ''),
              f === 'sandbox' ? (b[i]?.[f] ? '<netns path>' : '') : shape(b[i]?.[f] ?? ''),
            ),
          );
    } else if (key === 'ips' || key === 'routes') {
      const a = (simJson[key] ?? []) as Record<string, unknown>[];
      const b = (kernel[key] ?? []) as Record<string, unknown>[];
      for (let i = 0; i < Math.max(a.length, b.length); i++)
        for (const f of [
          ...new Set([...Object.keys(a[i] ?? {}), ...Object.keys(b[i] ?? {})]),
        ].sort())
          rows.push(
            row(`result ${key}[${i}].${f}`, JSON.stringify(a[i]?.[f]), JSON.stringify(b[i]?.[f])),
          );
    } else
      rows.push(row(`result ${key}`, JSON.stringify(simJson[key]), JSON.stringify(kernel[key])));
  }
  return rows;
}

/** The pod's addresses and routes as `ip -j` prints them, rendered as text lines. */
function podRows(ns: string, sim: CniOutcome, present: boolean): Row[] {
  const addr = JSON.parse(
    run(['ip', '-n', ns, '-j', 'addr', 'show', 'dev', 'eth0']).stdout || '[]',
  ) as {
    mtu: number;
    operstate: string;
    addr_info: { family: string; local: string; prefixlen: number }[];
  }[];
  const eth0 = addr[0];
  const k4 =
    eth0?.addr_info.filter((a) => a.family === 'inet').map((a) => `${a.local}/${a.prefixlen}`) ??
    [];
  const routes = JSON.parse(run(['ip', '-n', ns, '-j', 'route']).stdout || '[]') as Record<
    string,
    string
  >[];
  const kRoutes = routes.map((r) =>
    [
      r.dst,
      r.gateway ? `via ${r.gateway}` : '',
      `dev ${r.dev ?? ''}`,
      r.scope ? `scope ${r.scope}` : '',
      r.prefsrc ? `src ${r.prefsrc}` : '',
    ]
      .filter(Boolean)
      .join(' '),
  );
  const ip = sim.result?.ips[0];
  const gw = ip?.gateway ?? '';
  const local = ip?.address.split('/')[0] ?? '';
  const net = ip ? `${ip.address.replace(/\.\d+\//, '.0/')}` : '';
  const simRoutes = sim.result
    ? [
        ...sim.result.routes.map(
          (r) => `${r.dst === '0.0.0.0/0' ? 'default' : r.dst} via ${r.gw ?? gw} dev eth0`,
        ),
        `${net} dev eth0 scope link src ${local}`,
      ]
    : [];
  const mtu = String(
    JSON.parse(sim.trace.find((s) => s.kind === 'delegate')?.text ?? '{}').mtu ?? '',
  );
  return [
    row('pod eth0 exists', String(present), String(eth0 !== undefined)),
    row('pod eth0 addresses', ip ? ip.address : '', k4.join(' ')),
    row('pod eth0 up', String(sim.result !== undefined), String(eth0?.operstate === 'UP')),
    row('pod eth0 mtu', present ? mtu : '', eth0 ? String(eth0.mtu) : ''),
    row('pod routes', [...simRoutes].sort().join('; '), [...kRoutes].sort().join('; ')),
  ];
}

function hostRows(state: CniState, delegated: Record<string, unknown>): Row[] {
  const links = JSON.parse(run(['ip', '-n', NODE_NS, '-d', '-j', 'link']).stdout || '[]') as {
    ifname: string;
    mtu: number;
    master?: string;
    linkinfo?: { info_slave_data?: { hairpin?: boolean } };
  }[];
  const cni0 = links.find((l) => l.ifname === 'cni0');
  const ports = links.filter((l) => l.master === 'cni0');
  const brAddr = run(['ip', '-n', NODE_NS, '-j', 'addr', 'show', 'dev', 'cni0']).stdout;
  const kAddr =
    (
      JSON.parse(brAddr || '[]') as {
        addr_info: { family: string; local: string; prefixlen: number }[];
      }[]
    )[0]?.addr_info
      .filter((a) => a.family === 'inet')
      .map((a) => `${a.local}/${a.prefixlen}`) ?? [];
  const node = state.node1;
  return [
    row('host cni0 exists', String(node?.bridge ?? false), String(cni0 !== undefined)),
    row('host cni0 address', node?.bridge ? '10.244.1.1/29' : '', kAddr.join(' ')),
    row('host cni0 mtu', String(delegated.mtu), String(cni0?.mtu ?? '')),
    row('host cni0 ports', String(node?.ports.length ?? 0), String(ports.length)),
    row(
      'host ports hairpin on',
      String(node?.ports.length ?? 0),
      String(ports.filter((p) => p.linkinfo?.info_slave_data?.hairpin).length),
    ),
    row(
      'host ports mtu',
      (node?.ports ?? []).map(() => String(delegated.mtu)).join(' '),
      ports.map((p) => String(p.mtu)).join(' '),
    ),
  ];
}

function ipamRows(state: CniState, dir: string): Row[] {
  const netDir = join(dir, 'cbr0');
  const kernel: Record<string, string> = {};
  for (const f of readdirSync(netDir))
    if (f !== 'lock') kernel[f] = readFileSync(join(netDir, f), 'utf8');
  const sim = leaseFiles(state.node1 ?? { bridge: false, ports: [], leases: [] });
  const names = [...new Set([...Object.keys(sim), ...Object.keys(kernel)])].sort();
  return names.map((n) =>
    row(`ipam file ${n}`, JSON.stringify(sim[n] ?? null), JSON.stringify(kernel[n] ?? null)),
  );
}

/** Runs the CNI cases (those whose name contains `only`, with the earlier steps they depend on), always cleaning up. */
export function runCniCases(only?: string): CaseResult[] {
  const dir = mkdtempSync(join(tmpdir(), `${CAPTURE_DIR_PREFIX}cni-`));
  const podNs = (p: string): string => `${NS_PREFIX}cni-${p}`;
  const made: string[] = [];
  const results: CaseResult[] = [];
  let state = emptyCniState(CNI_CLUSTER);
  try {
    addNamespace(NODE_NS);
    made.push(NODE_NS);
    run(['ip', 'netns', 'exec', NODE_NS, 'sysctl', '-qw', 'net.ipv4.ip_forward=0']);
    for (const c of CNI_CASES) {
      const spec = podOf(c.pod);
      const ns = podNs(c.pod);
      if (c.command === 'ADD') {
        addNamespace(ns);
        made.push(ns);
      }
      const sim = (c.command === 'ADD' ? createPod : deletePod)(CNI_CLUSTER, state, spec);
      state = sim.state;
      const delegated = JSON.parse(
        sim.trace.find((s) => s.kind === 'delegate' || s.kind === 'load-saved-config')?.text ??
          '{}',
      ) as Record<string, unknown>;
      const conf = { ...delegated, ipam: { ...(delegated.ipam as object), dataDir: dir } };
      const env = sim.trace[c.command === 'ADD' ? 2 : 0]?.env;
      const r = run(
        [
          'ip',
          'netns',
          'exec',
          NODE_NS,
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
      const rows = [
        ...(c.command === 'ADD'
          ? resultRows(sim, r.stdout, r.status)
          : [row('outcome', 'ok', r.status === 0 ? 'ok' : `error ${r.stdout}`)]),
        ...podRows(ns, sim, state.node1?.ports.includes(`default/${c.pod}` as never) ?? false),
        ...hostRows(state, delegated),
        ...ipamRows(state, dir),
      ];
      if (only === undefined || c.name.includes(only))
        results.push({
          name: c.name,
          covers: c.covers,
          cni: CNI_CLUSTER.cni,
          request: `CNI ${c.command} default/${c.pod}`,
          hopsCompared: 0,
          rows,
          differences: rows.filter((x) => !x.ok),
        });
    }
  } finally {
    for (const ns of made.reverse()) deleteNamespace(ns);
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
