import { describe, expect, it } from 'vitest';
import { manifestsToScenario } from '../../../../src/scenario/manifests';

const opts = { cni: 'auto', title: 'Imported' } as const;

const shop = `apiVersion: v1
kind: Namespace
metadata: { name: shop, labels: { team: shop } }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec:
  replicas: 3
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
          ports: [{ containerPort: 80, name: http }]
          resources: { limits: { cpu: 100m } }
      volumes: [{ name: data, emptyDir: {} }]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db, namespace: shop }
spec:
  replicas: 2
  serviceName: db
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec:
      containers: [{ name: postgres, image: postgres:16, ports: [{ containerPort: 5432 }] }]
---
apiVersion: v1
kind: Service
metadata: { name: web, namespace: shop }
spec:
  selector: { app: web }
  ports: [{ port: 80, targetPort: http }]
---
apiVersion: v1
kind: Secret
metadata: { name: token }
`;

function ok(text: string, options: Parameters<typeof manifestsToScenario>[1] = opts) {
  const r = manifestsToScenario(text, options);
  if (r.status !== 'ok') throw new Error(JSON.stringify(r));
  return r;
}

describe('Kubernetes manifests in', () => {
  it('expands a Deployment into replicas named <name>-<template hash>-<5 chars>, labelled with the hash, spread over two added nodes', () => {
    const { scenario, notes } = ok(shop);
    const web = scenario.cluster.pods.filter((p) => p.labels.app === 'web');
    expect(web.map((p) => p.name)).toEqual([
      'web-857989f747-x75lx',
      'web-857989f747-92p6s',
      'web-857989f747-dlj8x',
    ]);
    expect(web.every((p) => p.labels['pod-template-hash'] === '857989f747')).toBe(true);
    expect(web.map((p) => p.node)).toEqual(['node-1', 'node-2', 'node-1']);
    expect(scenario.cluster.nodes).toEqual([{ name: 'node-1' }, { name: 'node-2' }]);
    expect(notes).toContainEqual({ kind: 'Node', name: 'node-1', path: '', reason: 'added' });
  });

  it('names StatefulSet pods db-0, db-1 and keeps container names and ports', () => {
    const { scenario } = ok(shop);
    const db = scenario.cluster.pods.filter((p) => p.labels.app === 'db');
    expect(db.map((p) => p.name)).toEqual(['db-0', 'db-1']);
    expect(db[0]?.containers).toEqual([
      { name: 'postgres', image: 'postgres:16', ports: [{ port: 5432, protocol: 'TCP' }] },
    ]);
  });

  it('is deterministic: the same text gives the same pod names', () => {
    expect(ok(shop).scenario).toEqual(ok(shop).scenario);
  });

  it('lists what it leaves out with kind, name, field path and line', () => {
    const { notes } = ok(shop);
    expect(notes).toContainEqual({
      kind: 'Deployment',
      name: 'shop/web',
      path: 'spec.template.spec.containers[0].resources',
      reason: 'unsupported',
      line: 5,
    });
    expect(notes).toContainEqual({
      kind: 'Deployment',
      name: 'shop/web',
      path: 'spec.template.spec.volumes',
      reason: 'unsupported',
      line: 5,
    });
    expect(notes).toContainEqual({
      kind: 'Secret',
      name: 'token',
      path: '',
      reason: 'unknownKind',
      line: 40,
      detail: 'Secret',
    });
  });

  it('keeps namespaces with labels, Services with named target ports, and prepares a packet to the Service', () => {
    const { scenario } = ok(shop);
    expect(scenario.cluster.namespaces).toEqual([{ name: 'shop', labels: { team: 'shop' } }]);
    expect(scenario.cluster.services?.[0]?.ports).toEqual([
      { protocol: 'TCP', port: 80, targetPort: 'http' },
    ]);
    expect(scenario.packets[0]).toEqual({
      from: { kind: 'container', pod: 'shop/db-0', container: 'postgres' },
      to: { kind: 'service', service: 'shop/web' },
      protocol: 'TCP',
      port: 80,
    });
  });

  it('uses the CNI mode the learner chose', () => {
    expect(ok(shop, { cni: 'vxlan', title: 'x' }).scenario.cluster.cni).toBe('vxlan');
    expect(ok(shop).scenario.cluster.cni).toBe('bridge-hostgw');
  });

  it('puts a pod on its nodeName (adding that node), a DaemonSet on every node it tolerates, hostNetwork kept', () => {
    const text = `apiVersion: v1
kind: Node
metadata: { name: cp }
spec: { taints: [{ key: node-role.kubernetes.io/control-plane, effect: NoSchedule }] }
---
apiVersion: v1
kind: Node
metadata: { name: w1 }
---
apiVersion: apps/v1
kind: DaemonSet
metadata: { name: agent, namespace: kube-system }
spec:
  selector: { matchLabels: { app: agent } }
  template:
    metadata: { labels: { app: agent } }
    spec:
      hostNetwork: true
      containers: [{ name: agent, image: agent:1 }]
---
apiVersion: apps/v1
kind: DaemonSet
metadata: { name: proxy, namespace: kube-system }
spec:
  selector: { matchLabels: { app: proxy } }
  template:
    metadata: { labels: { app: proxy } }
    spec:
      tolerations: [{ operator: Exists }]
      containers: [{ name: proxy, image: proxy:1 }]
---
apiVersion: v1
kind: Pod
metadata: { name: pinned }
spec:
  nodeName: w2
  containers: [{ name: c, image: busybox }]
`;
    const { scenario, notes } = ok(text);
    const where = Object.fromEntries(scenario.cluster.pods.map((p) => [p.name, p.node]));
    expect(where.pinned).toBe('w2');
    const agents = scenario.cluster.pods.filter((p) => p.labels.app === 'agent');
    expect(agents.map((p) => p.node)).toEqual(['w1', 'w2']);
    expect(agents[0]?.hostNetwork).toBe(true);
    expect(agents[0]?.name).toMatch(/^agent-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    const proxies = scenario.cluster.pods.filter((p) => p.labels.app === 'proxy');
    expect(proxies.map((p) => p.node)).toEqual(['cp', 'w1', 'w2']);
    expect(notes).toContainEqual({ kind: 'Node', name: 'w2', path: '', reason: 'added' });
  });

  it('reads a List and a typed PodList as their items', () => {
    const list = `apiVersion: v1
kind: PodList
items:
  - metadata: { name: a }
    spec: { containers: [{ name: c, image: busybox }] }
  - metadata: { name: b }
    spec: { containers: [{ name: c, image: busybox }] }
`;
    expect(ok(list).scenario.cluster.pods.map((p) => p.name)).toEqual(['a', 'b']);
  });

  it('gives the line of invalid YAML', () => {
    const r = manifestsToScenario('kind: Pod\nmetadata:\n  name: [a\n  x: 1\n', opts);
    expect(r.status).toBe('unreadable');
    if (r.status === 'unreadable') expect(r.problem.what).toBe('yaml');
    if (r.status === 'unreadable') expect(r.problem.line).toBeGreaterThanOrEqual(3);
  });

  it('leaves out an object of the wrong shape with the path and what belonged there', () => {
    const text = `apiVersion: v1
kind: Pod
metadata: { name: a }
spec: { containers: [{ name: c, image: busybox, ports: [{ containerPort: eighty }] }] }
---
apiVersion: v1
kind: Pod
metadata: { name: b }
spec: { containers: [{ name: c, image: busybox }] }
`;
    const { scenario, notes } = ok(text);
    expect(scenario.cluster.pods.map((p) => p.name)).toEqual(['b']);
    expect(notes).toContainEqual({
      kind: 'Pod',
      name: 'a',
      path: 'spec.containers[0].ports[0].containerPort',
      reason: 'invalid',
      line: 1,
      detail: 'whole number',
    });
  });

  it('refuses text over the character cap, more objects than the cap, and more pods than a scenario holds', () => {
    const long = manifestsToScenario('#'.repeat(8_000_001), opts);
    expect(long.status === 'unreadable' && long.problem.what).toBe('tooLong');
    const many = manifestsToScenario(
      `apiVersion: apps/v1
kind: Deployment
metadata: { name: big }
spec:
  replicas: 5001
  template: { spec: { containers: [{ name: c, image: busybox }] } }
`,
      opts,
    );
    expect(many.status === 'unreadable' && many.problem.what).toBe('tooManyPods');
  });

  it('stops a YAML alias bomb', () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
`;
    const r = manifestsToScenario(bomb, opts);
    expect(r.status).toBe('unreadable');
  });

  it('renames a name that is not a DNS label and says so', () => {
    const text = `apiVersion: v1
kind: Pod
metadata: { name: a }
spec: { nodeName: ip-10-0-1-5.ec2.internal, containers: [{ name: c, image: busybox }] }
`;
    const { scenario } = ok(text);
    expect(scenario.cluster.pods[0]?.node).toBe('ip-10-0-1-5-ec2-internal');
  });
});
