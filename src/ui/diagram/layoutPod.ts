/** Pure layout of one pod: its namespace box, containers, lo and eth0, and its veth host end. */
import type { Device, Network, PodNet, PodSpec } from '../../sim';
import { box, type Box } from './geometry';
import { containerElementId, podElementId, sandboxElementId } from './ids';
import type { ContainerShape, DeviceShape, PodShape } from './layoutTypes';

/** Width of every pod box. */
export const POD_W = 210;
/** Space above the containers: pod name and IP/MAC lines. */
const HEAD = 66;
/** Vertical pitch of one container row. */
const ROW = 34;
/** Space under the containers for lo and the eth0 that straddles the edge. */
const FOOT = 42;
/** Distance from a pod's bottom edge down to its row's bridge bus. */
export const BUS_DROP = 44;

/** The height of a pod's box, from its container count and whether it has its own namespace. */
export function podHeight(spec: PodSpec): number {
  return HEAD + spec.containers.length * ROW + (spec.hostNetwork ? 8 : FOOT);
}

/** A device shape from the sim's device and a box. */
export function deviceShape(d: Device, b: Box, owner: string): DeviceShape {
  const shape = { id: d.id, name: d.name, kind: d.kind, box: b, owner };
  return d.ip === undefined ? shape : { ...shape, ip: d.ip };
}

/** Lays out a pod whose top-left corner is (x, y) and whose row's bus runs at busY. */
export function layoutPod(
  spec: PodSpec,
  net: PodNet,
  network: Network,
  x: number,
  y: number,
  busY: number,
): PodShape {
  const h = podHeight(spec);
  const failedNames = new Set(net.failures.map((f) => f.container));
  const containers: ContainerShape[] = spec.containers.map((c, i) => ({
    id: containerElementId(net.id, c.name),
    name: c.name,
    ports: c.ports.map((p) => `${p.port}/${p.protocol}`),
    failed: failedNames.has(c.name),
    box: box(x + 10, y + HEAD + i * ROW, POD_W - 20, ROW - 6),
  }));
  const devices: DeviceShape[] = [];
  let vethHost: DeviceShape | undefined;
  const ns = spec.hostNetwork ? undefined : network.netns.get(net.netns);
  for (const id of ns?.devices ?? []) {
    const d = network.devices.get(id);
    if (!d) continue;
    if (d.kind === 'loopback')
      devices.push(deviceShape(d, box(x + 10, y + h - 32, 44, 22), spec.name));
    else if (d.kind === 'veth-pod') {
      devices.push(deviceShape(d, box(x + POD_W / 2 - 34, y + h - 12, 68, 24), spec.name));
      const peer = d.peer === undefined ? undefined : network.devices.get(d.peer);
      if (peer) vethHost = deviceShape(peer, box(x + POD_W / 2 - 50, busY - 10, 100, 20), net.node);
    } else devices.push(deviceShape(d, box(x + POD_W - 64, y + h - 32, 54, 22), spec.name));
  }
  const shape: PodShape = {
    id: podElementId(net.id),
    pod: net.id,
    name: spec.name,
    ip: net.ip,
    mac: net.mac,
    hostNetwork: spec.hostNetwork,
    failed: failedNames.size > 0,
    box: box(x, y, POD_W, h),
    sandbox: { id: sandboxElementId(net.id), box: box(x + POD_W - 66, y + 8, 56, 20) },
    containers,
    devices,
  };
  return vethHost ? { ...shape, vethHost } : shape;
}
