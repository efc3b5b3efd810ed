/**
 * Requests that make several conversations, traced one after the other as one Trace:
 * - to a name: one DNS exchange per name the resolver tries (UDP to kube-dns:53), a `resolve` hop
 *   at the sender after each answer, then the connection to the address found;
 * - HTTP to the ingress controller: the client's connection ends at the controller (a `proxy` hop
 *   says which Ingress rule matched), and the controller opens its own to the backend Service.
 */
import { clusterFirstResolvConf } from '../dns/resolvConf';
import { clusterDnsData, kubeDnsService, serviceFactsOf } from '../dns/records';
import {
  corednsExplain,
  DNS_UDP_OVERHEAD,
  queryExplain,
  nextExplain,
  resultExplain,
  responseExplain,
} from '../dns/explain';
import { lookupName, type Lookup } from '../dns/lookup';
import { queryLength } from '../dns/wire';
import { nameProblem } from '../dns/searchList';
import { backendOf, matchIngress } from '../ingress/match';
import { defaultBackendExplain, proxyExplain } from '../ingress/explain';
import { indexNetwork, type NetIndex } from '../model/topology';
import { isStop, resolveSender, type Sender } from './endpoints';
import { ex } from './explain';
import {
  queryPort,
  selects,
  servicesOf,
  traceLeg,
  unanswered,
  upstreamTarget,
} from './compositeLegs';
import type { ClusterSpec, Endpoint, PacketRequest, PodId } from '../model/types';
import type { ConntrackRecord, Exchange, Explanation, Hop, OutcomeKind, Trace } from './traceTypes';
import type { NeighbourEntry } from '../link/neighbours';

type Outcome = Trace['outcome'];

/** A trace being assembled from several exchanges. */
class Assembly {
  readonly hops: Hop[] = [];
  readonly exchanges: Exchange[] = [];
  readonly conntrack: ConntrackRecord[] = [];
  /** Whether some conversation was tracked by a node's conntrack (the table is listed, even empty). */
  tracked = false;
  /** The neighbour caches after the last conversation: the next one starts from them. */
  neighbours: readonly NeighbourEntry[] | undefined;
  constructor(
    readonly request: PacketRequest,
    neighbours: readonly NeighbourEntry[] | undefined,
  ) {
    this.neighbours = neighbours;
  }
  /** Starts an exchange; returns its index. */
  open(kind: Exchange['kind'], explain: Explanation): number {
    this.exchanges.push({ kind, explain });
    return this.exchanges.length - 1;
  }
  /** Appends a conversation's hops, renumbered and marked with the exchange, and its conntrack entries. */
  add(trace: Trace, exchange: number, hops: readonly Hop[] = trace.hops): void {
    const offset = this.hops.length;
    for (const h of hops) this.hops.push({ ...h, index: this.hops.length, exchange });
    // a later query of the same flow (same ports) finds its entry already there, as the kernel's does
    if (trace.conntrack) this.tracked = true;
    for (const r of trace.conntrack ?? [])
      if (!this.conntrack.some((c) => c.netns === r.netns && c.entry.text === r.entry.text))
        this.conntrack.push({ ...r, hop: r.hop + offset });
    if (trace.neighbours) this.neighbours = trace.neighbours;
  }
  /** A hop at the sender with no packet: the resolver's conclusion or the proxy's decision. */
  note(
    sender: Sender,
    idx: NetIndex,
    action: 'resolve' | 'proxy',
    explain: Explanation,
    exchange: number,
    leg: Hop['leg'],
  ): void {
    const node = idx.network.netns.get(sender.netns)?.node ?? '';
    this.hops.push({
      index: this.hops.length,
      leg,
      node,
      netns: sender.netns,
      container: sender.container,
      action,
      explain,
      headers: {},
      changes: [],
      exchange,
    });
  }
  done(outcome: Outcome): Trace {
    const t: Trace = { request: this.request, outcome, hops: this.hops, exchanges: this.exchanges };
    const nb = this.neighbours ? { neighbours: this.neighbours } : {};
    return this.tracked ? { ...t, conntrack: this.conntrack, ...nb } : { ...t, ...nb };
  }
}

const outcome = (kind: OutcomeKind, reason: Explanation): Outcome => ({ kind, reason });
const sportOf = (sport: number | undefined) => (sport === undefined ? {} : { sport });

// ---------------------------------------------------------------- DNS, then the connection

