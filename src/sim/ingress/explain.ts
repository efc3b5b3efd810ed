/** The learner's sentences for an ingress controller: which rule matched, what it forwards and with which X-Forwarded-For. */
import { ex } from '../trace/explain';
import type { HttpRequest, IngressMatch, IngressNoMatch } from './match';
import type { Explanation } from '../trace/traceTypes';

/** What the controller saw: the request, its container and the peer address of the client's connection. */
export interface ProxyView {
  /** The HTTP request read from the client. */
  readonly http: HttpRequest;
  /** The controller's container. */
  readonly container: string;
  /** The source address of the client's connection as the controller sees it (X-Forwarded-For). */
  readonly peer: string;
  /** The address the client really sent from. */
  readonly client: string;
}

/** The host a rule was written for, "*" for a rule without a host. */
function ruleHostOf(m: IngressMatch): string {
  return m.ruleHost ?? '*';
}

/** The proxy hop for a matched rule: the match, the upstream it opens, and X-Forwarded-For. */
export function proxyExplain(
  view: ProxyView,
  m: IngressMatch,
  service: string,
  target: string,
): Explanation {
  const params = {
    container: view.container,
    host: view.http.host,
    path: view.http.path,
    ingress: m.ingress,
    ruleHost: ruleHostOf(m),
    rulePath: m.path.path,
    pathType: m.path.pathType,
    service,
    target,
    xff: view.peer,
    client: view.client,
  };
  return ex(
    view.peer === view.client ? 'sim.ingress.hop.proxy' : 'sim.ingress.hop.proxyMasqueraded',
    params,
  );
}

/** The proxy hop when nothing matched: the default backend's 404. */
export function defaultBackendExplain(view: ProxyView, m: IngressNoMatch): Explanation {
  const params = { container: view.container, host: view.http.host, path: view.http.path };
  return ex(m.hostMatched ? 'sim.ingress.hop.noPath' : 'sim.ingress.hop.noHost', params);
}
