/** Sends one request for real (nc or ping) inside the namespaces while capturing on every interface. */
import type { Network } from '../../src/sim/model/networkTypes';
import type { NetnsId, PacketRequest } from '../../src/sim/model/types';
import type { Trace } from '../../src/sim/trace/traceTypes';
import { nodeNetOf, podNetOf } from '../../src/sim/model/lookup';
import { PING_HEADER_BYTES } from '../../src/sim/ip/mtu';
import { UDP_CLIENT_PY } from '../../src/scenario/export/recipePrograms';
import { startCaptures, type CapturePoint } from './capture';
import type { KernelOutcome, KernelRun } from './compare';
import { inNs, run } from './exec';
import { fdbEntries, prepareCaches } from './neighbours';
import type { NetnsPlan } from './netnsPlan';

/** Where the request starts and where it goes, as the kernel sees it. */
export interface ClientCall {
  /** The simulated namespace the client runs in. */
  readonly netns: NetnsId;
  /** The destination address it dials (for a DNS name: the name itself). */
  readonly ip: string;
  /** The first address the client sends to (a name's first packet goes to the nameserver). */
  readonly firstHop?: string;
  /** The port dialled, when it is not the request's (a Service's port after the trace's own send). */
  readonly port?: number;
}

/** The namespace of an outside host ("outside:client", "outside:internet") and its NIC's address. */
function outsideHost(network: Network, role: string): { netns: NetnsId; ip?: string } | undefined {
  const ns = network.netns.get(`outside:${role}` as NetnsId);
  if (!ns) return undefined;
  const ip = ns.devices
    .map((d) => network.devices.get(d))
    .find((d) => d?.ip !== undefined && d.kind !== 'loopback')?.ip;
  return ip === undefined ? { netns: ns.id } : { netns: ns.id, ip };
}

/**
 * The address and port a sender dials, as the trace's own first packet of the connection shows
 * them (a Service's ClusterIP, a node's nodePort): the rules installed from the same simulation
 * then decide what becomes of it.
 */
function dialledByTrace(trace: Trace | undefined): { ip: string; port?: number } | undefined {
  if (!trace) return undefined;
  const dns = new Set((trace.exchanges ?? []).flatMap((e, i) => (e.kind === 'dns' ? [i] : [])));
  const send = trace.hops.find(
    (h) => h.action === 'send' && h.headers.ip && !dns.has(h.exchange ?? 0),
  );
  const l4 = send?.headers.l4;
  if (!send?.headers.ip) return undefined;
  const port = l4 && l4.kind !== 'icmp' ? l4.dport : undefined;
  return port === undefined ? { ip: send.headers.ip.dst } : { ip: send.headers.ip.dst, port };
}

/** Resolves a request's sender namespace and destination address from the Network (and the trace, for Services). */
export function clientCallOf(
  network: Network,
  request: PacketRequest,
  trace?: Trace,
  nameserver?: string,
): ClientCall {
  const from = request.from;
  const netns =
    from.kind === 'container'
      ? podNetOf(network, from.pod)?.netns
      : from.kind === 'node'
        ? nodeNetOf(network, from.node)?.netns
        : outsideHost(network, 'client')?.netns;
  if (netns === undefined) throw new Error(`unknown sender ${JSON.stringify(from)}`);
  const to = request.to;
  let ip: string | undefined;
  if (to.kind === 'localhost') ip = '127.0.0.1';
  else if (to.kind === 'ip') ip = to.ip;
  else if (to.kind === 'node') ip = nodeNetOf(network, to.node)?.ip;
  else if (to.kind === 'pod' || to.kind === 'container') ip = podNetOf(network, to.pod)?.ip;
  else if (to.kind === 'internet') ip = outsideHost(network, 'internet')?.ip;
  else if (to.kind === 'name') {
    if (nameserver === undefined) throw new Error('a DNS name needs a nameserver (kube-dns)');
    return { netns, ip: to.name, firstHop: nameserver };
  } else if (to.kind === 'service' || to.kind === 'nodeport') {
    const d = dialledByTrace(trace);
    if (!d) throw new Error(`the trace sends nothing to ${JSON.stringify(to)}`);
    return d.port === undefined ? { netns, ip: d.ip } : { netns, ip: d.ip, port: d.port };
  }
  if (ip === undefined) throw new Error(`unknown target ${JSON.stringify(to)}`);
  return { netns, ip };
}

/**
 * Python: resolves the target with the system resolver (getaddrinfo, IPv4 only: glibc then asks
 * for A records, through the namespace's resolv.conf search list), connects over TCP, sends an HTTP
 * GET with the given Host when one is given and prints the status line and body, then closes.
 * Exit 0 on a connection, 1 on an error (refused, unreachable), 2 on a timeout, 3 when the name
 * has no address.
 */
