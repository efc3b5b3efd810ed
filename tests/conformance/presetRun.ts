/**
 * Runs the preset cases: per cluster (preset, CNI mode, switches) the namespaces, the simulation's
 * nat and filter rules in every node (read back and compared as iptables-save prints them), a real
 * DNS responder in the CoreDNS pod and a real HTTP proxy in the ingress controller; per case the
 * packet, compared interface by interface, and each node's conntrack table against the trace's.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ClusterSpec, NetnsId, PacketRequest, PodId } from '../../src/sim/model/types';
import type { Network } from '../../src/sim/model/networkTypes';
import type { Trace } from '../../src/sim/trace/traceTypes';
import { reachability } from '../../src/sim/netfilter/reachability';
import { podNetOf } from '../../src/sim/model/lookup';
import { compare, type Row } from './compare';
import { conntrackRows, simConntrack } from './conntrack';
import { clusterZone } from './dnsWire';
import { endpointPicks, pinEndpoints } from './endpointPin';
import { inNs, startBackground, stopBackground, waitFor, type Background } from './exec';
import type { ProxyRoute } from './ingressRules';
import { kernelRun } from './kernelRun';
import { bridgeWarmEntries } from './neighbours';
import { buildCluster, destroyCluster, takenKey, type LiveCluster } from './netnsCluster';
import { flushConntrack, installRules, listConntrack, ruleRows, saveRules } from './netfilterSetup';
import { policyRules } from './policyRules';
import type { PresetCase } from './presetCases';
import type { CaseResult } from './report';
import { loadSimServices, type ServicePortFacts } from './simServices';
import type { SimApi } from './simApi';
import { describeRequest } from './suite';

interface PresetLike {
  readonly id: string;
  readonly scenario: { readonly cluster: ClusterSpec; readonly packets: readonly PacketRequest[] };
}

/** Node with tsx's loader: one process per server (the tsx CLI would add a parent that a SIGKILL leaves behind). */
const NODE_TS = [process.execPath, '--import', 'tsx'];
const SERVERS = resolve('tests/conformance/servers');

/** The cluster of a case: the preset's, in the case's CNI mode, with its switches. */
export function caseCluster(base: ClusterSpec, c: PresetCase): ClusterSpec {
  const nf = base.netfilter;
  return {
    ...base,
    cni: c.cni ?? base.cni,
    netfilter: {
      bridgeNfCallIptables: c.netfilter?.bridgeNfCallIptables ?? nf?.bridgeNfCallIptables ?? true,
      hairpinMode: c.netfilter?.hairpinMode ?? nf?.hairpinMode ?? true,
      masquerade: c.netfilter?.masquerade ?? nf?.masquerade ?? true,
    },
  };
}

const groupKey = (c: PresetCase): string =>
  `${c.preset}|${c.cni ?? ''}|${JSON.stringify(c.netfilter ?? {})}`;

/** The A records the DNS responder serves: every Service's name to its ClusterIP, or a headless one's pod IPs. */
export function zoneRecords(ports: readonly ServicePortFacts[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of ports) {
    const name = `${p.name}.${p.namespace}.svc.cluster.local`;
    const ips = p.clusterIp !== undefined ? [p.clusterIp] : p.endpoints;
    out[name] = [...new Set([...(out[name] ?? []), ...ips])];
  }
  return out;
}

/** The proxy's routes: each Ingress path to its backend Service's ClusterIP and port. */
export function proxyRoutes(
  cluster: ClusterSpec,
  ports: readonly ServicePortFacts[],
): ProxyRoute[] {
  return (cluster.ingresses ?? []).flatMap((ing) =>
    ing.rules.flatMap((rule) =>
      rule.paths.flatMap((p) => {
        const svc = ports.find(
          (x) =>
            x.namespace === ing.namespace &&
            x.name === p.service &&
            (typeof p.port === 'number' ? x.port === p.port : true),
        );
        if (!svc?.clusterIp) return [];
        const route = { path: p.path, pathType: p.pathType, ip: svc.clusterIp, port: svc.port };
        return [rule.host === undefined ? route : { ...route, host: rule.host }];
      }),
    ),
  );
}

