/** Version 2 validation of namespaces and Services: the defaults Kubernetes fills in, then each rule with its path and key. */
import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioWarnings } from '../../../src/scenario';
import { apiService, errorsOf, shopDoc } from './k8sDocs';

const svc = (extra: Record<string, unknown>) => ({ ...apiService, ...extra });
const services = (...list: unknown[]) => parseScenario(shopDoc({ services: list }));

describe('a Service', () => {
  it('gets the defaults Kubernetes gives: ClusterIP, TCP, targetPort = port, Cluster, namespace default', () => {
    const r = services({ name: 'db', ports: [{ port: 5432 }] });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.scenario.cluster.services).toEqual([
      {
        name: 'db',
        namespace: 'default',
        type: 'ClusterIP',
        selector: {},
        ports: [{ protocol: 'TCP', port: 5432, targetPort: 5432 }],
        externalTrafficPolicy: 'Cluster',
      },
    ]);
  });

  it('is read again unchanged from what parsing made of it', () => {
    const r = parseScenario(shopDoc({}));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(parseScenario(r.scenario)).toEqual(r);
  });

  it('needs a name that starts with a letter (an RFC 1035 label) and at least one port', () => {
    expect(errorsOf(services(svc({ name: '1api' })))).toEqual([
      'cluster.services[0].name scenario.error.badServiceName',
    ]);
    expect(errorsOf(services(svc({ ports: [] })))).toEqual([
      'cluster.services[0].ports scenario.error.empty',
    ]);
  });

  it('refuses a nodePort outside 30000–32767, a digits-only port name and an unknown type', () => {
    expect(
      errorsOf(services(svc({ type: 'NodePort', ports: [{ port: 80, nodePort: 29999 }] }))),
    ).toEqual(['cluster.services[0].ports[0].nodePort scenario.error.badNodePort']);
    for (const name of ['8080', 'a--b', '-http'])
      expect(errorsOf(services(svc({ ports: [{ port: 80, targetPort: name }] }))), name).toEqual([
        'cluster.services[0].ports[0].targetPort scenario.error.badPortName',
      ]);
    expect(errorsOf(services(svc({ type: 'LoadBalancer' })))).toEqual([
      'cluster.services[0].type scenario.error.notOneOf',
    ]);
  });

  it('must be unique by name within its namespace, and may share a name across namespaces', () => {
    expect(errorsOf(services(apiService, svc({ clusterIP: '10.96.0.50' })))).toEqual([
      'cluster.services[1].name scenario.error.duplicateService',
    ]);
    expect(services(apiService, svc({ namespace: 'default' })).ok).toBe(true);
  });

  it('keeps a fixed ClusterIP inside the service range, off its network and broadcast addresses, and unique', () => {
    expect(errorsOf(services(svc({ clusterIP: '10.0.0.5' })))).toEqual([
      'cluster.services[0].clusterIP scenario.error.clusterIpOutside',
    ]);
    expect(errorsOf(services(svc({ clusterIP: '10.111.255.255' })))).toEqual([
      'cluster.services[0].clusterIP scenario.error.clusterIpReserved',
    ]);
    const two = services(
      svc({ clusterIP: '10.96.0.50' }),
      svc({ name: 'b', clusterIP: '10.96.0.50' }),
    );
    expect(errorsOf(two)).toEqual(['cluster.services[1].clusterIP scenario.error.duplicateIp']);
  });

  it('may not take kube-dns’s tenth address while kube-dns takes it by default', () => {
    const dns = {
      name: 'kube-dns',
      namespace: 'kube-system',
      ports: [{ port: 53, protocol: 'UDP' }],
    };
    expect(errorsOf(services(dns, svc({ clusterIP: '10.96.0.10' })))).toEqual([
      'cluster.services[1].clusterIP scenario.error.duplicateIp',
    ]);
    expect(services(svc({ clusterIP: '10.96.0.10' })).ok).toBe(true);
  });

  it('keeps the service range apart from the pod and node ranges', () => {
    expect(errorsOf(parseScenario(shopDoc({ serviceCidr: '10.240.0.0/12' })))).toEqual([
      'cluster.serviceCidr scenario.error.serviceCidrOverlap',
    ]);
    expect(errorsOf(parseScenario(shopDoc({ serviceCidr: '10.96.0.1/12' })))).toEqual([
      'cluster.serviceCidr scenario.error.cidrHostBits',
    ]);
  });

  it('is headless or a NodePort, not both; nodePort and Local belong to NodePort Services', () => {
    expect(errorsOf(services(svc({ type: 'NodePort', clusterIP: 'None' })))).toEqual([
      'cluster.services[0].clusterIP scenario.error.headlessNodePort',
    ]);
    expect(errorsOf(services(svc({ ports: [{ port: 80, nodePort: 30080 }] })))).toEqual([
      'cluster.services[0].ports[0].nodePort scenario.error.nodePortOnClusterIp',
    ]);
    expect(errorsOf(services(svc({ externalTrafficPolicy: 'Local' })))).toEqual([
      'cluster.services[0].externalTrafficPolicy scenario.error.localNeedsNodePort',
    ]);
  });

  it('names every port when it has several, each name and port/protocol once', () => {
    const ports = (...p: unknown[]) => services(svc({ ports: p }));
    expect(errorsOf(ports({ port: 80 }, { name: 'b', port: 81 }))).toEqual([
      'cluster.services[0].ports[0] scenario.error.portNameRequired',
    ]);
    expect(errorsOf(ports({ name: 'a', port: 80 }, { name: 'a', port: 81 }))).toEqual([
      'cluster.services[0].ports[1].name scenario.error.duplicatePortName',
    ]);
    expect(errorsOf(ports({ name: 'a', port: 80 }, { name: 'b', port: 80 }))).toEqual([
      'cluster.services[0].ports[1].port scenario.error.duplicateServicePort',
    ]);
    expect(
      ports({ name: 'dns', port: 53, protocol: 'UDP' }, { name: 'dns-tcp', port: 53 }).ok,
    ).toBe(true);
  });

  it('gives each NodePort to one Service (one Service may use it for TCP and UDP)', () => {
    const np = (name: string, ...ports: unknown[]) => svc({ name, type: 'NodePort', ports });
    expect(
      errorsOf(
        services(np('a', { port: 80, nodePort: 30080 }), np('b', { port: 80, nodePort: 30080 })),
      ),
    ).toEqual(['cluster.services[1].ports[0].nodePort scenario.error.duplicateNodePort']);
    const both = np(
      'dns',
      { name: 'u', port: 53, protocol: 'UDP', nodePort: 30053 },
      { name: 't', port: 53, nodePort: 30053 },
    );
    expect(services(both).ok).toBe(true);
  });

  it('warns, without refusing, when it selects no pod or no selected pod has its named targetPort', () => {
    const r = services(
      svc({ selector: { app: 'nothing' } }),
      svc({ name: 'b', ports: [{ port: 80, targetPort: 'grpc' }] }),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(scenarioWarnings(r.scenario).map((w) => `${w.path} ${w.key}`)).toEqual([
      'cluster.services[0].selector scenario.warning.noEndpoints',
      'cluster.services[1].ports[0].targetPort scenario.warning.namedPortMissing',
    ]);
    const fine = parseScenario(shopDoc({}));
    expect(fine.ok && scenarioWarnings(fine.scenario)).toEqual([]);
  });
});

describe('namespaces', () => {
  it('are listed once each, with labels defaulting to none', () => {
    const r = parseScenario(shopDoc({ namespaces: [{ name: 'shop' }] }));
    expect(r.ok && r.scenario.cluster.namespaces).toEqual([{ name: 'shop', labels: {} }]);
    expect(
      errorsOf(parseScenario(shopDoc({ namespaces: [{ name: 'a' }, { name: 'a' }] }))),
    ).toEqual(['cluster.namespaces[1].name scenario.error.duplicateNamespace']);
  });
});
