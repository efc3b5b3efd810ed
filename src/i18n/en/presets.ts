/** English titles and descriptions of the built-in scenarios (the presets' own names and texts). */
import { defaultPresetEn } from './presetDefault';
import { presetsServicesEn } from './presetsServices';

/** Every preset's English title and description, in gallery order. */
export const presetsEn = {
  // ------------------------------------------------------------ presets
  'scenario.preset.single-container.title': 'One container, one pod',
  'scenario.preset.single-container.description':
    'The common case: a pod wraps a single nginx container. A client pod calls it by the pod’s IP.',
  'scenario.preset.sidecar-localhost.title': 'A sidecar over localhost',
  'scenario.preset.sidecar-localhost.description':
    'A web container and a log-shipper sidecar form one service; the sidecar reaches the web server at 127.0.0.1 through lo, never leaving the pod.',
  'scenario.preset.port-conflict.title': 'Two containers, one port',
  'scenario.preset.port-conflict.description':
    'Both containers of a pod try to listen on port 80. They share one port space, so the second one fails with “address already in use”.',
  'scenario.preset.same-node.title': 'Two pods on one node',
  'scenario.preset.same-node.description':
    'Pod to pod on the same node: out of eth0, through the veth pair, switched by the bridge cni0 — no routing, TTL unchanged.',
  ...defaultPresetEn,
  'scenario.preset.two-nodes-vxlan.title': 'Two nodes, VXLAN overlay',
  'scenario.preset.two-nodes-vxlan.description':
    'The same cluster with a flannel-style VXLAN overlay: between nodes the pod packet travels wrapped in UDP port 8472.',
  'scenario.preset.mtu-overlay.title': 'MTU on the overlay',
  'scenario.preset.mtu-overlay.description':
    'VXLAN wraps each pod packet in 50 bytes of outer headers, so a pod’s eth0 has an MTU of 1450. A 1500-byte ping that must not be fragmented never leaves the pod (“message too long”); the second packet, 1450 bytes, gets through.',
  'scenario.preset.kubelet-probe.title': 'The kubelet probes a pod',
  'scenario.preset.kubelet-probe.description':
    'The node’s own agent checks a pod on its node, from the bridge address in the node’s root namespace.',
  'scenario.preset.shared-memory.title': 'Shared memory inside a pod',
  'scenario.preset.shared-memory.description':
    'Two containers of one pod exchange a message through POSIX shared memory: IPC, with no network hop at all.',
  'scenario.preset.host-network.title': 'A hostNetwork pod',
  'scenario.preset.host-network.description':
    'A node exporter runs in the node’s own network namespace: it has the node’s address and shares the node’s ports.',
  'scenario.preset.localhost-other-pod.title': 'localhost is not another pod',
  'scenario.preset.localhost-other-pod.description':
    'A client pod tries to reach the web pod at 127.0.0.1: it only reaches its own loopback, and the connection is refused.',
  ...presetsServicesEn,
} as const;
