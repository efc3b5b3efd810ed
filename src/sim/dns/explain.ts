/** The learner's sentences for a lookup: each query sent, CoreDNS's answer, and what the resolver does next. */
import { ex } from '../trace/explain';
import type { CoreDnsAnswer, NxdomainWhy } from './coredns';
import type { LookupResult, LookupStep } from './lookup';
import type { SearchPlan } from './searchList';
import type { Explanation } from '../trace/traceTypes';

/** IP + UDP headers around a DNS message. */
export const DNS_UDP_OVERHEAD = 28;

/** Why this query is sent: the first of the lookup (and why the search list comes first or not), or the next one. */
export function queryExplain(
  plan: SearchPlan,
  index: number,
  params: { readonly container: string; readonly server: string; readonly size: number },
  ndots: number,
): Explanation {
  const step = plan.candidates[index];
  const p = { ...params, qname: step?.qname ?? '', name: plan.name, dots: plan.dots, ndots };
  if (plan.absolute) return ex('sim.dns.hop.queryAbsolute', p);
  const domain = step?.domain;
  if (index > 0)
    return domain === undefined
      ? ex('sim.dns.hop.queryAsIsLast', p)
      : ex('sim.dns.hop.querySearchNext', { ...p, domain });
  return domain === undefined
    ? ex('sim.dns.hop.queryAsIsFirst', p)
    : ex('sim.dns.hop.querySearch', { ...p, domain });
}

const NX_KEYS: Readonly<Record<NxdomainWhy, `sim.${string}`>> = {
  'no-service': 'sim.dns.hop.corednsNoService',
  'no-namespace': 'sim.dns.hop.corednsNoNamespace',
  'no-endpoints': 'sim.dns.hop.corednsNoEndpoints',
  'no-host': 'sim.dns.hop.corednsNoHost',
  'not-a-service-name': 'sim.dns.hop.corednsNotService',
};

/** What CoreDNS finds for a query (said at the hop where the CoreDNS pod receives it). */
export function corednsExplain(answer: CoreDnsAnswer, container: string): Explanation {
  const base = { container, qname: answer.qname };
  switch (answer.kind) {
    case 'answer': {
      const ip = answer.addresses[0] ?? '';
      if (answer.service === undefined) return ex('sim.dns.hop.corednsPod', { ...base, ip });
      const p = { ...base, service: answer.service, ip, ips: answer.addresses.join(', ') };
      if (answer.endpointName) return ex('sim.dns.hop.corednsEndpoint', p);
      if (!answer.headless) return ex('sim.dns.hop.corednsClusterIp', p);
      return ex('sim.dns.hop.corednsHeadless', { ...p, count: answer.addresses.length });
    }
    case 'nxdomain':
      return ex(NX_KEYS[answer.why ?? 'not-a-service-name'], {
        ...base,
        service: answer.service ?? '',
        namespace: answer.namespace ?? '',
      });
    case 'nodata':
      return ex('sim.dns.hop.corednsNodata', base);
    case 'forward':
      return ex('sim.dns.hop.corednsForward', base);
  }
}

/** CoreDNS sending its response (the reply leg's first hop). */
export function responseExplain(
  answer: CoreDnsAnswer,
  container: string,
  dst: string,
): Explanation {
  const size = answer.kind === 'forward' ? 0 : answer.length + DNS_UDP_OVERHEAD;
  const p = { container, qname: answer.qname, dst, size };
  if (answer.kind === 'answer')
    return ex('sim.dns.hop.responseAnswer', { ...p, ips: answer.addresses.join(', ') });
  return ex(
    answer.kind === 'nodata' ? 'sim.dns.hop.responseNodata' : 'sim.dns.hop.responseNxdomain',
    p,
  );
}

/** What the resolver does after an answer that gave no address: it tries the next name. */
export function nextExplain(step: LookupStep, next: LookupStep, container: string): Explanation {
  const key = step.answer.kind === 'nodata' ? 'sim.dns.resolve.nextNodata' : 'sim.dns.resolve.next';
  return ex(key, { container, qname: step.qname, next: next.qname });
}

/** How the lookup ended, said after its last answer (a forwarded name never comes back in the simulation). */
export function resultExplain(
  result: Exclude<LookupResult, { kind: 'upstream' }>,
  step: LookupStep,
  name: string,
  container: string,
): Explanation {
  const p = { container, name, qname: step.qname };
  switch (result.kind) {
    case 'address':
      return result.addresses.length > 1
        ? ex('sim.dns.resolve.addresses', {
            ...p,
            ip: result.ip,
            ips: result.addresses.join(', '),
            count: result.addresses.length,
          })
        : ex('sim.dns.resolve.address', { ...p, ip: result.ip });
    case 'nodata':
      return ex('sim.dns.resolve.nodata', p);
    case 'nxdomain':
      return ex('sim.dns.resolve.nxdomain', p);
  }
}
