/** The hosts beside the cluster, as namespaces: the external client and the gateway router on the node network, and a host on the internet. */
import { deviceIdOf } from './ids';
import { formatCidr, formatIpv4, parseCidr, parseIpv4 } from './ipv4';
import { nodeMac } from './macs';
import { loopbackDevice } from './podNamespace';
import { DEFAULT_DST } from '../ip/routing';
import type { Allocation } from './addressing';
import type { OutsideSpec } from './k8sTypes';
import type { Device, Route, Socket } from './networkTypes';
import type { Cidr, ClusterSpec, Ipv4, NetnsId } from './types';

/** The segment the nodes' eth0 share with the client and the gateway. */
export const NODE_SEGMENT = 'node-network';
/** The segment between the gateway's eth1 and the internet host. */
export const INTERNET_SEGMENT = 'internet';
/** The external client's namespace. */
export const CLIENT_NETNS = 'outside:client' as NetnsId;
/** The gateway router's namespace. */
export const GATEWAY_NETNS = 'outside:gateway' as NetnsId;
/** The internet host's namespace. */
export const INTERNET_NETNS = 'outside:internet' as NetnsId;
/** The documentation address (RFC 5737) the internet host gets by default. */
export const DEFAULT_INTERNET_HOST = '203.0.113.10';
/** The external client's default host number on the node network (.100). */
export const CLIENT_HOST = 100;
/** The ports the internet host serves (a web server). */
export const INTERNET_PORTS = [80, 443] as const;

/** The outside addresses with their defaults filled in. */
export function outsideOf(cluster: ClusterSpec, alloc: Allocation): OutsideSpec {
  const net = parseCidr(cluster.nodeNetwork);
  const o = cluster.outside;
  return {
    clientIp: o?.clientIp ?? formatIpv4((net?.base ?? 0) + CLIENT_HOST),
    gatewayIp: o?.gatewayIp ?? alloc.gateway,
    internetHostIp: o?.internetHostIp ?? DEFAULT_INTERNET_HOST,
  };
}

/** One outside namespace: its devices, routes and listening sockets. */
export interface OutsideHost {
  /** Its namespace id. */
  readonly netns: NetnsId;
  /** Whether it forwards between its interfaces (only the gateway does). */
  readonly ipForward: boolean;
  /** lo first, then its NICs in `ip link` order. */
  readonly devices: readonly Device[];
  /** Its main routing table. */
  readonly routes: readonly Route[];
  /** What it listens on. */
  readonly sockets: readonly Socket[];
}

function nic(netns: NetnsId, name: string, ip: Ipv4, prefix: number, segment: string): Device {
  const id = deviceIdOf(netns, name);
  return { id, name, kind: 'nic', netns, mac: nodeMac(ip), ip, prefix, mtu: 1500, segment };
}

/** The /24 the internet host sits in, the gateway's address there and the upstream router beyond it. */
function internetLink(hostIp: string): { cidr: Cidr; gw: Ipv4; upstream: Ipv4 } {
  const host = parseIpv4(hostIp) ?? 0;
  const base = (host & 0xffffff00) >>> 0;
  const gwHost = (host & 255) === 1 ? 254 : 1;
  return {
    cidr: formatCidr({ base, prefix: 24 }),
    gw: formatIpv4(base + gwHost),
    upstream: formatIpv4(base + (gwHost === 254 ? 253 : 254)),
  };
}

/** Builds the client, the gateway and the internet host for a cluster. */
export function buildOutside(cluster: ClusterSpec, alloc: Allocation): OutsideHost[] {
  const o = outsideOf(cluster, alloc);
  const nodeNet = cluster.nodeNetwork as Cidr;
  const p = alloc.nodePrefix;
  const link = internetLink(o.internetHostIp);
  const clientEth = nic(CLIENT_NETNS, 'eth0', o.clientIp as Ipv4, p, NODE_SEGMENT);
  const gwEth0 = nic(GATEWAY_NETNS, 'eth0', o.gatewayIp as Ipv4, p, NODE_SEGMENT);
  const gwEth1 = nic(GATEWAY_NETNS, 'eth1', link.gw, 24, INTERNET_SEGMENT);
  const hostEth = nic(INTERNET_NETNS, 'eth0', o.internetHostIp as Ipv4, 24, INTERNET_SEGMENT);
  const onLink = (dst: Cidr, dev: Device): Route => ({
    dst,
    dev: dev.id,
    ...(dev.ip ? { src: dev.ip } : {}),
    scope: 'link',
  });
  const via = (gw: Ipv4, dev: Device): Route => ({
    dst: DEFAULT_DST,
    via: gw,
    dev: dev.id,
    scope: 'global',
  });
  return [
    {
      netns: CLIENT_NETNS,
      ipForward: false,
      devices: [loopbackDevice(CLIENT_NETNS), clientEth],
      routes: [onLink(nodeNet, clientEth), via(o.gatewayIp as Ipv4, clientEth)],
      sockets: [],
    },
    {
      netns: GATEWAY_NETNS,
      ipForward: true,
      devices: [loopbackDevice(GATEWAY_NETNS), gwEth0, gwEth1],
      routes: [onLink(nodeNet, gwEth0), onLink(link.cidr, gwEth1), via(link.upstream, gwEth1)],
      sockets: [],
    },
    {
      netns: INTERNET_NETNS,
      ipForward: false,
      devices: [loopbackDevice(INTERNET_NETNS), hostEth],
      routes: [onLink(link.cidr, hostEth), via(link.gw, hostEth)],
      sockets: INTERNET_PORTS.map((port) => ({ protocol: 'TCP' as const, port, container: 'web' })),
    },
  ];
}
