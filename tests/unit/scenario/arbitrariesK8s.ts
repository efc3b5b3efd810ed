/** fast-check builders of version 2's Kubernetes parts, valid by construction (every value must pass parseScenario). */
import fc from 'fast-check';
import type {
  ClusterSpec,
  LabelSelector,
  NetworkPolicyPeer,
  NetworkPolicyRule,
  NetworkPolicySpec,
  NodeSpec,
  PacketRequest,
  PodId,
  PodSpec,
  ServicePortSpec,
  ServiceSpec,
} from '../../../src/sim';

type Gen = fc.GeneratorValue;
type K8sParts = Omit<
  ClusterSpec,
  'name' | 'clusterCidr' | 'nodeNetwork' | 'cni' | 'nodes' | 'pods'
>;

const draw = <T>(g: Gen, arb: fc.Arbitrary<T>): T => g(() => arb);
const int = (g: Gen, min: number, max: number): number => draw(g, fc.integer({ min, max }));
const coin = (g: Gen): boolean => draw(g, fc.boolean());
const pick = <T>(g: Gen, xs: readonly T[]): T | undefined =>
  xs[int(g, 0, Math.max(0, xs.length - 1))];

const NAMESPACES = ['default', 'shop', 'kube-system'] as const;
const portName = fc
  .stringMatching(/^[a-z][-a-z0-9]{0,8}[a-z0-9]$/)
  .filter((s) => !s.includes('--'));
const label = fc.constantFrom('app', 'tier', 'team', 'app.kubernetes.io/name');
const value = fc.constantFrom('web', 'api', 'db', 'shop', 'x');
const labels = fc.dictionary(label, value, { maxKeys: 2 });
const id = (p: PodSpec) => `${p.namespace}/${p.name}` as PodId;

/** A selector with labels and well-formed expressions. */
function selector(g: Gen): LabelSelector {
  const matchExpressions = Array.from({ length: int(g, 0, 2) }, () => {
    const operator = draw(
      g,
      fc.constantFrom('In', 'NotIn', 'Exists', 'DoesNotExist') as fc.Arbitrary<
        'In' | 'NotIn' | 'Exists' | 'DoesNotExist'
      >,
    );
    const values =
      operator === 'In' || operator === 'NotIn'
        ? draw(g, fc.uniqueArray(value, { minLength: 1, maxLength: 3 }))
        : [];
    return { key: draw(g, label), operator, values };
  });
  return { matchLabels: draw(g, labels), matchExpressions };
}

/** Services with unique names, fixed ClusterIPs 10.96.0.(20+i) or none, unique NodePorts. */
function services(g: Gen): ServiceSpec[] {
  return Array.from({ length: int(g, 0, 4) }, (_, i): ServiceSpec => {
    const type = coin(g) ? 'NodePort' : 'ClusterIP';
    const count = int(g, 1, 3);
    const names = draw(g, fc.uniqueArray(portName, { minLength: count, maxLength: count }));
    const ports = names.map((name, k): ServicePortSpec => {
      const base: ServicePortSpec = {
        protocol: coin(g) ? 'TCP' : 'UDP',
        port: 80 + k,
        targetPort: coin(g) ? int(g, 1, 65535) : draw(g, portName),
      };
      const named = count > 1 || coin(g) ? { ...base, name } : base;
      return type === 'NodePort' && coin(g) ? { ...named, nodePort: 30000 + i * 10 + k } : named;
    });
    const headless = type === 'ClusterIP' && coin(g);
    const fixed = !headless && coin(g);
    const svc: ServiceSpec = {
      name: `svc${i}`,
      namespace: draw(g, fc.constantFrom(...NAMESPACES)),
      type,
      selector: draw(g, labels),
      ports,
      externalTrafficPolicy: type === 'NodePort' && coin(g) ? 'Local' : 'Cluster',
    };
    return headless
      ? { ...svc, clusterIP: 'None' }
      : fixed
        ? { ...svc, clusterIP: `10.96.0.${20 + i}` }
        : svc;
  });
}

/** A peer: selectors, or an ipBlock with exceptions inside it. */
function peer(g: Gen): NetworkPolicyPeer {
  const kind = int(g, 0, 3);
  if (kind === 0) {
    const except = coin(g) ? [`10.${int(g, 0, 255)}.0.0/16`] : [];
    return { ipBlock: { cidr: '10.0.0.0/8', except } };
  }
  if (kind === 1) return { podSelector: selector(g) };
  if (kind === 2) return { namespaceSelector: selector(g) };
  return { podSelector: selector(g), namespaceSelector: selector(g) };
}

