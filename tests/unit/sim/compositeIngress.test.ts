import { describe, expect, it } from 'vitest';
import { compositeTrace } from '../../../src/sim/trace/composite';
import type { PacketRequest, PodId, Trace } from '../../../src/sim';
import { client, dnsLab } from './compositeFixtures';
import { hopsOf, lines } from './compositeView';

const CONTROLLER_SVC = 'ingress-nginx/ingress-nginx-controller';
const viaNodePort = (host: string, path: string): PacketRequest => ({
  from: { kind: 'external' },
  to: { kind: 'nodeport', node: 'node1', service: CONTROLLER_SVC },
  protocol: 'TCP',
  port: 30080,
  http: { host, path },
});
const toControllerPod = (host: string, path: string): PacketRequest => ({
  from: client,
  to: { kind: 'pod', pod: 'ingress-nginx/controller' as PodId },
  protocol: 'TCP',
  port: 80,
  http: { host, path },
});
const run = (r: PacketRequest): Trace => {
  const t = compositeTrace(dnsLab(), r);
  if (!t) throw new Error('not a composite request');
  return t;
};

describe('HTTP through the ingress controller: two connections', () => {
  it('from the external client by NodePort: masqueraded to the controller, then the controller’s own connection to the Service', () => {
    const t = run(viaNodePort('shop.example.com', '/api/v1'));
    expect(t.outcome.kind).toBe('delivered');
    expect(t.exchanges).toEqual([
      {
        kind: 'connection',
        explain: {
          key: 'sim.ingress.exchange.client',
          params: { host: 'shop.example.com', path: '/api/v1' },
        },
      },
      {
        kind: 'upstream',
        explain: {
          key: 'sim.ingress.exchange.upstream',
          params: { service: 'shop/api', target: '10.96.12.34:80' },
        },
      },
    ]);
    expect(lines(t)).toEqual([
      '0 request send outside:client 192.168.10.100:44924 > 192.168.10.11:30080 60',
      // KUBE-NODEPORTS DNAT to the controller on node2, then the masquerade (externalTrafficPolicy Cluster)
      '0 request dnat node:node1 192.168.10.100:44924 > 10.244.2.4:80 60',
      '0 request snat node:node1 192.168.10.11:44924 > 10.244.2.4:80 60',
      '0 request deliver pod:ingress-nginx/controller 192.168.10.11:44924 > 10.244.2.4:80 60',
      '0 reply send pod:ingress-nginx/controller 10.244.2.4:80 > 192.168.10.11:44924 60',
      '0 reply unnat node:node1 10.244.2.4:80 > 192.168.10.100:44924 60',
      '0 reply unnat node:node1 192.168.10.11:30080 > 192.168.10.100:44924 60',
      '0 reply deliver outside:client 192.168.10.11:30080 > 192.168.10.100:44924 60',
      '0 request proxy pod:ingress-nginx/controller',
      // a new connection from the controller's own address, DNATed to the api pod
      '1 request send pod:ingress-nginx/controller 10.244.2.4:51394 > 10.96.12.34:80 60',
      '1 request dnat node:node2 10.244.2.4:51394 > 10.244.2.2:8080 60',
      '1 request deliver pod:shop/api 10.244.2.4:51394 > 10.244.2.2:8080 60',
      '1 reply send pod:shop/api 10.244.2.2:8080 > 10.244.2.4:51394 60',
      '1 reply unnat node:node2 10.96.12.34:80 > 10.244.2.4:51394 60',
      '1 reply deliver pod:ingress-nginx/controller 10.96.12.34:80 > 10.244.2.4:51394 60',
    ]);
  });

  it('the proxy hop names the Ingress, host, path and backend, and X-Forwarded-For is the node it saw', () => {
    const proxy = hopsOf(run(viaNodePort('shop.example.com', '/api/v1')), 'proxy')[0];
    expect(proxy).toMatchObject({ container: 'nginx', node: 'node2', headers: {}, changes: [] });
    expect(proxy?.explain).toEqual({
      key: 'sim.ingress.hop.proxyMasqueraded',
      params: {
        container: 'nginx',
        host: 'shop.example.com',
        path: '/api/v1',
        ingress: 'shop/shop',
        ruleHost: 'shop.example.com',
        rulePath: '/api',
        pathType: 'Prefix',
        service: 'shop/api',
        target: '10.96.12.34:80',
        xff: '192.168.10.11',
        client: '192.168.10.100',
      },
    });
  });

  it('from a pod straight to the controller pod: the client’s own address in X-Forwarded-For; Exact /healthz', () => {
    const t = run(toControllerPod('shop.example.com', '/healthz'));
    const proxy = hopsOf(t, 'proxy')[0];
    expect(proxy?.explain.key).toBe('sim.ingress.hop.proxy');
    expect(proxy?.explain.params).toMatchObject({
      pathType: 'Exact',
      rulePath: '/healthz',
      xff: '10.244.1.3',
      client: '10.244.1.3',
    });
    expect(t.exchanges?.map((e) => e.kind)).toEqual(['connection', 'upstream']);
  });

  it('no rule for the host: the default backend answers 404, no upstream connection', () => {
    const t = run(toControllerPod('other.example.com', '/'));
    expect(t.exchanges?.map((e) => e.kind)).toEqual(['connection']);
    expect(hopsOf(t, 'proxy')[0]?.explain.key).toBe('sim.ingress.hop.noHost');
    expect(t.hops[t.hops.length - 1]?.action).toBe('proxy');
    expect(t.outcome).toEqual({
      kind: 'delivered',
      reason: {
        key: 'sim.ingress.outcome.notFound',
        params: { host: 'other.example.com', path: '/' },
      },
    });
  });

  it('a known host but no path (/apix is not under Prefix /api): 404 as well', () => {
    const t = run(toControllerPod('shop.example.com', '/apix'));
    expect(hopsOf(t, 'proxy')[0]?.explain.key).toBe('sim.ingress.hop.noPath');
    expect(t.outcome.reason.key).toBe('sim.ingress.outcome.notFound');
  });
});

describe('requests that are not for the ingress controller', () => {
  it('HTTP to another Service, or TCP without HTTP to the controller, is a single exchange', () => {
    const cluster = dnsLab();
    expect(
      compositeTrace(cluster, {
        from: client,
        to: { kind: 'service', service: 'shop/api' },
        protocol: 'TCP',
        port: 80,
        http: { host: 'shop.example.com', path: '/api' },
      }),
    ).toBeUndefined();
    const { http: _http, ...plain } = toControllerPod('shop.example.com', '/api');
    expect(compositeTrace(cluster, plain)).toBeUndefined();
  });
});
