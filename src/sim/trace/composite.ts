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
import { indexNetwork } from '../model/topology';
import { isStop, resolveSender, type Sender } from './endpoints';
import { ex } from './explain';
import { Assembly, outcome } from './compositeAssembly';
import { ingressControllerOf, traceIngress } from './compositeIngress';
import { queryPort, traceLeg, unanswered } from './compositeLegs';
import type { ClusterSpec, Endpoint, PacketRequest } from '../model/types';
import type { Explanation, Hop, OutcomeKind, Trace } from './traceTypes';
import type { NeighbourEntry } from '../link/neighbours';

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