/** A rule of up to two peers and two ports. */
function rule(g: Gen): NetworkPolicyRule {
  const ports = Array.from({ length: int(g, 0, 2) }, () => {
    const protocol = coin(g) ? ('TCP' as const) : ('UDP' as const);
    if (coin(g)) return { protocol, port: draw(g, portName) };
    const port = int(g, 1, 60000);
    return coin(g) ? { protocol, port, endPort: port + int(g, 0, 100) } : { protocol, port };
  });
  return { peers: Array.from({ length: int(g, 0, 2) }, () => peer(g)), ports };
}

/** Policies with unique names and explicit (non-empty, distinct) policyTypes. */
function policies(g: Gen): NetworkPolicySpec[] {
  return Array.from({ length: int(g, 0, 3) }, (_, i) => ({
    name: `pol${i}`,
    namespace: draw(g, fc.constantFrom(...NAMESPACES)),
    podSelector: selector(g),
    policyTypes: draw(
      g,
      fc.constantFrom<('Ingress' | 'Egress')[]>(
        ['Ingress'],
        ['Egress'],
        ['Ingress', 'Egress'],
        ['Egress', 'Ingress'],
      ),
    ),
    ingress: Array.from({ length: int(g, 0, 2) }, () => rule(g)),
    egress: Array.from({ length: int(g, 0, 2) }, () => rule(g)),
  }));
}

/** Every Kubernetes part, each present or not, consistent with the nodes, pods and node network. */
export function k8sParts(g: Gen, podList: readonly PodSpec[], nodeBase: string): K8sParts {
  let parts: K8sParts = {};
  const svcs = services(g);
  if (coin(g)) parts = { ...parts, namespaces: [{ name: 'shop', labels: draw(g, labels) }] };
  if (coin(g))
    parts = { ...parts, serviceCidr: draw(g, fc.constantFrom('10.96.0.0/12', '10.96.0.0/16')) };
  if (svcs.length > 0 || coin(g)) parts = { ...parts, services: svcs };
  const controller = pick(g, podList);
  const backend = svcs.find((s) => s.namespace === 'shop');
  if (controller && backend && coin(g))
    parts = {
      ...parts,
      ingressController: { pod: id(controller) },
      ingresses: [
        {
          name: 'shop',
          namespace: 'shop',
          rules: [
            {
              ...(coin(g) ? { host: 'shop.example.com' } : {}),
              paths: [
                {
                  path: '/api',
                  pathType: coin(g) ? 'Prefix' : 'Exact',
                  service: backend.name,
                  port: backend.ports[0]?.port ?? 80,
                },
              ],
            },
          ],
        },
      ],
    };
  if (coin(g)) parts = { ...parts, networkPolicies: policies(g) };
  if (coin(g))
    parts = {
      ...parts,
      outside: {
        clientIp: `${nodeBase}.${int(g, 100, 200)}`,
        gatewayIp: `${nodeBase}.1`,
        internetHostIp: `203.0.113.${int(g, 1, 254)}`,
      },
    };
  if (coin(g))
    parts = { ...parts, netfilter: { bridgeNfCallIptables: coin(g), hairpinMode: coin(g) } };
  return parts;
}

/** A packet of a version 2 kind: from the external client, or to a Service, a NodePort, a name or the internet. */
export function k8sPacket(
  g: Gen,
  nodeList: readonly NodeSpec[],
  podList: readonly PodSpec[],
  parts: K8sParts,
): PacketRequest {
  const svc = pick(g, parts.services ?? []);
  const node = pick(g, nodeList)?.name ?? '';
  const sender = pick(g, podList);
  const from: PacketRequest['from'] =
    sender && coin(g)
      ? { kind: 'container', pod: id(sender), container: sender.containers[0]?.name ?? '' }
      : { kind: 'external' };
  const choice = int(g, 0, 3);
  const to: PacketRequest['to'] =
    choice === 0 && svc
      ? { kind: 'service', service: `${svc.namespace}/${svc.name}` }
      : choice === 1 && svc?.type === 'NodePort'
        ? { kind: 'nodeport', node, service: `${svc.namespace}/${svc.name}` }
        : choice === 2
          ? {
              kind: 'name',
              name: draw(
                g,
                fc.constantFrom('api', 'api.shop', 'api.shop.svc.cluster.local', 'example.com'),
              ),
            }
          : { kind: 'internet' };
  const base: PacketRequest = { from, to, protocol: 'TCP', port: int(g, 1, 65535) };
  const selected =
    svc && to.kind === 'service'
      ? podList.find(
          (p) =>
            p.namespace === svc.namespace &&
            Object.keys(svc.selector).length > 0 &&
            Object.entries(svc.selector).every(([k, v]) => p.labels[k] === v),
        )
      : undefined;
  const pinned = selected && coin(g) ? { ...base, endpoint: id(selected) } : base;
  return coin(g)
    ? {
        ...pinned,
        http: {
          host: 'shop.example.com',
          path: draw(g, fc.constantFrom('/', '/api', '/api/v1?x')).replace('?x', ''),
        },
      }
    : pinned;
}
