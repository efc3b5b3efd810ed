/**
 * A whole name lookup without the packets: the names glibc tries (searchList), what CoreDNS answers
 * for each (coredns), and how the lookup ends — the first address, or getaddrinfo's failure.
 */
import { corednsAnswer, type ClusterDnsData, type CoreDnsAnswer } from './coredns';
import { searchPlan, triesNext, type SearchPlan } from './searchList';
import type { ResolvConf } from './resolvConf';
import type { Ipv4 } from '../model/types';

/** One query of the lookup and CoreDNS's answer to it. */
export interface LookupStep {
  /** The name sent in the question. */
  readonly qname: string;
  /** The search domain appended, undefined when the name was sent as written. */
  readonly domain?: string;
  /** What came back. */
  readonly answer: CoreDnsAnswer;
}

/** How a lookup ends. */
export type LookupResult =
  /** An address: the first A record of the answer (the caller connects to it). */
  | {
      readonly kind: 'address';
      readonly ip: Ipv4;
      readonly addresses: readonly Ipv4[];
      readonly qname: string;
    }
  /** Every name tried was NXDOMAIN: getaddrinfo's EAI_NONAME, "Name or service not known". */
  | { readonly kind: 'nxdomain' }
  /** A name existed without an address (NODATA): EAI_NODATA, "No address associated with hostname". */
  | { readonly kind: 'nodata' }
  /** CoreDNS forwards the name upstream, outside the cluster: not simulated. */
  | { readonly kind: 'upstream'; readonly qname: string };

/** A lookup: the plan, the queries sent with their answers, and the result. */
export interface Lookup {
  readonly plan: SearchPlan;
  readonly steps: readonly LookupStep[];
  readonly result: LookupResult;
}

/**
 * Looks `name` up as glibc's res_search does against the cluster's CoreDNS: query after query until
 * an address, a name CoreDNS forwards outside the cluster, or no name is left. When nothing
 * answered, glibc reports the first as-is query's error when it went first, else NODATA if any
 * search name had it, else the last error (resolv/res_query.c, end of __res_context_search).
 */
export function lookupName(name: string, conf: ResolvConf, data: ClusterDnsData): Lookup {
  const plan = searchPlan(name, conf);
  const steps: LookupStep[] = [];
  for (const c of plan.candidates) {
    const answer = corednsAnswer(data, c.qname);
    steps.push(c.domain === undefined ? { qname: c.qname, answer } : { ...c, answer });
    if (answer.kind === 'answer') {
      const ip = answer.addresses[0];
      if (ip !== undefined)
        return {
          plan,
          steps,
          result: { kind: 'address', ip, addresses: answer.addresses, qname: c.qname },
        };
    }
    if (answer.kind === 'forward')
      return { plan, steps, result: { kind: 'upstream', qname: c.qname } };
    if (!triesNext(answer.kind)) break;
  }
  const first = steps[0]?.answer.kind;
  const last = steps[steps.length - 1]?.answer.kind;
  const anyNodata = steps.some((s) => s.domain !== undefined && s.answer.kind === 'nodata');
  const nodata = plan.asIsFirst ? first === 'nodata' : anyNodata || last === 'nodata';
  return { plan, steps, result: { kind: nodata ? 'nodata' : 'nxdomain' } };
}
