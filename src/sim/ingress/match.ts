/**
 * Ingress rule matching as the Kubernetes Ingress spec defines it (networking.k8s.io/v1):
 * - host: a precise host matches the Host header exactly; a wildcard `*.foo.com` matches exactly
 *   one more label (`bar.foo.com`, not `foo.com`, not `baz.bar.foo.com`); a rule without a host
 *   matches every request. The port in the Host header is ignored, letters compare case-blind.
 * - The controller picks the host first, as ingress-nginx builds one nginx server per host: the
 *   rules of a precise host, else of a matching wildcard, else the rules without a host. Rules of
 *   the same host from every Ingress are merged.
 * - path (query string removed): Exact matches the whole path, case-sensitive, trailing slash
 *   included; Prefix matches element by element of the path split by "/" (`/foo` matches `/foo`,
 *   `/foo/` and `/foo/bar`, not `/foobar`), a trailing slash in either being ignored, `/` matching
 *   everything. Of several matching paths the longest wins; at equal length Exact beats Prefix.
 * - No match: the controller's default backend answers 404 itself.
 */
import type { IngressPathSpec, IngressSpec, ServicePortSpec, ServiceSpec } from '../model/k8sTypes';

/** The HTTP request line and Host header the controller reads. */
export interface HttpRequest {
  /** The Host header, maybe with a port ("shop.example.com:8080"). */
  readonly host: string;
  /** The request target's path, maybe with a query string ("/api/v1?x=1"). */
  readonly path: string;
}

/** The rule and path an HTTP request matched, and where it goes. */
export interface IngressMatch {
  readonly kind: 'match';
  /** The Ingress, "namespace/name". */
  readonly ingress: string;
  /** Its namespace, where the backend Service lives. */
  readonly namespace: string;
  /** The index of the rule in the Ingress. */
  readonly rule: number;
  /** The rule's host as written, or undefined for a rule without a host. */
  readonly ruleHost?: string;
  /** How the host was chosen: exact, wildcard, or any host (rule without a host). */
  readonly hostMatch: 'exact' | 'wildcard' | 'any';
  /** The index of the path in the rule. */
  readonly pathIndex: number;
  /** The path rule that matched. */
  readonly path: IngressPathSpec;
}

/** No rule matched: the default backend's 404. */
export interface IngressNoMatch {
  readonly kind: 'default-backend';
  /** Whether some rule's host matched (hostless rules match any host), so only the path failed. */
  readonly hostMatched: boolean;
}

/** A host without its port, lower-cased. */
function bareHost(host: string): string {
  const h = host.trim().toLowerCase();
  const colon = h.lastIndexOf(':');
  return colon >= 0 && /^\d+$/.test(h.slice(colon + 1)) ? h.slice(0, colon) : h;
}

/** How a rule's host matches a request host, or undefined when it does not. */
export function hostMatch(
  ruleHost: string | undefined,
  host: string,
): IngressMatch['hostMatch'] | undefined {
  if (ruleHost === undefined || ruleHost === '') return 'any';
  const want = ruleHost.toLowerCase();
  const got = bareHost(host);
  if (!want.startsWith('*.')) return want === got ? 'exact' : undefined;
  const dot = got.indexOf('.');
  return dot > 0 && got.slice(dot + 1) === want.slice(2) ? 'wildcard' : undefined;
}

/** The path elements of a path: "/foo/bar/" → ["foo", "bar"]. */
function elements(path: string): string[] {
  return path.split('/').filter((e) => e !== '');
}

/** Whether a path rule matches a request path (query string already removed). */
export function pathMatches(
  rule: Pick<IngressPathSpec, 'path' | 'pathType'>,
  path: string,
): boolean {
  if (rule.pathType === 'Exact') return rule.path === path;
  const want = elements(rule.path);
  const got = elements(path);
  return want.length <= got.length && want.every((e, i) => got[i] === e);
}

/** The length a match is ranked by: the rule path's, without a Prefix's trailing slash. */
function rank(rule: IngressPathSpec): number {
  return rule.pathType === 'Prefix' ? rule.path.replace(/\/+$/, '').length : rule.path.length;
}

const HOST_ORDER: readonly IngressMatch['hostMatch'][] = ['exact', 'wildcard', 'any'];

/** The Ingress rule and path serving an HTTP request, or the default backend. */
export function matchIngress(
  ingresses: readonly IngressSpec[],
  req: HttpRequest,
): IngressMatch | IngressNoMatch {
  const path = req.path.split('?')[0] || '/';
  for (const level of HOST_ORDER) {
    const candidates: IngressMatch[] = [];
    for (const ing of ingresses)
      ing.rules.forEach((rule, r) => {
        if (hostMatch(rule.host, req.host) !== level) return;
        rule.paths.forEach((p, i) => {
          if (!pathMatches(p, path)) return;
          candidates.push({
            kind: 'match',
            ingress: `${ing.namespace}/${ing.name}`,
            namespace: ing.namespace,
            rule: r,
            ...(rule.host ? { ruleHost: rule.host } : {}),
            hostMatch: level,
            pathIndex: i,
            path: p,
          });
        });
      });
    const hostSeen = ingresses.some((ing) =>
      ing.rules.some((rule) => hostMatch(rule.host, req.host) === level),
    );
    if (!hostSeen) continue;
    const best = candidates.reduce<IngressMatch | undefined>((a, c) => {
      if (!a) return c;
      const d = rank(c.path) - rank(a.path);
      if (d !== 0) return d > 0 ? c : a;
      return a.path.pathType === 'Prefix' && c.path.pathType === 'Exact' ? c : a;
    }, undefined);
    return best ?? { kind: 'default-backend', hostMatched: true };
  }
  return { kind: 'default-backend', hostMatched: false };
}

/** The backend of a match: its Service and the Service port (by number or name), or why there is none. */
export function backendOf(
  services: readonly ServiceSpec[],
  match: IngressMatch,
):
  | { readonly service: ServiceSpec; readonly port: ServicePortSpec }
  | { readonly missing: 'service' | 'port' } {
  const service = services.find(
    (s) => s.namespace === match.namespace && s.name === match.path.service,
  );
  if (!service) return { missing: 'service' };
  const want = match.path.port;
  const port = service.ports.find((p) =>
    typeof want === 'number' ? p.port === want : p.name === want,
  );
  return port && port.protocol === 'TCP' ? { service, port } : { missing: 'port' };
}
