/** The shapes a cluster layout is made of: boxes for nodes, pods, containers and devices, and anchors. */
import type { DeviceId, DeviceKind, PodId } from '../../sim';
import type { Box, ModelUnit, Point } from './geometry';
import type { OutsideShape, ServiceShape } from './layoutExtrasTypes';

/** A device drawn as a small labelled box. */
export interface DeviceShape {
  /** The sim's device id; also the element's DOM id. */
  readonly id: DeviceId;
  /** The interface name (eth0, lo, cni0, veth…, flannel.1). */
  readonly name: string;
  /** What the device is, which decides its look. */
  readonly kind: DeviceKind;
  /** Where it is drawn. */
  readonly box: Box;
  /** The pod or node it belongs to, so "eth0" can be told apart in accessible names. */
  readonly owner: string;
  /** Its address, shown next to the name when it has one. */
  readonly ip?: string;
}

/** A container inside a pod. */
export interface ContainerShape {
  /** Selection id "container:<ns>/<pod>/<name>". */
  readonly id: string;
  /** Container name. */
  readonly name: string;
  /** Its listening ports as "80/TCP", to tell containers of one pod apart (C5). */
  readonly ports: readonly string[];
  /** Whether it failed to start (port already bound, C5). */
  readonly failed: boolean;
  /** Where it is drawn. */
  readonly box: Box;
}

/** A pod, drawn with its network namespace around it. */
export interface PodShape {
  /** Selection id "pod:<ns>/<name>" (also its netns id). */
  readonly id: string;
  /** The sim's pod id "ns/name". */
  readonly pod: PodId;
  /** Pod name. */
  readonly name: string;
  /** The pod IP shared by all its containers (C4). */
  readonly ip: string;
  /** The pod's eth0 MAC shared by all its containers (C4). */
  readonly mac: string;
  /** Shares the node's namespace: no own eth0, lo or veth. */
  readonly hostNetwork: boolean;
  /** Whether any container failed to start. */
  readonly failed: boolean;
  /** The outer box: the pod's network namespace. */
  readonly box: Box;
  /** The sandbox (pause) container that holds the namespace the other containers join (C4). */
  readonly sandbox: { readonly id: string; readonly box: Box };
  /** Containers in start order. */
  readonly containers: readonly ContainerShape[];
  /** Its namespace's devices (lo, eth0); empty for hostNetwork pods. */
  readonly devices: readonly DeviceShape[];
  /** The host end of its veth pair, on the node's bridge bus. */
  readonly vethHost?: DeviceShape;
  /** The NetworkPolicies that select it ("ns/name"), drawn as a ring; absent when none. */
  readonly policies?: readonly string[];
}

/** A horizontal segment (a bridge bus or the node network line). */
export interface Segment {
  /** Height of the line. */
  readonly y: ModelUnit;
  /** Left end. */
  readonly x1: ModelUnit;
  /** Right end. */
  readonly x2: ModelUnit;
}

/** A node with its root namespace's devices. */
export interface NodeShape {
  /** Selection id "node:<name>" (also its root netns id). */
  readonly id: string;
  /** Node name. */
  readonly name: string;
  /** eth0 address on the node network. */
  readonly ip: string;
  /** The node's pod range. */
  readonly podCidr: string;
  /** The node's outer box. */
  readonly box: Box;
  /** eth0 and the band are on top (the node hangs under its network line), the header at the bottom. */
  readonly flipped: boolean;
  /** Top of the header block (name, addresses, "root network namespace"). */
  readonly headY: ModelUnit;
  /** Its pods, in scenario order. */
  readonly pods: readonly PodShape[];
  /** Root-namespace devices other than veth host ends (eth0, cni0, flannel.1, lo). */
  readonly devices: readonly DeviceShape[];
  /** The kubelet, the node's agent in its root namespace. */
  readonly kubelet: { readonly id: string; readonly box: Box };
  /** The bridge's bus under each pod row. */
  readonly buses: readonly Segment[];
  /** The vertical spine joining the buses to cni0. */
  readonly spine: VSegment;
  /** The root namespace's IP stack: a rail through the band of devices that packets follow between them. */
  readonly rail: Segment;
  /** eth0's link up (or down) to the rail. */
  readonly nicStub: VSegment;
  /** Each hostNetwork pod's drop to the rail: its processes live in the root namespace. */
  readonly hostDrops: readonly VSegment[];
}

/** A vertical segment. */
export interface VSegment {
  /** Where it runs. */
  readonly x: ModelUnit;
  /** Top end. */
  readonly y1: ModelUnit;
  /** Bottom end. */
  readonly y2: ModelUnit;
}

/** Where a packet sits at an element, and the way from there towards the cluster's root. */
export interface Anchor {
  /** Where the packet rests: on the element's top edge, so its name stays readable. */
  readonly pos: Point;
  /** The pod it is drawn in, if any: moves within one pod's box go straight. */
  readonly scope?: string;
  /** Waypoints from here up to the node network trunk; paths between anchors follow them. */
  readonly chain: readonly Point[];
}

/** The whole laid-out cluster. */
export interface DiagramLayout {
  /** Nodes in scenario order. */
  readonly nodes: readonly NodeShape[];
  /** The node network: one line between each pair of node rows (the upper row faces down, the lower up). */
  readonly wires: readonly Segment[];
  /** The vertical trunk joining the lines of several row pairs (absent with one line). */
  readonly trunk?: VSegment;
  /** The uplinks from each node's eth0 to its network line. */
  readonly uplinks: readonly VSegment[];
  /** The node network's name tag on the first line, with its CIDR. */
  readonly networkTag: { readonly box: Box; readonly cidr: string };
  /** Everything drawn. */
  readonly bounds: Box;
  /** Anchors by element id: DeviceIds, pod:, container:, node: and kubelet: ids. */
  readonly anchors: ReadonlyMap<string, Anchor>;
  /** Hosts outside the cluster, when the scenario reaches them. */
  readonly outside?: OutsideShape;
  /** The Services, in a band above the nodes. */
  readonly services?: readonly ServiceShape[];
}
