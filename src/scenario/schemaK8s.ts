/**
 * The valibot schema of the Kubernetes objects a v2 scenario may carry: namespaces, Services, Ingress,
 * NetworkPolicies, the outside world and the netfilter switches. Fields are spelled as in Kubernetes;
 * metadata and spec are flattened as for pods (see docs/scenario-format.md for the differences).
 */
import * as v from 'valibot';
import { LIMITS } from './limits';
import {
  capped,
  cidr,
  DNS_NAME,
  dnsName,
  INGRESS_HOST,
  ipv4,
  LABEL_KEY,
  LABEL_VALUE,
  NODE_PORT_RANGE,
  nonEmpty,
  optionalLabels,
  pattern,
  podId,
  portName,
  portNumber,
  portRef,
  serviceName,
  URL_PATH,
} from './schemaParts';
import { DEFAULTS, defaultPolicyTypes } from './defaults';

const transport = v.optional(v.picklist(['TCP', 'UDP']), 'TCP');
/** A namespace, defaulting to "default". */
const namespace = v.optional(dnsName, DEFAULTS.namespace);
/** Labels a selector or a Service's selector requires (at most LIMITS.selectorEntries pairs). */
const selectorLabels = v.pipe(
  v.record(
    pattern(LABEL_KEY, LIMITS.labelKey, 'scenario.error.badLabel'),
    pattern(LABEL_VALUE, LIMITS.name, 'scenario.error.badLabel'),
  ),
  v.maxEntries(LIMITS.selectorEntries, 'scenario.error.tooMany'),
);

/** A namespace with labels (a namespaceSelector matches them). */
export const NamespaceSpecSchema = v.strictObject({ name: dnsName, labels: optionalLabels });

/** A label selector; both parts may be left out (an empty selector selects everything). */
export const LabelSelectorSchema = v.strictObject({
  matchLabels: v.optional(selectorLabels, () => ({})),
  matchExpressions: v.optional(
    capped(
      v.strictObject({
        key: pattern(LABEL_KEY, LIMITS.labelKey, 'scenario.error.badLabel'),
        operator: v.picklist(['In', 'NotIn', 'Exists', 'DoesNotExist']),
        values: v.optional(
          capped(
            pattern(LABEL_VALUE, LIMITS.name, 'scenario.error.badLabel'),
            LIMITS.selectorEntries,
          ),
          () => [],
        ),
      }),
      LIMITS.selectorEntries,
    ),
    () => [],
  ),
});

/** A NodePort: 30000–32767. */
const nodePort = v.pipe(
  v.number(),
  v.integer('scenario.error.badNodePort'),
  v.minValue(NODE_PORT_RANGE.min, 'scenario.error.badNodePort'),
  v.maxValue(NODE_PORT_RANGE.max, 'scenario.error.badNodePort'),
);

/** One port of a Service; targetPort defaults to port, as in Kubernetes. */
export const ServicePortSchema = v.pipe(
  v.strictObject({
    name: v.exactOptional(dnsName),
    protocol: transport,
    port: portNumber,
    targetPort: v.exactOptional(portRef),
    nodePort: v.exactOptional(nodePort),
  }),
  v.transform(({ targetPort, ...p }) => ({ ...p, targetPort: targetPort ?? p.port })),
);

/** A Service: ClusterIP (clusterIP "None" = headless) or NodePort. */
export const ServiceSpecSchema = v.strictObject({
  name: serviceName,
  namespace,
  type: v.optional(v.picklist(['ClusterIP', 'NodePort']), 'ClusterIP'),
  clusterIP: v.exactOptional(v.union([v.literal('None'), ipv4])),
  selector: v.optional(selectorLabels, () => ({})),
  ports: nonEmpty(ServicePortSchema, LIMITS.servicePorts),
  externalTrafficPolicy: v.optional(v.picklist(['Cluster', 'Local']), 'Cluster'),
});

/** A DNS name or HTTP host. */
export const dnsHost = pattern(DNS_NAME, LIMITS.host, 'scenario.error.badHost');
/** An HTTP path. */
export const urlPath = pattern(URL_PATH, LIMITS.urlPath, 'scenario.error.badPath');

