/** What an imported cluster starts with: a packet ready to send, and the pod that serves its Ingresses. */
import type { PacketRequest, PodId, PodSpec, ServiceSpec } from '../../sim';
import { serviceSelects } from '../checkServices';

const id = (p: PodSpec) => `${p.namespace}/${p.name}` as PodId;
const SYSTEM = new Set(['kube-system', 'kube-flannel', 'ingress-nginx', 'local-path-storage']);

/** A first packet: from an application pod to a Service it could call, else to another pod's port, else a ping. */
export function firstPacket(
  pods: readonly PodSpec[],
  services: readonly ServiceSpec[],
): PacketRequest | null {
  const apps = pods.filter((p) => !p.hostNetwork && !SYSTEM.has(p.namespace));
  const candidates = apps.length > 0 ? apps : pods.filter((p) => !p.hostNetwork);
  const svc = services.find(
    (s) =>
      s.clusterIP !== 'None' &&
      !SYSTEM.has(s.namespace) &&
      candidates.some((p) => serviceSelects(s, p)),
  );
  const sender = candidates.find((p) => !svc || !serviceSelects(svc, p)) ?? candidates[0];
  const container = sender?.containers[0]?.name;
  if (!sender || container === undefined) return null;
  const from = { kind: 'container', pod: id(sender), container } as const;
  const port = svc?.ports[0];
  if (svc && port)
    return {
      from,
      to: { kind: 'service', service: `${svc.namespace}/${svc.name}` },
      protocol: port.protocol,
      port: port.port,
    };
  const target = candidates.find(
    (p) => p !== sender && p.containers.some((c) => c.ports.length > 0),
  );
  const listen = target?.containers.flatMap((c) => c.ports)[0];
  if (target && listen)
    return {
      from,
      to: { kind: 'pod', pod: id(target) },
      protocol: listen.protocol,
      port: listen.port,
    };
  const other = candidates.find((p) => p !== sender);
  return other ? { from, to: { kind: 'pod', pod: id(other) }, protocol: 'ICMP' } : null;
}

/** The ingress controller among the pods: ingress-nginx's labels, else a pod named like one that listens on port 80. */
export function findIngressController(pods: readonly PodSpec[]): PodSpec | undefined {
  const listens80 = (p: PodSpec) => p.containers.some((c) => c.ports.some((x) => x.port === 80));
  return (
    pods.find(
      (p) =>
        p.labels['app.kubernetes.io/name'] === 'ingress-nginx' &&
        p.labels['app.kubernetes.io/component'] === 'controller',
    ) ?? pods.find((p) => /ingress/.test(p.name) && listens80(p))
  );
}

/** An ingress-nginx controller pod, as its Helm chart runs it, for Ingresses that have none. */
export function ingressControllerPod(node: string): PodSpec {
  return {
    name: 'ingress-nginx-controller',
    namespace: 'ingress-nginx',
    node,
    labels: {
      'app.kubernetes.io/name': 'ingress-nginx',
      'app.kubernetes.io/component': 'controller',
    },
    hostNetwork: false,
    containers: [
      {
        name: 'controller',
        image: 'registry.k8s.io/ingress-nginx/controller:v1.11.2',
        ports: [
          { port: 80, protocol: 'TCP', name: 'http' },
          { port: 443, protocol: 'TCP', name: 'https' },
        ],
      },
    ],
  };
}
