/** VXLAN (flannel.1): wrapping the frame in outer Ethernet/IP/UDP/VXLAN headers, the flow-hash source port, unwrapping. */
import { fnv1a } from '../model/hash';
import { arpFails, arpHop, lookupNextHop } from '../link/arp';
import { ex } from '../trace/explain';
import { vxlanOuterLength } from '../trace/sizes';
import { pushHop, stop, type LegEnd, type Walk } from '../trace/walkState';
import type { Device } from '../model/networkTypes';
import type { Headers } from '../trace/traceTypes';

/** The range Linux picks VXLAN source ports from (ip_local_port_range). */
const SPORT_LOW = 32768;
const SPORT_HIGH = 60999;

/**
 * The outer UDP source port: Linux maps the packet's flow hash into ip_local_port_range
 * (udp_flow_src_port). A forwarded ping has no socket hash, so the flow dissector hashes the
 * address pair without order: a ping and its reply share the port. A TCP or connected-UDP packet
 * carries its socket's random hash, so each direction (and each connection) gets its own; the
 * ordered 5-tuple stands in for it here. Conformance compares that relation with the kernel.
 */
export function flowSourcePort(h: Headers): number {
  const ip = h.ip;
  if (!ip) return SPORT_LOW;
  let key: string;
  if (h.l4?.kind === 'tcp' || h.l4?.kind === 'udp') {
    key = `${ip.protocol}|${ip.src}|${h.l4.sport}|${ip.dst}|${h.l4.dport}`;
  } else {
    key = `ICMP|${[ip.src, ip.dst].sort().join('|')}`;
  }
  return SPORT_LOW + (fnv1a(key) % (SPORT_HIGH - SPORT_LOW + 1));
}

/** Encapsulates on the local node and carries the packet to the remote node's flannel.1, decapsulated. */
export function vxlanCarry(w: Walk, vtep: Device): LegEnd | Device {
  const idx = w.idx;
  const innerEth = w.headers.eth;
  const inner = w.headers.ip;
  const remoteIp = innerEth ? idx.fdb.get(vtep.id)?.get(innerEth.dst) : undefined;
  const remoteName = remoteIp ? idx.nodeByIp.get(remoteIp) : undefined;
  const remote = remoteName ? idx.nodes.get(remoteName) : undefined;
  const underlay = vtep.vxlan ? idx.network.devices.get(vtep.vxlan.dev) : undefined;
  if (!vtep.vxlan || !remote?.devs.flannel || !underlay || !remoteIp || !inner)
    return stop('dropped', ex('sim.outcome.noVtep', { dev: vtep.name }));
  const sport = flowSourcePort(w.headers);
  // the outer packet is routed out of eth0 like any other: its neighbour cache may have to ARP
  const next = lookupNextHop(w, underlay, remoteIp);
  const outer = {
    eth: { src: underlay.mac, dst: next?.mac ?? remote.devs.eth0.mac, type: 'IPv4' as const },
    ip: {
      src: vtep.vxlan.local,
      dst: remoteIp,
      ttl: 64,
      protocol: 'UDP' as const,
      df: false,
      totalLength: vxlanOuterLength(inner.totalLength),
    },
    udp: { sport, dport: vtep.vxlan.port },
    vxlan: { vni: vtep.vxlan.vni },
  };
  const params = {
    local: vtep.vxlan.local,
    remote: remoteIp,
    sport,
    port: vtep.vxlan.port,
    vni: vtep.vxlan.vni,
    node: remote.net.name,
  };
  const sizes = {
    inner: inner.totalLength,
    outer: outer.ip.totalLength,
    mtu: underlay.mtu,
    vtepMtu: vtep.mtu,
  };
  pushHop(
    w,
    {
      netns: underlay.netns,
      device: underlay.id,
      action: 'encapsulate',
      explain: ex('sim.hop.encapsulateSized', { ...params, ...sizes }),
    },
    { ...w.headers, outer },
  );
  if (!next) return arpFails(w, underlay, remoteIp);
  if (!next.known) arpHop(w, underlay, remoteIp, next.mac);
  pushHop(
    w,
    {
      netns: remote.net.netns,
      device: remote.devs.eth0.id,
      action: 'wire',
      explain: ex('sim.hop.wireVxlan', { from: underlay.mac, to: remote.devs.eth0.mac, ...params }),
    },
    w.headers,
  );
  const { outer: _outer, ...innerOnly } = w.headers;
  pushHop(
    w,
    {
      netns: remote.net.netns,
      device: remote.devs.flannel.id,
      action: 'decapsulate',
      explain: ex('sim.hop.decapsulate', params),
    },
    innerOnly,
  );
  return remote.devs.flannel;
}
