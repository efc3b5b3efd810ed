/** The built-in presets: all valid, each teaching its concepts, each with a first packet ready. */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { defaultScenario, parseScenario, PRESETS, presetById } from '../../../src/scenario';
import { defaultScenario as fromOldPath } from '../../../src/scenario/defaultScenario';

describe('the presets', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))(
    '%s passes validation unchanged',
    (_id, preset) => {
      const r = parseScenario(preset.scenario);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.scenario).toEqual(preset.scenario);
    },
  );

  it('each have a first packet, an English title and description, and concepts', () => {
    for (const p of PRESETS) {
      expect(p.scenario.packets[0]).toBeDefined();
      expect(en[p.titleKey]).toBe(p.scenario.title);
      expect(en[p.descriptionKey]).toBe(p.scenario.description);
      expect(p.concepts.length).toBeGreaterThan(0);
    }
  });

  it('have unique ids and cover the concepts C2, C3, C5, C6, C8, C9 and C10', () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    const covered = new Set(PRESETS.flatMap((p) => p.concepts));
    for (const c of ['C2', 'C3', 'C5', 'C6', 'C8', 'C9', 'C10']) expect(covered).toContain(c);
  });

  it('include a port conflict, shared memory, a hostNetwork pod, VXLAN and localhost to another pod', () => {
    const ports = presetById('port-conflict')?.scenario.cluster.pods[0]?.containers.map(
      (c) => c.ports[0]?.port,
    );
    expect(ports).toEqual([80, 80]);
    expect(presetById('shared-memory')?.scenario.packets[0]?.protocol).toBe('SHM');
    expect(presetById('host-network')?.scenario.cluster.pods.some((p) => p.hostNetwork)).toBe(true);
    expect(presetById('two-nodes-vxlan')?.scenario.cluster.cni).toBe('vxlan');
    const lo = presetById('localhost-other-pod')?.scenario.packets[0];
    expect(lo?.to.kind).toBe('localhost');
    expect(lo?.from).toMatchObject({ kind: 'container', pod: 'default/client' });
  });

  it('provide the default scenario (two nodes with host routing), also from its old module path', () => {
    expect(defaultScenario).toBe(presetById('two-nodes-hostgw')?.scenario);
    expect(fromOldPath).toBe(defaultScenario);
  });

  it('include the ten Service presets of concept C12, each with one to three packets', () => {
    const ids = [
      'clusterip-remote',
      'clusterip-same-node',
      'service-hairpin',
      'dns-service',
      'headless-service',
      'nodeport-cluster',
      'nodeport-local',
      'egress-internet',
      'ingress-two-paths',
      'policy-default-deny',
    ];
    for (const id of ids) {
      const p = presetById(id);
      expect(p?.concepts, id).toEqual(['C12']);
      expect(p?.scenario.packets.length, id).toBeGreaterThanOrEqual(1);
      expect(p?.scenario.packets.length, id).toBeLessThanOrEqual(3);
    }
  });

  it('set up what each C12 idea needs: kube-dns, the kernel switches, headless, Local, the controller, default deny', () => {
    const cluster = (id: string) => presetById(id)?.scenario.cluster;
    const dns = cluster('dns-service');
    expect(dns?.services?.find((s) => s.name === 'kube-dns')).toMatchObject({
      namespace: 'kube-system',
      clusterIP: '10.96.0.10',
      selector: { 'k8s-app': 'kube-dns' },
    });
    expect(dns?.pods.find((p) => p.labels['k8s-app'] === 'kube-dns')?.namespace).toBe(
      'kube-system',
    );
    for (const id of ['clusterip-same-node', 'service-hairpin'])
      expect(cluster(id)?.netfilter, id).toEqual({ bridgeNfCallIptables: true, hairpinMode: true });
    expect(cluster('headless-service')?.services?.find((s) => s.name === 'db')?.clusterIP).toBe(
      'None',
    );
    expect(cluster('nodeport-local')?.services?.[0]?.externalTrafficPolicy).toBe('Local');
    expect(cluster('nodeport-cluster')?.services?.[0]?.externalTrafficPolicy).toBe('Cluster');
    const ing = cluster('ingress-two-paths');
    expect(ing?.ingressController?.pod).toBe('ingress-nginx/ingress-nginx-controller');
    expect(ing?.ingresses?.[0]?.rules[0]?.paths.map((p) => `${p.path} ${p.service}`)).toEqual([
      '/api api',
      '/ web',
    ]);
    expect(
      ing?.services
        ?.find((s) => s.name === 'ingress-nginx-controller')
        ?.ports.map((p) => p.nodePort),
    ).toEqual([30080, 30443]);
    const deny = cluster('policy-default-deny')?.networkPolicies?.[0];
    expect(deny).toMatchObject({
      podSelector: { matchLabels: {} },
      policyTypes: ['Ingress'],
      ingress: [],
    });
    expect(presetById('clusterip-remote')?.scenario.packets[1]?.endpoint).toBe('default/api-2');
  });
});
