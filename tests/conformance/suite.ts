/** Runs the conformance cases: one namespace cluster per CNI mode, then each case's packet in it. */
import type { Network } from '../../src/sim/model/networkTypes';
import type { ClusterSpec, CniMode, PacketRequest } from '../../src/sim/model/types';
import { expectedBinds } from './binder';
import { conformanceCluster, type ConformanceCase } from './cases';
import { compare, type Row } from './compare';
import { run } from './exec';
import { kernelRun } from './kernelRun';
import { linuxViewRows } from './linuxViews';
import { buildCluster, destroyCluster, type LiveCluster } from './netnsCluster';
import type { CaseResult } from './report';
import type { SimApi } from './simApi';
import { upstreamRows } from './upstreamRows';
import { flushConntrack, installRules, ruleRows, saveRules } from './netfilterSetup';
import { loadSimServices } from './simServices';
import { PRESET_CASES } from './presetCases';
import { runPresetCases } from './presetRun';

/** Describes a request in a few words for the report: "default/web/nginx → pod default/api :8080 TCP". */
export function describeRequest(r: PacketRequest): string {
  const from =
    r.from.kind === 'container'
      ? `${r.from.pod}/${r.from.container}`
      : r.from.kind === 'node'
        ? `${r.from.node} ${r.from.agent}`
        : 'external client';
  const to = r.to;
  const target =
    to.kind === 'localhost'
      ? 'localhost'
      : to.kind === 'ip'
        ? to.ip
        : to.kind === 'node'
          ? `node ${to.node}`
          : to.kind === 'pod' || to.kind === 'container'
            ? `pod ${to.pod}`
            : to.kind === 'service'
              ? `Service ${to.service}`
              : to.kind === 'nodeport'
                ? `${to.node} NodePort of ${to.service}`
                : to.kind === 'name'
                  ? `name "${to.name}"`
                  : to.kind;
  const http = r.http === undefined ? '' : ` GET ${r.http.host}${r.http.path}`;
  const size = r.size === undefined ? '' : ` ${r.size} bytes DF`;
  const ttl = r.ttl === undefined ? '' : ` TTL ${r.ttl}`;
  return `${from} → ${target}${r.port === undefined ? '' : `:${r.port}`} ${r.protocol}${size}${ttl}${http}`;
}

/** Compares the kernel's answers to each container's plain bind() with the sim's sockets and start failures, in the namespaces of one kind. */
export function bindRows(network: Network, live: LiveCluster, kind: 'pod' | 'node'): Row[] {
  const rows: Row[] = [];
  for (const [netns, { groups, results }] of live.binds) {
    if (network.netns.get(netns)?.kind !== kind) continue;
    const expected = expectedBinds(network, groups, netns);
    const keys = [...new Set([...expected, ...results].map((b) => `${b.who} ${b.socket}`))];
    for (const key of keys) {
      const sim = expected.find((b) => `${b.who} ${b.socket}` === key)?.result ?? '(not attempted)';
      const kernel =
        results.find((b) => `${b.who} ${b.socket}` === key)?.result ?? '(not attempted)';
      rows.push({ what: `bind ${key.replace('|', ' ')}`, sim, kernel, ok: sim === kernel });
    }
  }
  return rows;
}

/** Compares the MACs the kernel chose itself (a bridge adopting its lowest port MAC) with the sim's. */
export function kernelMacRows(network: Network, live: LiveCluster): Row[] {
  return live.plan.kernelChosenMac.map((id) => {
    const d = network.devices.get(id);
    const ns = d ? live.plan.nsName.get(d.netns) : undefined;
    const shown = ns && d ? run(['ip', '-n', ns, '-br', 'link', 'show', d.name]).stdout : '';
    const kernel = shown.trim().split(/\s+/)[2] ?? '(none)';
    return { what: `${id} MAC`, sim: d?.mac ?? '(none)', kernel, ok: d?.mac === kernel };
  });
}

