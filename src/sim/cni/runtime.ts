/** The container runtime's part of pod creation: the sandbox (pause container), its network namespace, the plugin call. */
import { fnv1a, hex8 } from '../model/hash';
import type { PodId } from '../model/types';
import type { CniEnv, ContainerId } from './types';

/** Where the runtime finds CNI plugins (Debian's containernetworking-plugins installs them here). */
export const CNI_PATH = '/usr/lib/cni';

/** The sandbox id of a pod: 64 hex digits derived from the pod id (a real runtime draws them at random). */
export function containerIdOf(pod: PodId): ContainerId {
  let id = '';
  for (let i = 0; i < 8; i++) id += hex8(fnv1a(`sandbox:${pod}#${i}`));
  return id as ContainerId;
}

/** The path of a pod's network namespace, as containerd names it: /var/run/netns/cni-<uuid>. */
export function netnsPathOf(pod: PodId): string {
  const h = containerIdOf(pod);
  return `/var/run/netns/cni-${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The environment the runtime passes to the plugin for a pod. */
export function cniEnvOf(pod: PodId, command: 'ADD' | 'DEL'): CniEnv {
  return {
    CNI_COMMAND: command,
    CNI_CONTAINERID: containerIdOf(pod),
    CNI_NETNS: netnsPathOf(pod),
    CNI_IFNAME: 'eth0',
    CNI_PATH,
  };
}
