/**
 * The names a glibc stub resolver queries for one name, in order (res_search in resolv/res_query.c):
 * - a trailing dot makes the name absolute: it alone is queried, whatever the answer;
 * - a name with at least `ndots` dots is queried as is first, then under each search domain;
 * - a name with fewer dots is queried under each search domain first, then as is.
 * The walk goes on after NXDOMAIN, after an empty answer (NODATA) and after SERVFAIL, and stops at
 * the first answer with addresses. getaddrinfo sends an AAAA query beside each A query on the same
 * socket; the simulation, IPv4 only, shows the A queries.
 */
import type { ResolvConf } from './resolvConf';

/** One name the resolver will query, and why it is tried. */
export interface SearchCandidate {
  /** The fully qualified name sent in the question, without the final dot ("api.shop.svc.cluster.local"). */
  readonly qname: string;
  /** The search domain appended, or undefined when the name is queried as the user wrote it. */
  readonly domain?: string;
}

/** How the resolver treats the name, and the names it will try in order. */
export interface SearchPlan {
  /** The name as given. */
  readonly name: string;
  /** The dots counted in the name (a trailing dot counts, as glibc counts it). */
  readonly dots: number;
  /** Whether the name ends with a dot (absolute: the search list is never used). */
  readonly absolute: boolean;
  /** Whether it has at least ndots dots, so it is tried as is before the search list. */
  readonly asIsFirst: boolean;
  /** The names, in the order the queries are sent. */
  readonly candidates: readonly SearchCandidate[];
}

/** Why a name cannot be looked up at all: glibc refuses to build a query for it. */
export type NameProblem = 'empty' | 'label-too-long' | 'name-too-long' | 'bad-character';

const LABEL = /^[A-Za-z0-9_-]+$/;

/** What is wrong with a host name (RFC 1035 lengths; letters, digits, hyphens, underscores), or undefined. */
export function nameProblem(name: string): NameProblem | undefined {
  const bare = name.endsWith('.') ? name.slice(0, -1) : name;
  if (bare === '') return 'empty';
  if (bare.length > 253) return 'name-too-long';
  for (const label of bare.split('.')) {
    if (label === '') return 'empty';
    if (label.length > 63) return 'label-too-long';
    if (!LABEL.test(label)) return 'bad-character';
  }
  return undefined;
}

/** The names glibc queries for `name` under `conf`, in order (see the module comment). */
export function searchPlan(name: string, conf: ResolvConf): SearchPlan {
  const dots = [...name].filter((c) => c === '.').length;
  const absolute = name.endsWith('.');
  const bare = absolute ? name.slice(0, -1) : name;
  const asIs: SearchCandidate = { qname: bare };
  if (absolute) return { name, dots, absolute, asIsFirst: true, candidates: [asIs] };
  const asIsFirst = dots >= conf.ndots;
  const searched = conf.search
    .filter((d) => d !== '' && d !== '.')
    .map((domain) => ({ qname: `${bare}.${domain}`, domain }));
  const candidates = asIsFirst ? [asIs, ...searched] : [...searched, asIs];
  return { name, dots, absolute, asIsFirst, candidates };
}

/** What one query got back, as far as the resolver's search walk cares. */
export type QueryResult = 'answer' | 'nxdomain' | 'nodata' | 'servfail' | 'unanswered';

/**
 * Whether the resolver tries the next candidate after this result: yes after NXDOMAIN, NODATA and
 * SERVFAIL (res_search keeps searching), no after an answer or when no answer came at all.
 */
export function triesNext(result: QueryResult): boolean {
  return result === 'nxdomain' || result === 'nodata' || result === 'servfail';
}