/** Runs every preset case, one cluster per group, in case order; log is called as each case ends. */
export async function runPresetCases(
  sim: SimApi,
  cases: readonly PresetCase[],
  log: (r: CaseResult) => void,
): Promise<CaseResult[]> {
  const { PRESETS } = (await import('../../src/scenario/presets')) as unknown as {
    PRESETS: readonly PresetLike[];
  };
  const results: CaseResult[] = [];
  const push = (r: CaseResult): void => {
    results.push(r);
    log(r);
  };
  const groups = new Map<string, PresetCase[]>();
  for (const c of cases) groups.set(groupKey(c), [...(groups.get(groupKey(c)) ?? []), c]);
  let n = 0;
  for (const group of groups.values()) {
    const first = group[0];
    if (!first) continue;
    const preset = PRESETS.find((p) => p.id === first.preset);
    const fail = (error: string): void => {
      for (const c of group)
        push({
          name: c.name,
          covers: c.covers,
          cni: c.cni ?? '-',
          request: '-',
          hopsCompared: 0,
          rows: [],
          differences: [],
          error,
        });
    };
    if (!preset) {
      fail(`preset ${first.preset} is not in the simulation yet`);
      continue;
    }
    const cluster = caseCluster(preset.scenario.cluster, first);
    try {
      await runGroup(sim, cluster, preset, group, `s${n++}`, push);
    } catch (e) {
      fail(e instanceof Error ? e.message : String(e));
    }
  }
  return results;
}

async function runGroup(
  sim: SimApi,
  cluster: ClusterSpec,
  preset: PresetLike,
  group: readonly PresetCase[],
  tag: string,
  push: (r: CaseResult) => void,
): Promise<void> {
  const network = sim.buildNetwork(cluster);
  const ipOf = (pod: string): { ip: string; node: string } | undefined => {
    const p = podNetOf(network, pod as PodId);
    return p ? { ip: p.ip, node: p.node } : undefined;
  };
  const extra =
    (cluster.networkPolicies ?? []).length > 0
      ? policyRules(reachability(cluster), ipOf)
      : new Map();
  const services = await loadSimServices(cluster, extra);
  if (typeof services === 'string') throw new Error(services);
  const taken = new Set<string>();
  const dnsPod = cluster.pods.find((p) => p.labels['k8s-app'] === 'kube-dns');
  const dnsNetns = dnsPod
    ? podNetOf(network, `${dnsPod.namespace}/${dnsPod.name}` as PodId)?.netns
    : undefined;
  if (dnsNetns) taken.add(takenKey(dnsNetns, { protocol: 'UDP', port: 53 }));
  const ctlNetns = cluster.ingressController
    ? podNetOf(network, cluster.ingressController.pod)?.netns
    : undefined;
  if (ctlNetns) taken.add(takenKey(ctlNetns, { protocol: 'TCP', port: 80 }));
  const live = await buildCluster(cluster, network, tag, taken);
  const servers: Background[] = [];
  const resolvDirs: string[] = [];
  try {
    const nodeNs = new Map(
      network.nodes.map((nd) => [nd.name, live.plan.nsName.get(nd.netns) ?? '']),
    );
    const rows: Row[] = [];
    for (const [node, ns] of nodeNs) {
      const text = services.rules.get(node) ?? '';
      installRules(ns, text);
      rows.push(...ruleRows(`node:${node}`, text, saveRules(ns)));
    }
    const switches = Object.entries(group[0]?.netfilter ?? {})
      .map(([k, v]) => `${k} ${v ? 'on' : 'off'}`)
      .join(', ');
    push({
      name: `${preset.id}${switches === '' ? '' : ` (${switches})`}: the simulation's rules installed and read back`,
      covers: 'C12 rules',
      cni: cluster.cni,
      request: '(setup)',
      hopsCompared: 0,
      rows,
      differences: rows.filter((r) => !r.ok),
    });
    const kubeDns = services.ports.find((p) => p.service === 'kube-system/kube-dns')?.clusterIp;
    if (dnsNetns) {
      const zone = JSON.stringify(clusterZone(zoneRecords(services.ports)));
      const ns = live.plan.nsName.get(dnsNetns) ?? '';
      servers.push(
        startBackground(inNs(ns, [...NODE_TS, join(SERVERS, 'dnsServer.ts'), zone, '53'])),
      );
    }
    if (ctlNetns) {
      const routes = JSON.stringify(proxyRoutes(cluster, services.ports));
      const ns = live.plan.nsName.get(ctlNetns) ?? '';
      servers.push(
        startBackground(inNs(ns, [...NODE_TS, join(SERVERS, 'ingressServer.ts'), routes, '80'])),
      );
    }
    if (!(await waitFor(() => servers.every((s) => /^ready$/m.test(s.stderr)), 15_000)))
      throw new Error(`servers did not start: ${servers.map((s) => s.stderr.trim()).join('; ')}`);
    if (kubeDns !== undefined)
      for (const p of network.pods) {
        const ns = live.plan.nsName.get(p.netns);
        if (ns === undefined || network.netns.get(p.netns)?.kind !== 'pod') continue;
        const dir = `/etc/netns/${ns}`;
        mkdirSync(dir, { recursive: true });
        resolvDirs.push(dir);
        const podNs = p.id.split('/')[0] ?? 'default';
        writeFileSync(
          join(dir, 'resolv.conf'),
          `search ${podNs}.svc.cluster.local svc.cluster.local cluster.local\nnameserver ${kubeDns}\noptions ndots:5\n`,
        );
      }
    for (const c of group)
      push(await runCase(sim, cluster, network, live, preset, c, services.rules, nodeNs, kubeDns));
  } finally {
    for (const s of servers) await stopBackground(s);
    for (const d of resolvDirs) rmSync(d, { recursive: true, force: true });
    await destroyCluster(live);
  }
}

