/** Builders for the string ids of pods, namespaces and devices, so every module spells them alike. */
import type { DeviceId, NetnsId, PodId, PodSpec } from './types';

/** The id "namespace/name" of a pod spec ("default" when the namespace is empty). */
export function podIdOf(pod: Pick<PodSpec, 'name' | 'namespace'>): PodId {
  return `${pod.namespace || 'default'}/${pod.name}` as PodId;
}

/** The root network namespace of a node. */
export function nodeNetnsId(node: string): NetnsId {
  return `node:${node}` as NetnsId;
}

/** The network namespace of a pod (hostNetwork pods use their node's instead). */
export function podNetnsId(pod: PodId): NetnsId {
  return `pod:${pod}` as NetnsId;
}

/** The id of a device named `name` inside a namespace. */
export function deviceIdOf(netns: NetnsId, name: string): DeviceId {
  return `${netns}#${name}` as DeviceId;
}
