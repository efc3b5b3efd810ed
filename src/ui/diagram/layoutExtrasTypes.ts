/** Shapes around the cluster: hosts outside it (external client, gateway router, internet host) and Services as rule-only addresses. */
import type { Box } from './geometry';
import type { DeviceShape, Segment, VSegment } from './layoutTypes';

/** A host outside the cluster, drawn as a box with its NICs on its edges. */
export interface OutsideHostShape {
  /** Its namespace id ("outside:client", "outside:gateway", "outside:internet"), also its element id. */
  readonly id: string;
  /** Which host it is. */
  readonly role: 'client' | 'gateway' | 'internet';
  /** Its box. */
  readonly box: Box;
  /** Its NICs. */
  readonly devices: readonly DeviceShape[];
}

/** The hosts outside the cluster and the links that join them to the node network. */
export interface OutsideShape {
  /** The external client, the gateway router and the internet host, top to bottom. */
  readonly hosts: readonly OutsideHostShape[];
  /** Links from their NICs to the node network line, and between the router and the internet host. */
  readonly links: readonly VSegment[];
  /** The extension of the first node network line out to them. */
  readonly wire: Segment;
}

/** A Service: a virtual address that exists only in rules on every node, with lines to its endpoints. */
export interface ServiceShape {
  /** "namespace/name". */
  readonly id: string;
  /** The ClusterIP, or "None" for a headless Service. */
  readonly clusterIp: string;
  /** "80/TCP → 8080" for each port. */
  readonly ports: readonly string[];
  /** ClusterIP or NodePort. */
  readonly type: 'ClusterIP' | 'NodePort';
  /** Its pill. */
  readonly box: Box;
  /** One line from the pill to each endpoint pod's top edge. */
  readonly lines: readonly { readonly pod: string; readonly d: string }[];
}
