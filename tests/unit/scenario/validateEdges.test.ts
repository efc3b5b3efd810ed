/** Version 2 validation of Ingress, NetworkPolicies, the outside world and the new packet kinds, each rule with its path and key. */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario';
import { errorsOf, fromWeb, shopDoc } from './k8sDocs';

const ingress = (paths: unknown[], extra: Record<string, unknown> = {}) =>
  shopDoc({
    ingresses: [{ name: 'shop', namespace: 'shop', rules: [{ host: 'shop.example.com', paths }] }],
    ingressController: { pod: 'shop/web' },
    ...extra,
  });
const path = (service: string, port: number | string) => ({
  path: '/api',
  pathType: 'Prefix',
  service,
  port,
});

describe('an Ingress', () => {
  it('routes to a Service of its namespace by port number or port name', () => {
    expect(parseScenario(ingress([path('api', 80)])).ok).toBe(true);
    expect(errorsOf(parseScenario(ingress([path('web', 80)])))).toEqual([
      'cluster.ingresses[0].rules[0].paths[0].service scenario.error.unknownService',
    ]);
    expect(errorsOf(parseScenario(ingress([path('api', 'grpc')])))).toEqual([
      'cluster.ingresses[0].rules[0].paths[0].port scenario.error.unknownServicePort',
    ]);
  });

  it('needs a controller pod that exists, a pathType, a path starting with "/" and a DNS host', () => {
    const uncontrolled = shopDoc({
      ingresses: [{ name: 'shop', namespace: 'shop', rules: [{ paths: [path('api', 80)] }] }],
    });
    expect(errorsOf(parseScenario(uncontrolled))).toEqual([
      'cluster.ingresses scenario.error.noIngressController',
    ]);
    expect(
      errorsOf(
        parseScenario(ingress([path('api', 80)], { ingressController: { pod: 'shop/nginx' } })),
      ),
    ).toEqual(['cluster.ingressController.pod scenario.error.unknownPod']);
    const { pathType: _, ...untyped } = path('api', 80);
    expect(errorsOf(parseScenario(ingress([untyped])))).toEqual([
      'cluster.ingresses[0].rules[0].paths[0].pathType scenario.error.required',
    ]);
    expect(errorsOf(parseScenario(ingress([{ ...path('api', 80), path: 'api' }])))).toEqual([
      'cluster.ingresses[0].rules[0].paths[0].path scenario.error.badPath',
    ]);
    const badHost = shopDoc({
      ingresses: [{ name: 'i', rules: [{ host: 'Shop.Example', paths: [path('api', 80)] }] }],
      ingressController: { pod: 'shop/web' },
    });
    expect(errorsOf(parseScenario(badHost))).toEqual([
      'cluster.ingresses[0].rules[0].host scenario.error.badHost',
    ]);
    const wildcard = shopDoc({
      ingresses: [
        {
          name: 'i',
          namespace: 'shop',
          rules: [{ host: '*.example.com', paths: [path('api', 80)] }],
        },
      ],
      ingressController: { pod: 'shop/web' },
    });
    expect(parseScenario(wildcard).ok).toBe(true);
  });

  it('is unique by name within its namespace', () => {
    const one = { name: 'shop', namespace: 'shop', rules: [{ paths: [path('api', 80)] }] };
    const doc = shopDoc({ ingresses: [one, one], ingressController: { pod: 'shop/web' } });
    expect(errorsOf(parseScenario(doc))).toEqual([
      'cluster.ingresses[1].name scenario.error.duplicateIngress',
    ]);
  });
});

const policy = (extra: Record<string, unknown>) =>
  parseScenario(
    shopDoc({
      networkPolicies: [{ name: 'p', namespace: 'shop', podSelector: {}, ...extra }],
    }),
  );
const ingressPeer = (peer: unknown) => policy({ ingress: [{ peers: [peer] }] });

