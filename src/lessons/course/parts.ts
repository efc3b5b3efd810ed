/** Shared pieces of the built-in course: the official pages the notes cite, and the names the texts use. */
import type { LessonInput } from '../schema';

type Link = NonNullable<LessonInput['links']>[number];

/** kubernetes.io: Pods (the page the notes cite first). */
export const PODS: Link = {
  title: 'lesson.link.pods',
  en: 'https://kubernetes.io/docs/concepts/workloads/pods/',
  ko: 'https://kubernetes.io/ko/docs/concepts/workloads/pods/',
};
/** kubernetes.io: Pods, "Pod networking". */
export const POD_NETWORKING: Link = {
  title: 'lesson.link.podNetworking',
  en: 'https://kubernetes.io/docs/concepts/workloads/pods/#pod-networking',
  ko: 'https://kubernetes.io/ko/docs/concepts/workloads/pods/#파드-네트워킹',
};
/** kubernetes.io: Pods, "How Pods manage multiple containers". */
export const MULTI_CONTAINER: Link = {
  title: 'lesson.link.multiContainer',
  en: 'https://kubernetes.io/docs/concepts/workloads/pods/#how-pods-manage-multiple-containers',
  ko: 'https://kubernetes.io/ko/docs/concepts/workloads/pods/#파드가-여러-컨테이너를-관리하는-방법',
};
/** kubernetes.io: Cluster Networking (the second page the notes cite). */
export const CLUSTER_NETWORKING: Link = {
  title: 'lesson.link.clusterNetworking',
  en: 'https://kubernetes.io/docs/concepts/cluster-administration/networking/',
  ko: 'https://kubernetes.io/ko/docs/concepts/cluster-administration/networking/',
};
/** kubernetes.io: "The Kubernetes network model", which that page points to. */
export const NETWORK_MODEL: Link = {
  title: 'lesson.link.networkModel',
  en: 'https://kubernetes.io/docs/concepts/services-networking/#the-kubernetes-network-model',
  ko: 'https://kubernetes.io/ko/docs/concepts/services-networking/#쿠버네티스-네트워크-모델',
};

/** The names of the two-node presets, as the lesson texts quote them ({{web}}, {{node1}} …). */
export const NAMES = {
  node1: 'node1',
  node2: 'node2',
  web: 'web',
  nginx: 'nginx',
  shipper: 'log-shipper',
  cache: 'cache',
  redis: 'redis',
  api: 'api',
} as const;

/** A container endpoint in the default namespace. */
export const from = (pod: string, container: string) =>
  ({ kind: 'container', pod: `default/${pod}`, container }) as const;
/** A pod target in the default namespace. */
export const toPod = (pod: string) => ({ kind: 'pod', pod: `default/${pod}` }) as const;
/** A container target in the default namespace. */
export const toContainer = (pod: string, container: string) =>
  ({ kind: 'container', pod: `default/${pod}`, container }) as const;
/** A pod of one nginx container listening on port 80. */
export const nginxPod = (name: string, node: string) => ({
  name,
  node,
  containers: [
    { name: 'nginx', image: 'nginx:1.27', ports: [{ port: 80, protocol: 'TCP' as const }] },
  ],
});

/** kubernetes.io: Service. */
export const SERVICES: Link = {
  title: 'lesson.link.services',
  en: 'https://kubernetes.io/docs/concepts/services-networking/service/',
  ko: 'https://kubernetes.io/ko/docs/concepts/services-networking/service/',
};
/** kubernetes.io: DNS for Services and Pods. */
export const DNS_FOR_SERVICES: Link = {
  title: 'lesson.link.dns',
  en: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/',
  ko: 'https://kubernetes.io/ko/docs/concepts/services-networking/dns-pod-service/',
};
/** kubernetes.io: Ingress. */
export const INGRESS: Link = {
  title: 'lesson.link.ingress',
  en: 'https://kubernetes.io/docs/concepts/services-networking/ingress/',
  ko: 'https://kubernetes.io/ko/docs/concepts/services-networking/ingress/',
};
/** kubernetes.io: Network Policies. */
export const NETWORK_POLICIES: Link = {
  title: 'lesson.link.networkPolicies',
  en: 'https://kubernetes.io/docs/concepts/services-networking/network-policies/',
  ko: 'https://kubernetes.io/ko/docs/concepts/services-networking/network-policies/',
};
