import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestsToScenario } from '../../../../src/scenario/manifests';

const fixture = (ext: string) =>
  readFileSync(new URL(`../../../fixtures/kubectl/kind-flannel.${ext}`, import.meta.url), 'utf8');

describe.each(['json', 'yaml'])(
  'kubectl get nodes,pods,svc,ingress,networkpolicy -A -o %s',
  (ext) => {
    const r = manifestsToScenario(fixture(ext), { cni: 'vxlan', title: 'kind' });
    if (r.status !== 'ok') throw new Error(JSON.stringify(r));
    const { cluster } = r.scenario;

    it("keeps the nodes' InternalIPs and pod CIDRs", () => {
      expect(cluster.nodes).toEqual([
        { name: 'kind-control-plane', ip: '172.18.0.3', podCidr: '10.244.0.0/24' },
        { name: 'kind-worker', ip: '172.18.0.2', podCidr: '10.244.1.0/24' },
        { name: 'kind-worker2', ip: '172.18.0.4', podCidr: '10.244.2.0/24' },
      ]);
    });

    it('keeps pod IPs on their nodes; hostNetwork pods take the node address; a finished Job pod is left out', () => {
      const byName = new Map(cluster.pods.map((p) => [p.name, p]));
      expect(byName.get('web-6d4cf56db6-8xq2n')).toMatchObject({
        node: 'kind-worker',
        ip: '10.244.1.5',
      });
      expect(byName.get('db-0')).toMatchObject({ node: 'kind-worker2', ip: '10.244.2.7' });
      expect(byName.get('coredns-6f6b679f8f-q7w4s')?.ip).toBe('10.244.0.2');
      const proxy = byName.get('kube-proxy-bx9wq');
      expect(proxy?.hostNetwork).toBe(true);
      expect(proxy?.ip).toBeUndefined();
      expect(byName.has('migrate-4kq8m')).toBe(false);
      expect(r.notes).toContainEqual(
        expect.objectContaining({
          name: 'shop/migrate-4kq8m',
          reason: 'notRunning',
          detail: 'Succeeded',
        }),
      );
    });

    it('keeps ClusterIPs and nodePorts as the cluster allocated them', () => {
      const svc = new Map((cluster.services ?? []).map((s) => [s.name, s]));
      expect(svc.get('kubernetes')?.clusterIP).toBe('10.96.0.1');
      expect(svc.get('kube-dns')?.clusterIP).toBe('10.96.0.10');
      expect(svc.get('web')?.clusterIP).toBe('10.96.143.27');
      expect(svc.get('db')?.clusterIP).toBe('None');
      expect(svc.get('ingress-nginx-controller')?.ports.map((p) => p.nodePort)).toEqual([
        31080, 31443,
      ]);
    });

    it('infers the smallest ranges covering the addresses, and says so', () => {
      expect(cluster.clusterCidr).toBe('10.244.0.0/22');
      expect(cluster.nodeNetwork).toBe('172.18.0.0/29');
      expect(cluster.serviceCidr).toBe('10.96.0.0/16');
      const inferred = r.notes
        .filter((n) => n.reason === 'inferred')
        .map((n) => [n.path, n.detail]);
      expect(inferred).toEqual([
        ['clusterCidr', '10.244.0.0/22'],
        ['nodeNetwork', '172.18.0.0/29'],
        ['serviceCidr', '10.96.0.0/16'],
      ]);
      expect(cluster.outside).toEqual({
        clientIp: '172.18.0.5',
        gatewayIp: '172.18.0.1',
        internetHostIp: '203.0.113.10',
      });
    });

    it('finds the ingress-nginx controller pod and reads the Ingress and the NetworkPolicy', () => {
      expect(cluster.ingressController?.pod).toBe(
        'ingress-nginx/ingress-nginx-controller-7d56585cd8-kvx6p',
      );
      expect(cluster.ingresses?.[0]?.rules[0]?.host).toBe('shop.example.com');
      expect(cluster.networkPolicies?.[0]?.name).toBe('db-from-web');
      expect(cluster.cni).toBe('vxlan');
    });

    it('ignores what the API server writes for itself (uid, resourceVersion, managedFields, status.conditions)', () => {
      const paths = r.notes.map((n) => n.path);
      for (const p of ['metadata.uid', 'metadata.managedFields', 'status', 'status.conditions'])
        expect(paths).not.toContain(p);
      expect(paths).not.toContain('spec.volumes');
      expect(paths).not.toContain('spec.containers[0].volumeMounts');
    });

    it('gives the line of each object in the text', () => {
      const db = r.notes.find((n) => n.name === 'shop/db-0');
      expect(db?.line).toBe(ext === 'json' ? 721 : 487);
    });
  },
);