describe('a NetworkPolicy', () => {
  it('defaults policyTypes as the API server does: Ingress, plus Egress when it has egress rules', () => {
    const types = (extra: Record<string, unknown>) => {
      const r = policy(extra);
      return r.ok ? r.scenario.cluster.networkPolicies?.[0]?.policyTypes : r.errors;
    };
    expect(types({})).toEqual(['Ingress']);
    expect(types({ egress: [{}] })).toEqual(['Ingress', 'Egress']);
    expect(types({ egress: [] })).toEqual(['Ingress']);
    expect(types({ policyTypes: [], egress: [{}] })).toEqual(['Ingress', 'Egress']);
    expect(types({ policyTypes: ['Egress'] })).toEqual(['Egress']);
  });

  it('fills empty selectors, rules and ports, and reads its own output unchanged', () => {
    const r = policy({ ingress: [{}], egress: [{ peers: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }] });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.scenario.cluster.networkPolicies).toEqual([
      {
        name: 'p',
        namespace: 'shop',
        podSelector: { matchLabels: {}, matchExpressions: [] },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [{ peers: [], ports: [] }],
        egress: [{ peers: [{ ipBlock: { cidr: '0.0.0.0/0', except: [] } }], ports: [] }],
      },
    ]);
    expect(parseScenario(r.scenario)).toEqual(r);
  });

  it('is unique by name within its namespace and lists each policy type once', () => {
    const one = { name: 'p', namespace: 'shop', podSelector: {} };
    expect(errorsOf(parseScenario(shopDoc({ networkPolicies: [one, one] })))).toEqual([
      'cluster.networkPolicies[1].name scenario.error.duplicatePolicy',
    ]);
    expect(errorsOf(policy({ policyTypes: ['Ingress', 'Ingress'] }))).toEqual([
      'cluster.networkPolicies[0].policyTypes scenario.error.duplicatePolicyType',
    ]);
  });

  it('needs values with In and NotIn, none with Exists and DoesNotExist', () => {
    const expr = (operator: string, values: string[]) => ({
      podSelector: { matchExpressions: [{ key: 'app', operator, values }] },
    });
    expect(policy(expr('In', ['web'])).ok).toBe(true);
    expect(errorsOf(policy(expr('In', [])))).toEqual([
      'cluster.networkPolicies[0].podSelector.matchExpressions[0].values scenario.error.selectorValues',
    ]);
    expect(errorsOf(ingressPeer({ namespaceSelector: expr('Exists', ['x']).podSelector }))).toEqual(
      [
        'cluster.networkPolicies[0].ingress[0].peers[0].namespaceSelector.matchExpressions[0].values scenario.error.selectorValues',
      ],
    );
  });

  it('takes a peer that is selectors or an ipBlock, never empty and never both', () => {
    expect(errorsOf(ingressPeer({}))).toEqual([
      'cluster.networkPolicies[0].ingress[0].peers[0] scenario.error.peerEmpty',
    ]);
    expect(errorsOf(ingressPeer({ podSelector: {}, ipBlock: { cidr: '10.0.0.0/8' } }))).toEqual([
      'cluster.networkPolicies[0].ingress[0].peers[0] scenario.error.peerMixed',
    ]);
  });

  it('takes an ipBlock whose range is a network and whose exceptions lie strictly inside it', () => {
    const block = (cidr: string, except: string[]) => ingressPeer({ ipBlock: { cidr, except } });
    expect(block('10.0.0.0/8', ['10.1.0.0/16']).ok).toBe(true);
    const at = 'cluster.networkPolicies[0].ingress[0].peers[0].ipBlock';
    expect(errorsOf(block('10.0.0.1/8', []))).toEqual([`${at}.cidr scenario.error.cidrHostBits`]);
    expect(errorsOf(block('10.0.0.0/8', ['11.0.0.0/16', '10.0.0.0/8', '10.0.0.1/16']))).toEqual([
      `${at}.except[0] scenario.error.exceptOutsideCidr`,
      `${at}.except[1] scenario.error.exceptOutsideCidr`,
      `${at}.except[2] scenario.error.cidrHostBits`,
    ]);
  });

  it('takes ports by number or name, an endPort only after a number and not below it', () => {
    const ports = (...p: unknown[]) => policy({ ingress: [{ ports: p }] });
    expect(
      ports({ port: 'http' }, { protocol: 'UDP', port: 53 }, { port: 30000, endPort: 32767 }).ok,
    ).toBe(true);
    const at = 'cluster.networkPolicies[0].ingress[0].ports[0].endPort';
    expect(errorsOf(ports({ port: 'http', endPort: 90 }))).toEqual([
      `${at} scenario.error.endPortNeedsNumber`,
    ]);
    expect(errorsOf(ports({ port: 90, endPort: 80 }))).toEqual([
      `${at} scenario.error.endPortBelowPort`,
    ]);
  });
});