/** Rewrites the explanations of a DNS exchange's hops: the query, what CoreDNS found, its response. */
function dnsHops(
  trace: Trace,
  lookup: Lookup,
  index: number,
  ndots: number,
  sender: Sender,
  server: string,
): Hop[] {
  const step = lookup.steps[index];
  if (!step) return [...trace.hops];
  const hops = [...trace.hops];
  const conf = {
    container: sender.container,
    server,
    size: queryLength(step.qname) + DNS_UDP_OVERHEAD,
  };
  const at = (leg: Hop['leg'], action: Hop['action']) =>
    hops.findIndex((h) => h.leg === leg && h.action === action);
  const replace = (i: number, explain: Explanation) => {
    const h = hops[i];
    if (h && i >= 0) hops[i] = { ...h, explain };
  };
  replace(at('request', 'send'), queryExplain(lookup.plan, index, conf, ndots));
  const delivered = at('request', 'deliver');
  const corednsContainer = hops[delivered]?.container ?? 'coredns';
  replace(delivered, corednsExplain(step.answer, corednsContainer));
  // a name CoreDNS forwards leaves the cluster: the simulation ends at CoreDNS
  if (step.answer.kind === 'forward') return hops.slice(0, delivered + 1);
  const client = trace.hops[0]?.headers.ip?.src ?? '';
  replace(at('reply', 'send'), responseExplain(step.answer, corednsContainer, client));
  return hops;
}

/** Traces a request to a DNS name: the lookup's exchanges, then the connection to the address found. */
function traceName(
  cluster: ClusterSpec,
  request: PacketRequest,
  name: string,
  neighbours: readonly NeighbourEntry[] | undefined,
): Trace {
  const idx = indexNetwork(cluster);
  const asm = new Assembly(request, neighbours);
  const stopAt = (
    kind: OutcomeKind,
    key: `sim.${string}`,
    params: Record<string, string | number> = {},
  ) => asm.done(outcome(kind, ex(key, { name, ...params })));
  const sender = resolveSender(idx, request.from);
  if (isStop(sender)) return asm.done(outcome(sender.outcome, sender.reason));
  if (request.protocol === 'SHM') return stopAt('impossible', 'sim.dns.outcome.shm');
  if (request.from.kind !== 'container' || sender.pod === undefined)
    return stopAt('unreachable', 'sim.dns.outcome.notClusterFirst', {
      container: sender.container,
    });
  const pod = idx.pods.get(sender.pod);
  if (!pod || pod.spec.hostNetwork)
    return stopAt('unreachable', 'sim.dns.outcome.hostNetwork', { pod: sender.pod });
  const problem = nameProblem(name);
  if (problem) return stopAt('impossible', 'sim.dns.outcome.badName');
  const facts = serviceFactsOf(idx);
  const kubeDns = kubeDnsService(cluster);
  const nameserver = kubeDns && facts.clusterIpOf(kubeDns);
  if (!kubeDns || !nameserver) return stopAt('unreachable', 'sim.dns.outcome.noClusterDns');
  const conf = clusterFirstResolvConf(pod.spec.namespace || 'default', nameserver);
  const lookup = lookupName(name, conf, clusterDnsData(cluster, facts));
  const from: Endpoint = request.from;
  for (const [i, step] of lookup.steps.entries()) {
    const exchange = asm.open('dns', ex('sim.dns.exchange.query', { qname: step.qname, n: i + 1 }));
    const response = step.answer.kind === 'forward' ? 0 : step.answer.length;
    const leg = traceLeg(
      cluster,
      {
        request: {
          from,
          to: { kind: 'service', service: 'kube-system/kube-dns' },
          protocol: 'UDP',
          port: 53,
        },
        dns: { query: queryLength(step.qname), response },
        ...sportOf(queryPort(sender.netns, sender.container, step.qname, i)),
      },
      asm.neighbours,
    );
    const shown = step.answer.kind === 'forward' ? unanswered(leg) : leg;
    asm.add(shown, exchange, dnsHops(leg, lookup, i, conf.ndots, sender, nameserver));
    if (step.answer.kind === 'forward')
      return stopAt('unreachable', 'sim.dns.outcome.upstream', { qname: step.qname });
    if (leg.outcome.kind !== 'delivered') {
      const failed = ex('sim.dns.resolve.noAnswer', {
        qname: step.qname,
        container: sender.container,
      });
      asm.note(sender, idx, 'resolve', failed, exchange, 'reply');
      return stopAt(leg.outcome.kind, 'sim.dns.outcome.queryFailed', {
        qname: step.qname,
        server: nameserver,
      });
    }
    const next = lookup.steps[i + 1];
    const result = lookup.result;
    const said = next
      ? nextExplain(step, next, sender.container)
      : result.kind === 'upstream'
        ? undefined
        : resultExplain(result, step, name, sender.container);
    if (said) asm.note(sender, idx, 'resolve', said, exchange, 'reply');
  }
  const result = lookup.result;
  if (result.kind !== 'address')
    return stopAt(
      'unreachable',
      `sim.dns.outcome.${result.kind === 'nodata' ? 'nodata' : 'nxdomain'}`,
      { count: lookup.steps.length },
    );
  const target = request.port === undefined ? result.ip : `${result.ip}:${request.port}`;
  const exchange = asm.open('connection', ex('sim.dns.exchange.connection', { name, target }));
  const conn = traceLeg(
    cluster,
    { request: { ...request, to: { kind: 'ip', ip: result.ip } } },
    asm.neighbours,
  );
  asm.add(conn, exchange);
  return asm.done(conn.outcome);
}

