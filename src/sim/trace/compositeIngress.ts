/** HTTP to the ingress controller, traced as two connections: the client's ends at the controller, which matches an Ingress rule and opens its own to the backend Service. */
import { backendOf, matchIngress } from '../ingress/match';
import { defaultBackendExplain, proxyExplain } from '../ingress/explain';
import { indexNetwork } from '../model/topology';
import { Assembly, outcome } from './compositeAssembly';
import { selects, servicesOf, traceLeg, upstreamTarget } from './compositeLegs';
import { ex } from './explain';
import type { Sender } from './endpoints';
import type { NeighbourEntry } from '../link/neighbours';
import type { ClusterSpec, Endpoint, PacketRequest, PodId } from '../model/types';
import type { Trace } from './traceTypes';

/** The ingress controller pod, when an HTTP request is addressed to it (directly or through its Service). */
export function ingressControllerOf(
  cluster: ClusterSpec,
  request: PacketRequest,
): PodId | undefined {
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
export function traceIngress(
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
