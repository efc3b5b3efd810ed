/** The listening processes of a namespace: one python3 that binds each container's ports with plain bind(). */
import type { Network } from '../../src/sim/model/networkTypes';
import type { ClusterSpec, NetnsId } from '../../src/sim/model/types';
import { podIdOf } from '../../src/sim/model/ids';

/** One process that binds ports in order: a container of a pod, or a node daemon. */
export interface BindGroup {
  /** The container (or daemon) name. */
  readonly container: string;
  /** Its pod id, absent for node daemons. */
  readonly pod?: string;
  /** Ports in bind order. */
  readonly ports: readonly { readonly protocol: 'TCP' | 'UDP'; readonly port: number }[];
}

/** What happened to one bind: "<pod>/<container> TCP/80 ok" or "... EADDRINUSE". */
export interface BindResult {
  /** "<pod id>|<container>" (pod empty for daemons). */
  readonly who: string;
  /** "TCP/80". */
  readonly socket: string;
  /** ok, or the errno name. */
  readonly result: string;
}

/**
 * Python: binds each group's ports in order with plain bind() (no SO_REUSEPORT, no SO_REUSEADDR);
 * on the first failure the group's sockets are closed, as when a container exits. Prints one line
 * per bind to stderr, then "ready", then forever accepts TCP connections and echoes each UDP
 * datagram back to its sender. An accepted connection is closed at once when the client sends
 * nothing (nc -z closes first); one that sends an HTTP request gets a 200 answer naming the
 * container, the path and the X-Forwarded-For it received, then is closed.
 */
export const BINDER_PY = `
import errno, json, select, socket, sys, threading, time
def http(c, who):
    try:
        c.settimeout(2); data = b''
        while b'\\r\\n\\r\\n' not in data:
            more = c.recv(4096)
            if not more: break
            data += more
        if data:
            lines = data.decode('latin-1').split('\\r\\n')
            path = (lines[0].split(' ') + ['', ''])[1]
            xff = next((l.split(':', 1)[1].strip() for l in lines if l.lower().startswith('x-forwarded-for:')), '-')
            body = ('served-by %s path %s x-forwarded-for %s\\n' % (who, path, xff)).encode()
            c.sendall(b'HTTP/1.1 200 OK\\r\\nContent-Type: text/plain\\r\\nConnection: close\\r\\nContent-Length: %d\\r\\n\\r\\n' % len(body) + body)
    except OSError:
        pass
    c.close()
groups = json.loads(sys.argv[1]); live = []; owner = {}
for g in groups:
    mine = []
    for p in g['ports']:
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM if p['protocol'] == 'TCP' else socket.SOCK_DGRAM)
        try:
            s.bind(('0.0.0.0', p['port']))
        except OSError as e:
            s.close(); [m.close() for m in mine]; mine = []
            print('BIND', g.get('pod', ''), g['container'], '%s/%d' % (p['protocol'], p['port']), errno.errorcode.get(e.errno, str(e.errno)), file=sys.stderr, flush=True)
            break
        if p['protocol'] == 'TCP': s.listen(64)
        owner[s] = g['container']
        mine.append(s)
        print('BIND', g.get('pod', ''), g['container'], '%s/%d' % (p['protocol'], p['port']), 'ok', file=sys.stderr, flush=True)
    live += mine
print('ready', file=sys.stderr, flush=True)
tcp = [s for s in live if s.type == socket.SOCK_STREAM]
while True:
    if not live: time.sleep(3600); continue
    r, _, _ = select.select(live, [], [], 3600)
    for s in r:
        if s in tcp:
            c, _ = s.accept(); threading.Thread(target=http, args=(c, owner[s]), daemon=True).start()
        else:
            data, peer = s.recvfrom(2048); s.sendto(data, peer)
`;

/** The bind groups of a namespace: node daemons first, then each pod's containers in spec order. */
export function bindGroupsOf(cluster: ClusterSpec, network: Network, netns: NetnsId): BindGroup[] {
  const ns = network.netns.get(netns);
  if (!ns) return [];
  const groups: BindGroup[] = ns.sockets
    .filter((s) => s.pod === undefined)
    .map((s) => ({ container: s.container, ports: [{ protocol: s.protocol, port: s.port }] }));
  for (const pod of cluster.pods) {
    const id = podIdOf(pod);
    if (network.pods.find((p) => p.id === id)?.netns !== netns) continue;
    for (const c of pod.containers)
      groups.push({
        container: c.name,
        pod: id,
        ports: c.ports.map((p) => ({ protocol: p.protocol, port: p.port })),
      });
  }
  return groups;
}

/** Parses the binder's stderr into bind results. */
export function parseBindOutput(text: string): BindResult[] {
  return text.split('\n').flatMap((line) => {
    const parts = line.trim().split(/\s+/);
    if (parts[0] !== 'BIND') return [];
    // "BIND <pod> <container> <socket> <result>", pod possibly empty (then 4 fields)
    const [pod, container, socket, result] =
      parts.length >= 5 ? parts.slice(1, 5) : ['', ...parts.slice(1, 4)];
    return [{ who: `${pod ?? ''}|${container ?? ''}`, socket: socket ?? '', result: result ?? '' }];
  });
}

/** What the simulation expects from the same binds: ok for its sockets, EADDRINUSE for its start failures. */
export function expectedBinds(
  network: Network,
  groups: readonly BindGroup[],
  netns: NetnsId,
): BindResult[] {
  const ns = network.netns.get(netns);
  const out: BindResult[] = [];
  for (const g of groups) {
    const who = `${g.pod ?? ''}|${g.container}`;
    const failure = network.pods
      .flatMap((p) => p.failures)
      .find((f) => f.pod === g.pod && f.container === g.container);
    for (const p of g.ports) {
      const socket = `${p.protocol}/${p.port}`;
      if (failure && failure.port === p.port && failure.protocol === p.protocol) {
        out.push({ who, socket, result: 'EADDRINUSE' });
        break;
      }
      const held = ns?.sockets.some(
        (s) =>
          s.port === p.port &&
          s.protocol === p.protocol &&
          s.container === g.container &&
          (s.pod ?? '') === (g.pod ?? ''),
      );
      out.push({ who, socket, result: held || failure ? 'ok' : 'not bound' });
    }
  }
  return out;
}
