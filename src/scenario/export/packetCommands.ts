/**
 * How a recipe sends each prepared packet for real (pure): the sender's namespace and the client
 * the conformance suite uses — nc for TCP, curl for an HTTP request, the UDP client, ping — dialling
 * what the trace dials (a Service's ClusterIP, a node's nodePort) or the name, through the resolver.
 */
import { PING_HEADER_BYTES } from '../../sim/ip/mtu';
import { nodeNetOf, podNetOf } from '../../sim/model/lookup';
import type { Network } from '../../sim/model/networkTypes';
import type { NetnsId, PacketRequest } from '../../sim/model/types';
import type { Trace } from '../../sim/trace/traceTypes';

/** The UDP client's file, next to the recipe's other programs ("$W" in the script). */
export const UDP_CLIENT_FILE = '$W/udp-client.py';

/** One packet sent for real: in which namespace, with which command; or why it cannot be. */
export type PacketCommand =
  | { readonly netns: NetnsId; readonly argv: readonly string[] }
  | { readonly skip: 'shared-memory' | 'sender-never-started' | 'no-sender' | 'no-target' };

/** The namespace of an outside host ("outside:client", "outside:internet") and its NIC's address. */
function outsideHost(network: Network, role: string): { netns: NetnsId; ip?: string } | undefined {
  const ns = network.netns.get(`outside:${role}` as NetnsId);
  if (!ns) return undefined;
  const ip = ns.devices
    .map((d) => network.devices.get(d))
    .find((d) => d?.ip !== undefined && d.kind !== 'loopback')?.ip;
  return ip === undefined ? { netns: ns.id } : { netns: ns.id, ip };
}

/** The address and port the trace's first packet of the connection goes to (DNS lookups aside). */
function dialled(trace: Trace): { ip: string; port?: number } | undefined {
  const dns = new Set((trace.exchanges ?? []).flatMap((e, i) => (e.kind === 'dns' ? [i] : [])));
  const send = trace.hops.find(
    (h) => h.action === 'send' && h.headers.ip && !dns.has(h.exchange ?? 0),
  );
  const ip = send?.headers.ip;
  if (!ip) return undefined;
  const l4 = send.headers.l4;
  return l4 && l4.kind !== 'icmp' ? { ip: ip.dst, port: l4.dport } : { ip: ip.dst };
}

/** Where a request goes: an address (or a name) and a port. */
function targetOf(
  network: Network,
  request: PacketRequest,
  trace: Trace,
): { host: string; port?: number } | undefined {
  const to = request.to;
  const port = request.port;
  const withPort = (host: string | undefined) =>
    host === undefined ? undefined : port === undefined ? { host } : { host, port };
  switch (to.kind) {
    case 'localhost':
      return withPort('127.0.0.1');
    case 'ip':
      return withPort(to.ip);
    case 'node':
      return withPort(nodeNetOf(network, to.node)?.ip);
    case 'pod':
    case 'container':
      return withPort(podNetOf(network, to.pod)?.ip);
    case 'internet':
      return withPort(outsideHost(network, 'internet')?.ip);
    case 'name':
      return withPort(to.name);
    case 'service':
    case 'nodeport': {
      const d = dialled(trace);
      return d && { host: d.ip, ...(d.port === undefined ? {} : { port: d.port }) };
    }
  }
}

/** The client for a request, as the suite runs it, to `host` (an address, or a name) and `port`. */
export function clientArgv(request: PacketRequest, host: string, port = 0): string[] {
  const name = request.to.kind === 'name';
  if (request.protocol === 'TCP' && request.http) {
    const { host: h, path } = request.http;
    return ['curl', '-sS', '-4', '-m', '4', '-H', `Host: ${h}`, `http://${host}:${port}${path}`];
  }
  // a name goes through the resolver (IPv4 only: glibc then asks for A records alone)
  if (request.protocol === 'TCP')
    return name
      ? ['nc', '-zv', '-4', '-w', '4', host, String(port)]
      : ['nc', '-znv', '-w', '4', host, String(port)];
  if (request.protocol === 'UDP') return ['python3', UDP_CLIENT_FILE, host, String(port)];
  // a sized ping: DF and no local fragmentation (-M do); -s counts the payload after 28 header bytes
  const sized =
    request.size === undefined ? [] : ['-M', 'do', '-s', String(request.size - PING_HEADER_BYTES)];
  const ttl = request.ttl === undefined ? [] : ['-t', String(request.ttl)];
  return ['ping', '-n', '-c', '1', '-W', '4', ...sized, ...ttl, host];
}

/** The command that sends a prepared packet for real, from its sender's namespace. */
export function packetCommand(
  network: Network,
  request: PacketRequest,
  trace: Trace,
): PacketCommand {
  if (request.protocol === 'SHM') return { skip: 'shared-memory' };
  const from = request.from;
  const netns =
    from.kind === 'container'
      ? podNetOf(network, from.pod)?.netns
      : from.kind === 'node'
        ? nodeNetOf(network, from.node)?.netns
        : outsideHost(network, 'client')?.netns;
  if (netns === undefined) return { skip: 'no-sender' };
  // a container whose port was taken never started: nothing of it runs to send
  const failures = from.kind === 'container' ? (podNetOf(network, from.pod)?.failures ?? []) : [];
  if (from.kind === 'container' && failures.some((f) => f.container === from.container))
    return { skip: 'sender-never-started' };
  const target = targetOf(network, request, trace);
  if (!target) return { skip: 'no-target' };
  return { netns, argv: clientArgv(request, target.host, target.port) };
}
