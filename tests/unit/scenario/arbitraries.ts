/** fast-check arbitraries of valid scenarios: every value they produce must pass parseScenario. */
import fc from 'fast-check';
import type {
  ContainerSpec,
  NodeSpec,
  PacketRequest,
  PodId,
  PodSpec,
  PortSpec,
} from '../../../src/sim';
import { SAFE_LINE, SAFE_TEXT, type Scenario } from '../../../src/scenario';
import { k8sPacket, k8sParts } from './arbitrariesK8s';

type Gen = fc.GeneratorValue;

/** Draws one value of an arbitrary. */
const draw = <T>(g: Gen, arb: fc.Arbitrary<T>): T => g(() => arb);
/** Draws a whole number in [min, max]. */
const int = (g: Gen, min: number, max: number): number => draw(g, fc.integer({ min, max }));
/** Draws a boolean. */
const coin = (g: Gen): boolean => draw(g, fc.boolean());

/** A DNS label of 1 to 12 characters. */
export const dnsLabel = fc.stringMatching(/^[a-z0-9](?:[-a-z0-9]{0,10}[a-z0-9])?$/);
/** Free one-line text (any Unicode, e.g. Korean) the format accepts. */
export const safeLine = (max: number): fc.Arbitrary<string> =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
    .filter((s) => s.length <= max && SAFE_LINE.test(s));
/** Free multi-line text the format accepts. */
const safeText = fc
  .string({ unit: 'grapheme', maxLength: 30 })
  .map((s) => s.replace(/;/g, '\n'))
  .filter((s) => SAFE_TEXT.test(s));
const image = fc.stringMatching(/^[a-z0-9][a-z0-9._/-]{0,20}(?::[a-z0-9.]{1,8})?$/);
const labelKey = fc.stringMatching(
  /^(?:[a-z0-9]{1,6}\.io\/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,8}[A-Za-z0-9])?$/,
);
const labelValue = fc.stringMatching(/^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,8}[A-Za-z0-9])?)?$/);
const transport = fc.constantFrom('TCP' as const, 'UDP' as const);

/** One container with up to three ports. */
function container(g: Gen, name: string): ContainerSpec {
  const ports = Array.from({ length: int(g, 0, 3) }, (): PortSpec => {
    const port: PortSpec = { port: int(g, 1, 65535), protocol: draw(g, transport) };
    return coin(g) ? { ...port, name: draw(g, dnsLabel) } : port;
  });
  return { name, image: draw(g, image), ports };
}

/** Nodes with unique names, given or default addresses and ranges (node i owns 10.244.(i+1).0/24). */
function nodes(g: Gen, nodeBase: string): NodeSpec[] {
  const names = draw(g, fc.uniqueArray(dnsLabel, { minLength: 1, maxLength: 4 }));
  return names.map((name, i) => {
    let node: NodeSpec = { name };
    if (coin(g)) node = { ...node, ip: `${nodeBase}.${11 + i}` };
    if (coin(g)) node = { ...node, podCidr: `10.244.${i + 1}.0/24` };
    return node;
  });
}

/** Pods with unique ids on the given nodes; fixed addresses are unique by construction. */
function pods(g: Gen, nodeList: readonly NodeSpec[]): PodSpec[] {
  const names = draw(g, fc.uniqueArray(dnsLabel, { maxLength: 8 }));
  return names.map((name, j) => {
    const nodeIndex = int(g, 0, nodeList.length - 1);
    const containerNames = draw(g, fc.uniqueArray(dnsLabel, { minLength: 1, maxLength: 3 }));
    const hostNetwork = coin(g);
    const pod: PodSpec = {
      name,
      namespace: draw(g, fc.constantFrom('default', 'shop', 'kube-system')),
      node: nodeList[nodeIndex]?.name ?? '',
      labels: draw(g, fc.dictionary(labelKey, labelValue, { maxKeys: 3 })),
      hostNetwork,
      containers: containerNames.map((c) => container(g, c)),
    };
    return !hostNetwork && coin(g) ? { ...pod, ip: `10.244.${nodeIndex + 1}.${10 + j}` } : pod;
  });
}

/** A packet between things that exist. */
function packet(g: Gen, nodeList: readonly NodeSpec[], podList: readonly PodSpec[]): PacketRequest {
  const pick = <T>(xs: readonly T[]): T | undefined => xs[int(g, 0, Math.max(0, xs.length - 1))];
  const id = (p: PodSpec) => `${p.namespace}/${p.name}` as PodId;
  const pod = pick(podList);
  const node = pick(nodeList)?.name ?? '';
  const from: PacketRequest['from'] =
    pod && coin(g)
      ? { kind: 'container', pod: id(pod), container: pick(pod.containers)?.name ?? '' }
      : {
          kind: 'node',
          node,
          agent: draw(g, fc.constantFrom('kubelet' as const, 'host' as const)),
        };
  const target = pick(podList);
  const choice = draw(g, fc.constantFrom('localhost', 'ip', 'node', 'pod', 'container'));
  const to: PacketRequest['to'] =
    choice === 'pod' && target
      ? { kind: 'pod', pod: id(target) }
      : choice === 'container' && target
        ? { kind: 'container', pod: id(target), container: pick(target.containers)?.name ?? '' }
        : choice === 'ip'
          ? { kind: 'ip', ip: `10.244.1.${int(g, 2, 254)}` }
          : choice === 'node'
            ? { kind: 'node', node }
            : { kind: 'localhost' };
  const protocol = draw(
    g,
    fc.constantFrom('TCP' as const, 'UDP' as const, 'ICMP' as const, 'SHM' as const),
  );
  const needsPort = protocol === 'TCP' || protocol === 'UDP';
  const base: PacketRequest =
    needsPort || coin(g) ? { from, to, protocol, port: int(g, 1, 65535) } : { from, to, protocol };
  // a sized ping (the schema takes a size on any packet; the simulation honours it for ICMP)
  const sized = protocol === 'ICMP' && coin(g) ? { ...base, size: int(g, 28, 65535) } : base;
  return coin(g) ? { ...sized, ttl: int(g, 1, 255) } : sized;
}

/** Any valid scenario of up to 4 nodes, 8 pods and 8 packets, with or without each Kubernetes part of version 2. */
export const validScenario: fc.Arbitrary<Scenario> = fc.gen().map((g): Scenario => {
  const nodeNetwork = draw(g, fc.constantFrom('192.168.10.0/24', '172.16.0.0/16'));
  const nodeBase = nodeNetwork === '192.168.10.0/24' ? '192.168.10' : '172.16.0';
  const nodeList = nodes(g, nodeBase);
  const podList = pods(g, nodeList);
  const parts = k8sParts(g, podList, nodeBase);
  const packets = [
    ...Array.from({ length: int(g, 0, 5) }, () => packet(g, nodeList, podList)),
    ...Array.from({ length: int(g, 0, 3) }, () => k8sPacket(g, nodeList, podList, parts)),
  ];
  return {
    version: 2,
    title: draw(g, safeLine(120)),
    description: draw(g, safeText),
    cluster: {
      name: draw(g, fc.oneof(fc.constant('lab'), safeLine(63))),
      clusterCidr: '10.244.0.0/16',
      nodeNetwork,
      cni: draw(g, fc.constantFrom('bridge-hostgw' as const, 'vxlan' as const)),
      nodes: nodeList,
      pods: podList,
      ...parts,
    },
    packets,
  };
});