// ---------------------------------------------------------------- Ingress: two connections

/** The ingress controller pod, when an HTTP request is addressed to it (directly or through its Service). */
function ingressControllerOf(cluster: ClusterSpec, request: PacketRequest): PodId | undefined {
  const pod = cluster.ingressController?.pod;
  if (!pod || !request.http || request.protocol !== 'TCP') return undefined;
  const idx = indexNetwork(cluster);
  const spec = idx.pods.get(pod);
  if (!spec) return undefined;
  const to = request.to;
  if (to.kind === 'pod' || to.kind === 'container') return to.pod === pod ? pod : undefined;
  if (to.kind === 'ip') return to.ip === spec.net.ip ? pod : undefined;
  if (to.kind === 'service' || to.kind === 'nodeport')
    return servicesOf(cluster, to.service).some((s) => selects(s, spec.spec)) ? pod : undefined;
  return undefined;
}

/** Traces HTTP to the ingress controller: the client's connection, the rule match, the upstream connection. */
function traceIngress(
  cluster: ClusterSpec,
  request: PacketRequest,
  controller: PodId,
  neighbours: readonly NeighbourEntry[] | undefined,
): Trace {
  const idx = indexNetwork(cluster);
  const asm = new Assembly(request, neighbours);
  const http = request.http ?? { host: '', path: '/' };
  const { http: _http, ...plain } = request;
  const client = asm.open(
    'connection',
    ex('sim.ingress.exchange.client', { host: http.host, path: http.path }),
  );
  const first = traceLeg(cluster, { request: plain }, asm.neighbours);
  asm.add(first, client);
  const ctl = idx.pods.get(controller);
  const arrived = first.hops.find((h) => h.leg === 'request' && h.action === 'deliver');
  if (first.outcome.kind !== 'delivered' || !ctl || !arrived || arrived.netns !== ctl.net.netns)
    return asm.done(first.outcome);
  const sender: Sender = {
    netns: ctl.net.netns,
    container: arrived.container ?? '',
    pod: controller,
  };
  const view = {
    http,
    container: sender.container,
    peer: arrived.headers.ip?.src ?? '',
    client: first.hops[0]?.headers.ip?.src ?? '',
  };
  const m = matchIngress(cluster.ingresses ?? [], http);
  if (m.kind === 'default-backend') {
    asm.note(sender, idx, 'proxy', defaultBackendExplain(view, m), client, 'request');
    return asm.done(
      outcome(
        'delivered',
        ex('sim.ingress.outcome.notFound', { host: http.host, path: http.path }),
      ),
    );
  }
  const backend = backendOf(cluster.services ?? [], m);
  const service = `${m.namespace}/${m.path.service}`;
  if ('missing' in backend) {
    asm.note(
      sender,
      idx,
      'proxy',
      ex('sim.ingress.hop.noBackend', {
        container: sender.container,
        service,
        port: String(m.path.port),
      }),
      client,
      'request',
    );
    return asm.done(outcome('delivered', ex('sim.ingress.outcome.noBackend', { service })));
  }
  const up = upstreamTarget(idx, backend.service, backend.port);
  asm.note(sender, idx, 'proxy', proxyExplain(view, m, service, up.text), client, 'request');
  const upstream = asm.open(
    'upstream',
    ex('sim.ingress.exchange.upstream', { service, target: up.text }),
  );
  const from: Endpoint = { kind: 'container', pod: controller, container: sender.container };
  const second = traceLeg(
    cluster,
    { request: { from, to: up.to, protocol: 'TCP', port: up.port } },
    asm.neighbours,
  );
  asm.add(second, upstream);
  return asm.done(second.outcome);
}

/**
 * The multi-exchange trace of a request, or undefined when it is an ordinary single exchange; each
 * conversation starts from the neighbour caches the one before it left (`neighbours` for the first).
 */
export function compositeTrace(
  cluster: ClusterSpec,
  request: PacketRequest,
  neighbours?: readonly NeighbourEntry[],
): Trace | undefined {
  if (request.to.kind === 'name') return traceName(cluster, request, request.to.name, neighbours);
  const controller = ingressControllerOf(cluster, request);
  return controller === undefined
    ? undefined
    : traceIngress(cluster, request, controller, neighbours);
}
