/** How the conformance ingress controller routes (pure): host and path rules to a backend address, as ingress-nginx matches them (the route type is the recipe's). */
import type { ProxyRoute } from '../../src/scenario/export/recipeServers';

export type { ProxyRoute };

/** Whether a request path matches a rule path ("/api" matches "/api" and "/api/v1", not "/apix"). */
export function pathMatches(rule: ProxyRoute, path: string): boolean {
  const p = path.split('?')[0] ?? '';
  if (rule.pathType === 'Exact') return p === rule.path;
  if (rule.path === '/') return true;
  const base = rule.path.replace(/\/+$/, '');
  return p === base || p.startsWith(`${base}/`);
}

/**
 * The route for a request: rules of the matching host (an exact host before the catch-all), and
 * among them Exact before Prefix, then the longest path, as the Ingress API specifies.
 */
export function routeFor(
  routes: readonly ProxyRoute[],
  host: string,
  path: string,
): ProxyRoute | undefined {
  const h = host.split(':')[0]?.toLowerCase() ?? '';
  const byHost = routes.filter((r) => r.host === h);
  const pool = byHost.length > 0 ? byHost : routes.filter((r) => r.host === undefined);
  const matching = pool.filter((r) => pathMatches(r, path));
  return [...matching].sort(
    (a, b) =>
      Number(b.pathType === 'Exact') - Number(a.pathType === 'Exact') ||
      b.path.length - a.path.length,
  )[0];
}

/** X-Forwarded-For after this hop: the client's address appended to what came in. */
export function forwardedFor(incoming: string | undefined, client: string): string {
  return incoming === undefined || incoming.trim() === '' ? client : `${incoming}, ${client}`;
}
