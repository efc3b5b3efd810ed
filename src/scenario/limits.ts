/** The size limits of the scenario format and of untrusted input, in one place. */

/** Caps on names, texts and arrays of a scenario document. */
export const LIMITS = {
  /** Longest node, pod, container or namespace name (a DNS label). */
  name: 63,
  /** Longest title. */
  title: 120,
  /** Longest description. */
  description: 2000,
  /** Longest image reference. */
  image: 255,
  /** Most nodes in a cluster (a large real cluster; the diagram collapses nodes into summaries when zoomed out). */
  nodes: 250,
  /** Most pods in a cluster (5,000 on 250 nodes is the size the diagram is measured at: docs/performance.md). */
  pods: 5000,
  /** Most containers in one pod. */
  containers: 16,
  /** Most ports one container binds. */
  ports: 32,
  /** Most prepared packets. */
  packets: 64,
  /** Most labels on one pod. */
  labels: 64,
  /** Longest label key (with an optional DNS prefix). */
  labelKey: 317,
  /** Most namespaces listed with labels. */
  namespaces: 64,
  /** Most Services. */
  services: 256,
  /** Most ports of one Service. */
  servicePorts: 16,
  /** Most Ingress resources. */
  ingresses: 32,
  /** Most host rules of one Ingress, and most paths of one rule. */
  ingressRules: 16,
  /** Most NetworkPolicies. */
  networkPolicies: 128,
  /** Most rules of one policy direction (ingress or egress). */
  policyRules: 16,
  /** Most peers of one rule (its from / to list). */
  policyPeers: 16,
  /** Most ports of one rule. */
  policyPorts: 16,
  /** Most entries of one label selector: matchLabels pairs, matchExpressions, values of one expression. */
  selectorEntries: 16,
  /** Most `except` ranges of one ipBlock. */
  ipBlockExcept: 16,
  /** Longest DNS name or HTTP host (RFC 1035). */
  host: 253,
  /** Longest HTTP path. */
  urlPath: 1024,
} as const;

/** Caps on untrusted text before it is trusted as a scenario. */
export const INPUT_LIMITS = {
  /** Largest JSON file or autosave, in characters (a pretty-printed 5,000-pod file is about 2.2 MB). */
  jsonChars: 8_000_000,
  /** Deepest nesting of objects and arrays (a real document needs 8). */
  depth: 16,
  /** Longest array in untrusted input (the largest real one is the pod list). */
  array: LIMITS.pods,
  /** Most values of any kind in untrusted input (5,000 pods take about 80,000). */
  values: 1_000_000,
  /** Most errors reported at once. */
  errors: 100,
} as const;