describe('the outside world and the kernel switches', () => {
  it('default to the client .100 and the gateway .1 of the node network, 203.0.113.10 and both switches on', () => {
    const r = parseScenario(shopDoc({ outside: {}, netfilter: { hairpinMode: false } }));
    expect(r.ok && r.scenario.cluster.outside).toEqual({
      clientIp: '192.168.10.100',
      gatewayIp: '192.168.10.1',
      internetHostIp: '203.0.113.10',
    });
    expect(r.ok && r.scenario.cluster.netfilter).toEqual({
      bridgeNfCallIptables: true,
      hairpinMode: false,
    });
  });

  it('derive a left-out client (.100) and gateway (.1) from another node network, as the simulation does', () => {
    const doc = shopDoc({ outside: { internetHostIp: '198.51.100.7' } });
    const r = parseScenario({
      ...doc,
      cluster: { ...(doc.cluster as object), nodeNetwork: '172.16.0.0/16' },
    });
    expect(r.ok && r.scenario.cluster.outside).toEqual({
      clientIp: '172.16.0.100',
      gatewayIp: '172.16.0.1',
      internetHostIp: '198.51.100.7',
    });
  });

  it('keep the client and gateway on the node network, off the nodes, and the internet host outside', () => {
    const outside = (o: Record<string, string>) => parseScenario(shopDoc({ outside: o }));
    expect(errorsOf(outside({ clientIp: '10.0.0.9' }))).toEqual([
      'cluster.outside.clientIp scenario.error.outsideIpOutside',
    ]);
    expect(errorsOf(outside({ gatewayIp: '192.168.10.11' }))).toEqual([
      'cluster.outside.gatewayIp scenario.error.duplicateIp',
    ]);
    expect(errorsOf(outside({ internetHostIp: '10.96.0.5' }))).toEqual([
      'cluster.outside.internetHostIp scenario.error.internetHostInside',
    ]);
  });
});

describe('packets of version 2', () => {
  const packets = (...p: unknown[]) => parseScenario(shopDoc({}, p));

  it('go to Services, NodePorts, names and the internet, and come from the external client', () => {
    const r = packets(
      fromWeb({ kind: 'service', service: 'shop/api' }, { endpoint: 'shop/api' }),
      fromWeb({ kind: 'name', name: 'api.shop.svc.cluster.local' }),
      { from: fromWeb({}).from, to: { kind: 'internet' }, protocol: 'ICMP' },
      {
        from: { kind: 'external' },
        to: { kind: 'node', node: 'node1' },
        protocol: 'TCP',
        port: 80,
        http: { host: 'shop.example.com', path: '/' },
      },
    );
    expect(r.ok).toBe(true);
  });

  it('refer to Services that exist, NodePort ones for a nodeport target', () => {
    expect(errorsOf(packets(fromWeb({ kind: 'service', service: 'shop/db' })))).toEqual([
      'packets[0].to.service scenario.error.unknownService',
    ]);
    expect(
      errorsOf(packets(fromWeb({ kind: 'nodeport', node: 'node3', service: 'shop/api' }))),
    ).toEqual([
      'packets[0].to.node scenario.error.unknownNode',
      'packets[0].to.service scenario.error.notNodePort',
    ]);
    expect(errorsOf(packets(fromWeb({ kind: 'service', service: 'api' })))).toEqual([
      'packets[0].to.service scenario.error.badServiceRef',
    ]);
  });

  it('pin only an endpoint the Service selects, and only on the way to a Service', () => {
    expect(
      errorsOf(
        packets(fromWeb({ kind: 'service', service: 'shop/api' }, { endpoint: 'shop/web' })),
      ),
    ).toEqual(['packets[0].endpoint scenario.error.endpointNotSelected']);
    expect(
      errorsOf(packets(fromWeb({ kind: 'service', service: 'shop/api' }, { endpoint: 'shop/db' }))),
    ).toEqual(['packets[0].endpoint scenario.error.unknownPod']);
    expect(
      errorsOf(packets(fromWeb({ kind: 'pod', pod: 'shop/api' }, { endpoint: 'shop/api' }))),
    ).toEqual(['packets[0].endpoint scenario.error.endpointNeedsService']);
  });

  it('carry an HTTP request line only over TCP', () => {
    const http = { http: { host: 'shop.example.com', path: '/' }, protocol: 'UDP' };
    expect(errorsOf(packets(fromWeb({ kind: 'node', node: 'node1' }, http)))).toEqual([
      'packets[0].http scenario.error.httpNeedsTcp',
    ]);
  });
});