export const CONNECT_PY = `
import socket, sys
target, port, host, path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
try:
    ip = socket.getaddrinfo(target, port, socket.AF_INET, socket.SOCK_STREAM)[0][4][0]
except socket.gaierror as e:
    print('resolve %s: %s' % (target, e.strerror)); sys.exit(3)
if ip != target: print('resolved %s to %s' % (target, ip))
s = socket.socket(); s.settimeout(4)
try:
    s.connect((ip, port))
except socket.timeout:
    print('tcp: timed out'); sys.exit(2)
except OSError as e:
    print('tcp:', e.strerror); sys.exit(1)
if host:
    s.sendall(('GET %s HTTP/1.1\\r\\nHost: %s\\r\\nConnection: close\\r\\n\\r\\n' % (path, host)).encode())
    data = b''
    try:
        while True:
            more = s.recv(4096)
            if not more: break
            data += more
    except socket.timeout:
        pass
    text = data.decode('latin-1')
    print('http:', text.split('\\r\\n')[0], '|', text.split('\\r\\n\\r\\n', 1)[-1].strip())
s.close(); print('tcp: open'); sys.exit(0)
`;

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

/** The client program for a request: nc for TCP, python3 for UDP, ping for ICMP; python3 for names and HTTP. */
export function clientArgv(request: PacketRequest, ip: string, port = request.port): string[] {
  if (request.protocol === 'TCP' && (request.to.kind === 'name' || request.http !== undefined))
    return [
      'timeout',
      '12',
      'python3',
      '-c',
      CONNECT_PY,
      ip,
      String(port ?? 0),
      request.http?.host ?? '',
      request.http?.path ?? '/',
    ];
  if (request.protocol === 'TCP')
    return ['timeout', '8', 'nc', '-znv', '-w', '4', ip, String(port ?? 0)];
  if (request.protocol === 'UDP')
    return ['timeout', '8', 'python3', '-c', UDP_CLIENT_PY, ip, String(port ?? 0)];
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
  if (status === 3 && /^resolve /m.test(text)) return 'no-such-name';
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

/**
 * Makes each node's entries for its own pods warm the way use makes them: learned by ARP and used
 * once (the node pings each pod on its bridge), so the kernel holds their hardware header. A
 * permanent entry never gets one, and without it bridge netfilter sends a DNATed frame for a pod
 * on the same bridge out through the bridge device itself (`br_nf_pre_routing_finish_bridge` takes
 * the neighbour's output path) instead of bridging it port to port as a warm cache does
 * (network-facts 14 and its note). The pod learned its gateway from that ping's ARP request; that
 * entry is deleted again, so the pods start cold (the simulation starts from the same caches:
 * neighbours.ts `bridgeWarmEntries`).
 */
export function warmBridgeNeighbours(network: Network, plan: NetnsPlan): void {
  for (const pod of network.pods) {
    const node = nodeNetOf(network, pod.node);
    const nodeNs = node ? plan.nsName.get(node.netns) : undefined;
    const bridge = [...network.devices.values()].find(
      (d) => d.kind === 'bridge' && d.netns === node?.netns,
    );
    if (!nodeNs || !bridge || pod.netns === node?.netns) continue;
    run(['ip', '-n', nodeNs, 'neigh', 'del', pod.ip, 'dev', bridge.name]);
    run(inNs(nodeNs, ['ping', '-n', '-q', '-c', '1', '-W', '1', pod.ip]), 3000);
    const podNs = plan.nsName.get(pod.netns);
    if (podNs !== undefined && bridge.ip !== undefined)
      run(['ip', '-n', podNs, 'neigh', 'del', bridge.ip, 'dev', 'eth0']);
  }
}

/** Runs the request in the kernel, capturing on every interface, and returns what happened. */
export async function kernelRun(
  network: Network,
  plan: NetnsPlan,
  request: PacketRequest,
  trace?: Trace,
  nameserver?: string,
  beforeCapture?: () => void,
): Promise<KernelRun> {
  const call = clientCallOf(network, request, trace, nameserver);
  const ns = plan.nsName.get(call.netns);
  if (ns === undefined) throw new Error(`namespace ${call.netns} was not built`);
  // caches as the scenario starts them: cold, every learned entry flushed (neighbours.ts)
  const fdb = fdbEntries(network, plan.nsName);
  const prep = prepareCaches([...new Set(plan.nsName.values())], ns, call.firstHop ?? call.ip, fdb);
  if (beforeCapture) {
    warmBridgeNeighbours(network, plan);
    // the sender starts with an empty cache, as the simulation has it (issue 13): a lookup's DNS
    // server and the address it returns are each a first next hop, each resolved by ARP
    void prep;
    run(['ip', '-n', ns, 'neigh', 'flush', 'all', 'nud', 'all']);
    beforeCapture();
  }
  const session = await startCaptures(capturePoints(network, plan));
  const r = run(inNs(ns, clientArgv(request, call.ip, call.port)), 14_000);
  const captures = await session.stop();
  const clientOutput = clientWords(`${r.stdout}${r.stderr}`);
  return {
    outcome: outcomeOf(request.protocol, r.status, `${r.stdout}${r.stderr}`),
    clientOutput,
    captures,
  };
}
