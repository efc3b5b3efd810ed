/** Kubernetes objects a cluster may carry besides nodes and pods: namespaces, Services, Ingress, NetworkPolicies (C12). */
import type { ListenProtocol, PodId } from './types';

/** A Kubernetes namespace: its labels are what a NetworkPolicy's namespaceSelector matches. */
export interface NamespaceSpec {
  /** The namespace name (a DNS label). */
  readonly name: string;
  /** Labels; `kubernetes.io/metadata.name: <name>` is implied, as the API server sets it. */
  readonly labels: Readonly<Record<string, string>>;
}

/** One requirement of a label selector (Kubernetes `matchExpressions`). */
export interface LabelRequirement {
  /** The label key. */
  readonly key: string;
  /** How the key's value is tested. */
  readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  /** The values for In / NotIn; empty for Exists / DoesNotExist. */
  readonly values: readonly string[];
}

/** A Kubernetes label selector; an empty selector (no labels, no expressions) selects everything. */
export interface LabelSelector {
  /** Every pair must be present with that value. */
  readonly matchLabels: Readonly<Record<string, string>>;
  /** Every requirement must hold. */
  readonly matchExpressions: readonly LabelRequirement[];
}

/** One port of a Service. */
export interface ServicePortSpec {
  /** The port's name; required by Kubernetes when a Service has more than one port. */
  readonly name?: string;
  /** TCP or UDP. */
  readonly protocol: ListenProtocol;
  /** The port on the ClusterIP. */
  readonly port: number;
  /** The endpoint's port: a number, or the name of a containerPort resolved per pod. */
  readonly targetPort: number | string;
  /** NodePort Services: the port opened on every node (30000–32767); allocated when absent. */
  readonly nodePort?: number;
}

/** A Service: a virtual address kube-proxy turns into nat rules on every node (C12). */
export interface ServiceSpec {
  /** The Service name (a DNS label). */
  readonly name: string;
  /** Its namespace. */
  readonly namespace: string;
  /** ClusterIP only, or a NodePort on every node as well. */
  readonly type: 'ClusterIP' | 'NodePort';
  /** "None" makes it headless (DNS answers with pod IPs, no rules); absent = allocated from the service CIDR. */
  readonly clusterIP?: string;
  /** The pods it sends to: ready pods of its namespace whose labels match (its EndpointSlice). */
  readonly selector: Readonly<Record<string, string>>;
  /** Its ports, at least one. */
  readonly ports: readonly ServicePortSpec[];
  /** NodePort: Cluster (any endpoint, client masqueraded) or Local (local endpoints only, client kept). */
  readonly externalTrafficPolicy: 'Cluster' | 'Local';
}

/** One path rule of an Ingress. */
export interface IngressPathSpec {
  /** The URL path, starting with "/". */
  readonly path: string;
  /** Prefix matches whole path elements ("/api" matches "/api/v1", not "/apix"); Exact the whole path. */
  readonly pathType: 'Prefix' | 'Exact';
  /** The backend Service, in the Ingress's namespace. */
  readonly service: string;
  /** The backend Service's port, by number or name. */
  readonly port: number | string;
}

/** One host rule of an Ingress. */
export interface IngressRuleSpec {
  /** The HTTP Host it matches; absent = any host. */
  readonly host?: string;
  /** Its paths. */
  readonly paths: readonly IngressPathSpec[];
}

/** An Ingress: HTTP routing by host and path, served by an ingress-controller pod. */
export interface IngressSpec {
  /** The Ingress name. */
  readonly name: string;
  /** Its namespace (its backends live there). */
  readonly namespace: string;
  /** The rules, in order. */
  readonly rules: readonly IngressRuleSpec[];
}

/** A peer of a NetworkPolicy rule: pods (by pod and namespace selectors) or an address block. */
export interface NetworkPolicyPeer {
  /** Pods with these labels; absent with namespaceSelector = every pod of the selected namespaces. */
  readonly podSelector?: LabelSelector;
  /** Namespaces with these labels; absent = the policy's own namespace. */
  readonly namespaceSelector?: LabelSelector;
  /** An address range, minus `except` (used for traffic from or to outside the cluster). */
  readonly ipBlock?: { readonly cidr: string; readonly except: readonly string[] };
}

/** A port of a NetworkPolicy rule. */
export interface NetworkPolicyPort {
  /** TCP or UDP (TCP when absent, as in Kubernetes). */
  readonly protocol: ListenProtocol;
  /** A number or a named containerPort of the destination pod; absent = every port. */
  readonly port?: number | string;
  /** With a numeric port: the last port of a range. */
  readonly endPort?: number;
}

/** One rule: traffic from (ingress) or to (egress) any of the peers, on any of the ports. */
export interface NetworkPolicyRule {
  /** Empty = every peer, as an absent `from`/`to` in Kubernetes. */
  readonly peers: readonly NetworkPolicyPeer[];
  /** Empty = every port. */
  readonly ports: readonly NetworkPolicyPort[];
}

/** A NetworkPolicy: once a pod is selected for a direction, only what some rule allows passes. */
export interface NetworkPolicySpec {
  /** The policy name. */
  readonly name: string;
  /** Its namespace: it selects pods of this namespace only. */
  readonly namespace: string;
  /** The pods it isolates. */
  readonly podSelector: LabelSelector;
  /** The directions it isolates. */
  readonly policyTypes: readonly ('Ingress' | 'Egress')[];
  /** Allowed incoming traffic. */
  readonly ingress: readonly NetworkPolicyRule[];
  /** Allowed outgoing traffic. */
  readonly egress: readonly NetworkPolicyRule[];
}

/** What lies beside the cluster: an external client on the node network and a host on the internet. */
export interface OutsideSpec {
  /** The external client's address on the node network (default 192.168.10.100). */
  readonly clientIp: string;
  /** The node network's gateway router, which leads to the internet (default 192.168.10.1). */
  readonly gatewayIp: string;
  /** A host on the internet (default 203.0.113.10, a documentation address). */
  readonly internetHostIp: string;
}

/** Kernel and kube-proxy settings a lesson may switch to show why they matter. */
export interface NodeNetfilterSettings {
  /** net.bridge.bridge-nf-call-iptables: bridged frames pass iptables (Kubernetes requires 1). */
  readonly bridgeNfCallIptables: boolean;
  /** Hairpin mode on the pods' bridge ports (flannel's bridge config sets it). */
  readonly hairpinMode: boolean;
  /**
   * The MASQUERADE rules (kube-proxy's KUBE-POSTROUTING and flannel's FLANNEL-POSTRTG); absent = on,
   * as both install them. Off shows what they are for: hairpin, NodePort replies and egress fail.
   */
  readonly masquerade?: boolean;
}

/** Where the ingress controller runs: one of the scenario's pods. */
export interface IngressControllerSpec {
  /** The controller pod (it must listen on the HTTP port the Ingress is served on). */
  readonly pod: PodId;
}
