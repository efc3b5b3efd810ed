/** Selection ids of diagram elements other than devices (devices use the sim's DeviceId). */
import type { PodId } from '../../sim';

/** The id of a pod: "pod:<ns>/<name>" (equal to its netns id). */
export const podElementId = (pod: PodId): string => `pod:${pod}`;
/** The id of a container: "container:<ns>/<pod>/<container>". */
export const containerElementId = (pod: PodId, container: string): string =>
  `container:${pod}/${container}`;
/** The id of a node: "node:<name>" (equal to its root netns id). */
export const nodeElementId = (node: string): string => `node:${node}`;
/** The id of a node's kubelet: "kubelet:<node>". */
export const kubeletElementId = (node: string): string => `kubelet:${node}`;
/** The element id of a place outside the cluster: the external client or the internet host. */
export const outsideElementId = (place: 'client' | 'internet'): string => `outside:${place}`;
/** The id of a pod's sandbox (pause) container: "sandbox:<ns>/<name>". */
export const sandboxElementId = (pod: PodId): string => `sandbox:${pod}`;