/** An Ingress: host rules of path rules, each to a Service port (backend.service flattened). */
export const IngressSpecSchema = v.strictObject({
  name: dnsName,
  namespace,
  rules: nonEmpty(
    v.strictObject({
      host: v.exactOptional(pattern(INGRESS_HOST, LIMITS.host, 'scenario.error.badHost')),
      paths: nonEmpty(
        v.strictObject({
          path: urlPath,
          pathType: v.picklist(['Prefix', 'Exact']),
          service: serviceName,
          port: v.union([portNumber, dnsName]),
        }),
        LIMITS.ingressRules,
      ),
    }),
    LIMITS.ingressRules,
  ),
});

/** A peer: pods by podSelector and/or namespaceSelector, or an ipBlock. */
export const PolicyPeerSchema = v.strictObject({
  podSelector: v.exactOptional(LabelSelectorSchema),
  namespaceSelector: v.exactOptional(LabelSelectorSchema),
  ipBlock: v.exactOptional(
    v.strictObject({
      cidr,
      except: v.optional(capped(cidr, LIMITS.ipBlockExcept), () => []),
    }),
  ),
});

/** A port of a rule: protocol (TCP by default), a number or a named containerPort, an end of range. */
export const PolicyPortSchema = v.strictObject({
  protocol: transport,
  port: v.exactOptional(v.union([portNumber, portName])),
  endPort: v.exactOptional(portNumber),
});

/** A rule: peers (empty = everyone) on ports (empty = every port). */
export const PolicyRuleSchema = v.strictObject({
  peers: v.optional(capped(PolicyPeerSchema, LIMITS.policyPeers), () => []),
  ports: v.optional(capped(PolicyPortSchema, LIMITS.policyPorts), () => []),
});

/** A NetworkPolicy; absent or empty policyTypes default as the API server defaults them. */
export const NetworkPolicySpecSchema = v.pipe(
  v.strictObject({
    name: dnsName,
    namespace,
    podSelector: LabelSelectorSchema,
    policyTypes: v.exactOptional(
      v.pipe(v.array(v.picklist(['Ingress', 'Egress'])), v.maxLength(2, 'scenario.error.tooMany')),
    ),
    ingress: v.optional(capped(PolicyRuleSchema, LIMITS.policyRules), () => []),
    egress: v.optional(capped(PolicyRuleSchema, LIMITS.policyRules), () => []),
  }),
  v.transform(({ policyTypes, ...p }) => ({
    name: p.name,
    namespace: p.namespace,
    podSelector: p.podSelector,
    policyTypes:
      policyTypes === undefined || policyTypes.length === 0
        ? defaultPolicyTypes(p.egress)
        : policyTypes,
    ingress: p.ingress,
    egress: p.egress,
  })),
);

/** The external client, the gateway and the internet host; each address may be left out (see `withOutsideDefaults`). */
export const OutsideSpecSchema = v.strictObject({
  clientIp: v.exactOptional(ipv4),
  gatewayIp: v.exactOptional(ipv4),
  internetHostIp: v.exactOptional(ipv4),
});

/** The kernel switches; each defaults to on. */
export const NetfilterSettingsSchema = v.strictObject({
  bridgeNfCallIptables: v.optional(v.boolean(), true),
  hairpinMode: v.optional(v.boolean(), true),
});

/** The Kubernetes parts of a cluster: each may be left out. */
export const k8sClusterEntries = {
  namespaces: v.exactOptional(capped(NamespaceSpecSchema, LIMITS.namespaces)),
  serviceCidr: v.exactOptional(cidr),
  services: v.exactOptional(capped(ServiceSpecSchema, LIMITS.services)),
  ingresses: v.exactOptional(capped(IngressSpecSchema, LIMITS.ingresses)),
  ingressController: v.exactOptional(v.strictObject({ pod: podId })),
  networkPolicies: v.exactOptional(capped(NetworkPolicySpecSchema, LIMITS.networkPolicies)),
  outside: v.exactOptional(OutsideSpecSchema),
  netfilter: v.exactOptional(NetfilterSettingsSchema),
  /** Neighbour (ARP) caches at the start: cold (the default, as after a flush) or warm. */
  neighbourCaches: v.exactOptional(v.picklist(['cold', 'warm'])),
};

/** The HTTP request line an ingress controller routes by. */
export const HttpRequestSchema = v.strictObject({ host: dnsHost, path: urlPath });
