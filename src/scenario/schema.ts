/** The valibot schema of the scenario document (version 2): shapes, defaults, lengths and caps. */
import * as v from 'valibot';
import { DEFAULTS, K8S_DEFAULTS, outsideDefaults } from './defaults';
import { LIMITS } from './limits';
import { SCENARIO_VERSION } from './types';
import {
  capped,
  cidr,
  DNS_LABEL,
  DNS_NAME,
  dnsName,
  ipv4,
  line,
  optionalLabels,
  pattern,
  podId,
  portNumber,
  SAFE_TEXT,
  SERVICE_REF,
} from './schemaParts';
import { HttpRequestSchema, k8sClusterEntries } from './schemaK8s';

export {
  CIDR,
  DNS_LABEL,
  DNS_NAME,
  INGRESS_HOST,
  IPV4,
  LABEL_KEY,
  LABEL_VALUE,
  NODE_PORT_RANGE,
  POD_ID,
  PORT_NAME,
  SAFE_LINE,
  SAFE_TEXT,
  SERVICE_NAME,
  SERVICE_REF,
  URL_PATH,
} from './schemaParts';
export * from './schemaK8s';

const IMAGE = /^[A-Za-z0-9][A-Za-z0-9._\-/:@]*$/;

/** The defaults (kept in ./defaults), part of the schema's public surface. */
export { DEFAULTS, K8S_DEFAULTS };
export { defaultPolicyTypes, outsideDefaults } from './defaults';

/** Smallest and largest IP packet size a sized ping may have: bare IPv4 + ICMP headers, the IPv4 maximum. */
export const PACKET_SIZE = { min: 28, max: 65535 } as const;
const packetSize = v.pipe(
  v.number(),
  v.integer('scenario.error.badSize'),
  v.minValue(PACKET_SIZE.min, 'scenario.error.badSize'),
  v.maxValue(PACKET_SIZE.max, 'scenario.error.badSize'),
);
/** The TTL a sender may set (`ping -t`, IP_TTL): 1 to 255; 0 is not a TTL a packet can leave with. */
export const PACKET_TTL = { min: 1, max: 255 } as const;
const packetTtl = v.pipe(
  v.number(),
  v.integer('scenario.error.badTtl'),
  v.minValue(PACKET_TTL.min, 'scenario.error.badTtl'),
  v.maxValue(PACKET_TTL.max, 'scenario.error.badTtl'),
);
const serviceRef = pattern(SERVICE_REF, 2 * LIMITS.name + 1, 'scenario.error.badServiceRef');

/** A port a container listens on. */
export const PortSpecSchema = v.strictObject({
  port: portNumber,
  protocol: v.picklist(['TCP', 'UDP']),
  name: v.exactOptional(pattern(DNS_LABEL, 15, 'scenario.error.badName')),
});

/** One container of a pod. */
export const ContainerSpecSchema = v.strictObject({
  name: dnsName,
  image: v.pipe(
    v.string(),
    v.minLength(1, 'scenario.error.empty'),
    v.maxLength(LIMITS.image, 'scenario.error.tooLong'),
    v.regex(IMAGE, 'scenario.error.badImage'),
  ),
  ports: v.optional(capped(PortSpecSchema, LIMITS.ports), () => []),
});

/** A pod. */
export const PodSpecSchema = v.strictObject({
  name: dnsName,
  namespace: v.optional(dnsName, DEFAULTS.namespace),
  node: dnsName,
  labels: optionalLabels,
  ip: v.exactOptional(ipv4),
  hostNetwork: v.optional(v.boolean(), false),
  containers: v.pipe(
    v.array(ContainerSpecSchema),
    v.minLength(1, 'scenario.error.empty'),
    v.maxLength(LIMITS.containers, 'scenario.error.tooMany'),
  ),
});

/** A node. */
export const NodeSpecSchema = v.strictObject({
  name: dnsName,
  ip: v.exactOptional(ipv4),
  podCidr: v.exactOptional(cidr),
});

/** The cluster: nodes and pods, and (version 2) the Kubernetes objects beside them. */
export const ClusterSpecSchema = v.pipe(
  v.strictObject({
    name: v.optional(line(LIMITS.name), DEFAULTS.clusterName),
    clusterCidr: v.optional(cidr, DEFAULTS.clusterCidr),
    nodeNetwork: v.optional(cidr, DEFAULTS.nodeNetwork),
    cni: v.optional(v.picklist(['bridge-hostgw', 'vxlan']), DEFAULTS.cni),
    nodes: v.pipe(
      v.array(NodeSpecSchema),
      v.minLength(1, 'scenario.error.empty'),
      v.maxLength(LIMITS.nodes, 'scenario.error.tooMany'),
    ),
    pods: capped(PodSpecSchema, LIMITS.pods),
    ...k8sClusterEntries,
  }),
  // an outside address left out is the one the simulation derives from the node network
  v.transform(({ outside, ...c }) =>
    outside ? { ...c, outside: { ...outsideDefaults(c.nodeNetwork), ...outside } } : c,
  ),
);

/** Where a request starts. */
export const EndpointSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('container'), pod: podId, container: dnsName }),
  v.strictObject({
    kind: v.literal('node'),
    node: dnsName,
    agent: v.picklist(['kubelet', 'host']),
  }),
  v.strictObject({ kind: v.literal('external') }),
]);

/** Where a request goes. */
export const TargetSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('localhost') }),
  v.strictObject({ kind: v.literal('ip'), ip: ipv4 }),
  v.strictObject({ kind: v.literal('pod'), pod: podId }),
  v.strictObject({ kind: v.literal('container'), pod: podId, container: dnsName }),
  v.strictObject({ kind: v.literal('node'), node: dnsName }),
  v.strictObject({ kind: v.literal('service'), service: serviceRef }),
  v.strictObject({ kind: v.literal('nodeport'), node: dnsName, service: serviceRef }),
  v.strictObject({
    kind: v.literal('name'),
    name: pattern(DNS_NAME, LIMITS.host, 'scenario.error.badHost'),
  }),
  v.strictObject({ kind: v.literal('internet') }),
]);

/** A packet (or IPC message) prepared for the tracer. */
export const PacketRequestSchema = v.strictObject({
  from: EndpointSchema,
  to: TargetSchema,
  protocol: v.picklist(['TCP', 'UDP', 'ICMP', 'SHM']),
  port: v.exactOptional(portNumber),
  size: v.exactOptional(packetSize),
  ttl: v.exactOptional(packetTtl),
  /** A pinned Service endpoint: the pod the KUBE-SVC chain picks instead of the flow's hash. */
  endpoint: v.exactOptional(podId),
  http: v.exactOptional(HttpRequestSchema),
});

/** The whole current scenario document (older versions are migrated to it first). */
export const ScenarioSchema = v.strictObject({
  version: v.literal(SCENARIO_VERSION),
  title: line(LIMITS.title),
  description: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(LIMITS.description, 'scenario.error.tooLong'),
      v.regex(SAFE_TEXT, 'scenario.error.badText'),
    ),
    DEFAULTS.description,
  ),
  cluster: ClusterSpecSchema,
  packets: v.optional(capped(PacketRequestSchema, LIMITS.packets), () => []),
});

/** A document as written (defaults may be left out). */
export type ScenarioInput = v.InferInput<typeof ScenarioSchema>;
