/** The valibot schema of the v1 scenario document: shapes, defaults, lengths and caps. */
import * as v from 'valibot';
import type { PodId } from '../sim';
import { DEFAULTS } from './defaults';
import { LIMITS } from './limits';

/** A DNS label: lower-case letters, digits and "-", starting and ending with a letter or digit. */
export const DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
/** A pod id "namespace/name". */
export const POD_ID = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?\/[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/** A dotted-quad IPv4 address without leading zeros. */
export const IPV4 = new RegExp(`^(?:${OCTET}\\.){3}${OCTET}$`);
/** An IPv4 CIDR block (host bits are checked after the schema). */
export const CIDR = new RegExp(`^(?:${OCTET}\\.){3}${OCTET}/(?:3[0-2]|[12]?\\d)$`);
/** One-line text without control characters, lone surrogates, zero-width or bidi overrides. */
export const SAFE_LINE = /^[^\p{Cc}\p{Cs}\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]*$/u;
/** Multi-line text: as SAFE_LINE but newlines and tabs are allowed. */
export const SAFE_TEXT =
  /^(?:[\n\t]|[^\p{Cc}\p{Cs}\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF])*$/u;
const IMAGE = /^[A-Za-z0-9][A-Za-z0-9._\-/:@]*$/;
const LABEL_KEY =
  /^(?:[a-z0-9](?:[-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const LABEL_VALUE = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

/** The defaults (kept in ./defaults), part of the schema's public surface. */
export { DEFAULTS };

const dnsName = v.pipe(
  v.string(),
  v.minLength(1, 'scenario.error.empty'),
  v.maxLength(LIMITS.name, 'scenario.error.tooLong'),
  v.regex(DNS_LABEL, 'scenario.error.badName'),
);
const line = (max: number) =>
  v.pipe(
    v.string(),
    v.minLength(1, 'scenario.error.empty'),
    v.maxLength(max, 'scenario.error.tooLong'),
    v.regex(SAFE_LINE, 'scenario.error.badText'),
  );
const ipv4 = v.pipe(
  v.string(),
  v.maxLength(15, 'scenario.error.badIp'),
  v.regex(IPV4, 'scenario.error.badIp'),
);
const cidr = v.pipe(
  v.string(),
  v.maxLength(18, 'scenario.error.badCidr'),
  v.regex(CIDR, 'scenario.error.badCidr'),
);
const podId = v.pipe(
  v.string(),
  v.maxLength(2 * LIMITS.name + 1, 'scenario.error.badPodId'),
  v.regex(POD_ID, 'scenario.error.badPodId'),
  v.transform((s) => s as PodId),
);
const portNumber = v.pipe(
  v.number(),
  v.integer('scenario.error.badPort'),
  v.minValue(1, 'scenario.error.badPort'),
  v.maxValue(65535, 'scenario.error.badPort'),
);
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
const capped = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, 'scenario.error.tooMany'));

/** A port a container listens on. */
export const PortSpecSchema = v.strictObject({
  port: portNumber,
  protocol: v.picklist(['TCP', 'UDP']),
  name: v.exactOptional(
    v.pipe(
      v.string(),
      v.maxLength(15, 'scenario.error.tooLong'),
      v.regex(DNS_LABEL, 'scenario.error.badName'),
    ),
  ),
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
  labels: v.optional(
    v.pipe(
      v.record(
        v.pipe(
          v.string(),
          v.maxLength(LIMITS.labelKey, 'scenario.error.tooLong'),
          v.regex(LABEL_KEY, 'scenario.error.badLabel'),
        ),
        v.pipe(
          v.string(),
          v.maxLength(LIMITS.name, 'scenario.error.tooLong'),
          v.regex(LABEL_VALUE, 'scenario.error.badLabel'),
        ),
      ),
      v.maxEntries(LIMITS.labels, 'scenario.error.tooMany'),
    ),
    () => ({}),
  ),
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

/** The cluster. */
export const ClusterSpecSchema = v.strictObject({
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
});

/** Where a request starts. */
export const EndpointSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('container'), pod: podId, container: dnsName }),
  v.strictObject({
    kind: v.literal('node'),
    node: dnsName,
    agent: v.picklist(['kubelet', 'host']),
  }),
]);

/** Where a request goes. */
export const TargetSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('localhost') }),
  v.strictObject({ kind: v.literal('ip'), ip: ipv4 }),
  v.strictObject({ kind: v.literal('pod'), pod: podId }),
  v.strictObject({ kind: v.literal('container'), pod: podId, container: dnsName }),
  v.strictObject({ kind: v.literal('node'), node: dnsName }),
]);

/** A packet (or IPC message) prepared for the tracer. */
export const PacketRequestSchema = v.strictObject({
  from: EndpointSchema,
  to: TargetSchema,
  protocol: v.picklist(['TCP', 'UDP', 'ICMP', 'SHM']),
  port: v.exactOptional(portNumber),
  size: v.exactOptional(packetSize),
  ttl: v.exactOptional(packetTtl),
});

/** The whole v1 scenario document. */
export const ScenarioSchema = v.strictObject({
  version: v.literal(1),
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