function setupResult(name: string, covers: string, cni: CniMode, rows: Row[]): CaseResult {
  const differences = rows.filter((r) => !r.ok);
  return { name, covers, cni, request: '(setup)', hopsCompared: 0, rows, differences };
}

async function runMode(
  sim: SimApi,
  cni: CniMode,
  cases: readonly ConformanceCase[],
  log: (r: CaseResult) => void,
): Promise<CaseResult[]> {
  const spec: ClusterSpec = conformanceCluster(cni);
  const network = sim.buildNetwork(spec);
  const results: CaseResult[] = [];
  const push = (r: CaseResult): void => {
    results.push(r);
    log(r);
  };
  const live = await buildCluster(spec, network, cni === 'vxlan' ? 'v' : 'h');
  try {
    // the nat and filter rules the simulation derives for these nodes (flannel's masquerade)
    const services = await loadSimServices(spec);
    const nodeNs = network.nodes.map((n) => live.plan.nsName.get(n.netns) ?? '');
    if (typeof services !== 'string') {
      const rows: Row[] = [];
      network.nodes.forEach((n, i) => {
        const text = services.rules.get(n.name) ?? '';
        installRules(nodeNs[i] ?? '', text);
        rows.push(...ruleRows(`node:${n.name}`, text, saveRules(nodeNs[i] ?? '')));
      });
      push(setupResult("the simulation's rules installed and read back", 'C12 rules', cni, rows));
    }
    push(
      setupResult(
        'port conflict: a second plain bind() in one pod',
        'C5, fact 2',
        cni,
        bindRows(network, live, 'pod'),
      ),
    );
    push(
      setupResult(
        "a hostNetwork pod whose port clashes with the kubelet's (node namespace binds)",
        'C5, C8, fact 12',
        cni,
        bindRows(network, live, 'node'),
      ),
    );
    push(
      setupResult('cni0 adopts its lowest port MAC', 'fact 14d', cni, kernelMacRows(network, live)),
    );
    push(
      setupResult(
        'nodes and pods set up as flannel, the bridge plugin and the kubelet do',
        'tests/upstream.ts',
        cni,
        upstreamRows(spec, network, live),
      ),
    );
    // before any case sends a packet: the neighbour tables and bridge FDBs are still as set up
    push(
      setupResult(
        'Linux views: ip, bridge and ss print what the inspector shows',
        'issue 15',
        cni,
        linuxViewRows(network, live.plan.nsName),
      ),
    );
    for (const c of cases) {
      const request = describeRequest(c.request);
      try {
        const trace = sim.simulate(spec, c.request);
        for (const ns of nodeNs) flushConntrack(ns);
        const kernel = await kernelRun(network, live.plan, c.request);
        const cmp = compare(trace, network, kernel);
        push({ name: c.name, covers: c.covers, cni, request, ...cmp });
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        push({
          name: c.name,
          covers: c.covers,
          cni,
          request,
          hopsCompared: 0,
          rows: [],
          differences: [],
          error,
        });
      }
    }
  } finally {
    await destroyCluster(live);
  }
  return results;
}

/** Runs every case, one cluster build per CNI mode in case order; log is called as each case ends. */
export async function runSuite(
  sim: SimApi,
  cases: readonly ConformanceCase[],
  log: (r: CaseResult) => void,
): Promise<CaseResult[]> {
  const modes = [...new Set(cases.map((c) => c.cni))];
  const results: CaseResult[] = [];
  for (const cni of modes)
    results.push(
      ...(await runMode(
        sim,
        cni,
        cases.filter((c) => c.cni === cni),
        log,
      )),
    );
  const only = process.env.CONFORMANCE_ONLY;
  const presets = PRESET_CASES.filter(
    (c) => !only || c.name.includes(only) || c.preset.includes(only),
  );
  results.push(...(await runPresetCases(sim, presets, log)));
  return results;
}