async function runCase(
  sim: SimApi,
  cluster: ClusterSpec,
  network: Network,
  live: LiveCluster,
  preset: PresetLike,
  c: PresetCase,
  rules: ReadonlyMap<string, string>,
  nodeNs: ReadonlyMap<string, string>,
  nameserver: string | undefined,
): Promise<CaseResult> {
  const request = preset.scenario.packets[c.packet];
  const base = { name: c.name, covers: c.covers, cni: cluster.cni };
  if (!request)
    return {
      ...base,
      request: '-',
      hopsCompared: 0,
      rows: [],
      differences: [],
      error: `no packet ${c.packet}`,
    };
  const words = describeRequest(request);
  try {
    // from the caches the harness warms before a preset case: each node's cni0 knows its pods
    const sender = sim.simulate(cluster, request).hops[0]?.netns;
    const warm = sender === undefined ? [] : bridgeWarmEntries(network, sender);
    const trace: Trace = sim.simulate(cluster, request, warm);
    const picks = endpointPicks(trace);
    for (const [node, ns] of nodeNs)
      installRules(ns, pinEndpoints(rules.get(node) ?? '', picks.get(node) ?? []));
    // the warming pings are tracked too: forget every connection just before the capture
    const flush = (): void => {
      for (const ns of nodeNs.values()) flushConntrack(ns);
    };
    const kernel = await kernelRun(network, live.plan, request, trace, nameserver, flush);
    const bindings = new Map<string, string>();
    const cmp = compare(trace, network, kernel, bindings);
    const simTables = simConntrack(trace);
    const ct: Row[] = [];
    for (const nd of network.nodes) {
      const ns = nodeNs.get(nd.name) ?? '';
      ct.push(
        ...conntrackRows(
          `node:${nd.name}`,
          simTables.get(nd.netns as NetnsId) ?? [],
          listConntrack(ns),
          bindings,
        ),
      );
    }
    ct.push(...httpRows(trace, kernel.clientOutput));
    const rows = [...cmp.rows, ...ct];
    return {
      ...base,
      request: words,
      hopsCompared: cmp.hopsCompared,
      rows,
      differences: rows.filter((r) => !r.ok),
    };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    return { ...base, request: words, hopsCompared: 0, rows: [], differences: [], error };
  }
}

/**
 * For an HTTP request: the container the backend's answer names, against the delivery of the
 * trace's upstream connection, and the X-Forwarded-For the backend received, against the one the
 * trace's proxy hop says it adds.
 */
function httpRows(trace: Trace, clientOutput: string): Row[] {
  if (!trace.request.http) return [];
  const served = /served-by (\S+)/.exec(clientOutput)?.[1] ?? '(no answer)';
  const upstream = (trace.exchanges ?? []).findIndex((e) => e.kind === 'upstream');
  const deliver = trace.hops.find(
    (h) => h.action === 'deliver' && h.leg === 'request' && (h.exchange ?? 0) === upstream,
  );
  const xff = /x-forwarded-for (\S+)/.exec(clientOutput)?.[1] ?? '(none)';
  const proxy = trace.hops.find((h) => h.action === 'proxy');
  const simXff = String(proxy?.explain.params.xff ?? '(none)');
  return [
    {
      what: 'http served by',
      sim: deliver?.container ?? '(none)',
      kernel: served,
      ok: deliver?.container === served,
    },
    { what: 'http X-Forwarded-For at the backend', sim: simXff, kernel: xff, ok: simXff === xff },
  ];
}
