/** Sends one request for real (nc or ping) inside the namespaces while capturing on every interface. */
import type { Network } from '../../src/sim/model/networkTypes';
import type { NetnsId, PacketRequest } from '../../src/sim/model/types';
import { nodeNetOf, podNetOf } from '../../src/sim/model/lookup';
import { PING_HEADER_BYTES } from '../../src/sim/ip/mtu';
import { startCaptures, type CapturePoint } from './capture';
import type { KernelOutcome, KernelRun } from './compare';
import { inNs, run } from './exec';
import { fdbEntries, prepareCaches } from './neighbours';
import type { NetnsPlan } from './netnsPlan';

/** Where the request starts and where it goes, as the kernel sees it. */
export interface ClientCall {
  /** The simulated namespace the client runs in. */
  readonly netns: NetnsId;
  /** The destination address it dials. */
  readonly ip: string;
}

/** Resolves a request's sender namespace and destination address from the Network. */
export function clientCallOf(network: Network, request: PacketRequest): ClientCall {
  const from = request.from;
  const netns =
    from.kind === 'container'
      ? podNetOf(network, from.pod)?.netns
      : from.kind === 'node'
        ? nodeNetOf(network, from.node)?.netns
        : undefined;
  if (netns === undefined) throw new Error(`unknown sender ${JSON.stringify(from)}`);
  const to = request.to;
  let ip: string | undefined;
  if (to.kind === 'localhost') ip = '127.0.0.1';
  else if (to.kind === 'ip') ip = to.ip;
  else if (to.kind === 'node') ip = nodeNetOf(network, to.node)?.ip;
  else if (to.kind === 'pod' || to.kind === 'container') ip = podNetOf(network, to.pod)?.ip;
  if (ip === undefined) throw new Error(`unknown target ${JSON.stringify(to)}`);
  return { netns, ip };
}

/** Every interface of the cluster (the node-network switch aside), to capture on. */
export function capturePoints(network: Network, plan: NetnsPlan): CapturePoint[] {
  const devices = [...network.devices.values()];
  // decode UDP on node uplinks as VXLAN only where there is an overlay: host-gw carries plain UDP
  const overlay = devices.some((d) => d.kind === 'vxlan');
  return devices.map((d) => ({
    device: d.id,
    ns: plan.nsName.get(d.netns) ?? '',
    ifname: d.name,
    vxlan: overlay && d.kind === 'nic',
  }));
}

/**
 * Python: one datagram on a connected UDP socket, then waits 4 s for the answer. Exits 0 on a reply;
 * an ICMP error surfaces as the socket's error ("Connection refused", "No route to host").
 */
export const UDP_CLIENT_PY = `
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.settimeout(4)
s.connect((sys.argv[1], int(sys.argv[2]))); s.send(b'pnl')
try:
    s.recv(64); print('udp: reply received'); sys.exit(0)
except socket.timeout:
    print('udp: timed out'); sys.exit(2)
except OSError as e:
    print('udp:', e.strerror); sys.exit(1)
`;

/** The client program for a request: nc for TCP, python3 for UDP, ping for ICMP. */
export function clientArgv(request: PacketRequest, ip: string): string[] {
  if (request.protocol === 'TCP')
    return ['timeout', '8', 'nc', '-znv', '-w', '4', ip, String(request.port ?? 0)];
  if (request.protocol === 'UDP')
    return ['timeout', '8', 'python3', '-c', UDP_CLIENT_PY, ip, String(request.port ?? 0)];
  if (request.protocol === 'ICMP') {
    // a sized ping: DF and no local fragmentation (-M do), -s counts the payload after 28 header bytes
    const sized =
      request.size === undefined
        ? []
        : ['-M', 'do', '-s', String(request.size - PING_HEADER_BYTES)];
    const ttl = request.ttl === undefined ? [] : ['-t', String(request.ttl)];
    return ['timeout', '8', 'ping', '-n', '-c', '1', '-W', '4', ...sized, ...ttl, ip];
  }
  throw new Error(`conformance has no client for ${request.protocol} yet`);
}

/** Reads a client's verdict from its exit status and words. */
export function outcomeOf(
  protocol: PacketRequest['protocol'],
  status: number | null,
  text: string,
): KernelOutcome {
  if (/message too long/i.test(text)) return 'local-error';
  if (/time to live exceeded/i.test(text)) return 'time-exceeded';
  if (/unreachable|no route to host/i.test(text)) return 'unreachable';
  if (protocol === 'ICMP') return /\b1 (packets )?received/.test(text) ? 'received' : 'timeout';
  if (status === 0) return 'open';
  return /refused/i.test(text) ? 'refused' : 'timeout';
}

/** The client's last two lines for the report, without timings (ping's "time 0ms", its rtt line). */
export function clientWords(text: string): string {
  return text
    .trim()
    .split('\n')
    .filter((l) => !l.startsWith('rtt '))
    .slice(-2)
    .join(' ')
    .replace(/, time \d+ms/, '');
}

/** Runs the request in the kernel, capturing on every interface, and returns what happened. */
export async function kernelRun(
  network: Network,
  plan: NetnsPlan,
  request: PacketRequest,
): Promise<KernelRun> {
  const call = clientCallOf(network, request);
  const ns = plan.nsName.get(call.netns);
  if (ns === undefined) throw new Error(`namespace ${call.netns} was not built`);
  // caches as the simulation assumes them: only the sender's first next hop is unknown
  const fdb = fdbEntries(network, plan.nsName);
  prepareCaches([...new Set(plan.nsName.values())], ns, call.ip, fdb);
  const session = await startCaptures(capturePoints(network, plan));
  const r = run(inNs(ns, clientArgv(request, call.ip)), 10_000);
  const captures = await session.stop();
  const clientOutput = clientWords(`${r.stdout}${r.stderr}`);
  return {
    outcome: outcomeOf(request.protocol, r.status, `${r.stdout}${r.stderr}`),
    clientOutput,
    captures,
  };
}
