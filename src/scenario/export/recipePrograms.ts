/**
 * The small programs a recipe writes next to itself (python3 source, pure data): the conformance
 * suite's listener, a DNS responder and an HTTP proxy speaking as its TypeScript servers do, and its
 * UDP client.
 */

/**
 * The listener of a namespace (the suite's binder): binds each group's ports in order with plain
 * bind() — no SO_REUSEPORT, no SO_REUSEADDR (`nc -l` sets SO_REUSEPORT, so two of them would share a
 * port a real container could not) — closing a group's sockets at its first failure, as when a
 * container exits; prints one BIND line per port and "ready" to stderr; accepts TCP connections
 * (an HTTP request gets a 200 answer naming the container, path and X-Forwarded-For) and echoes UDP.
 */
export const LISTEN_PY = `
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

/**
 * The CoreDNS pod's DNS server on UDP 53 (the suite's tests/conformance/dnsWire.ts): answers an A
 * query from the zone in argv[1] ({"name": ["ip", …]}) as the kubernetes plugin words it — AA, RD
 * echoed, names in full, TTL 30 — an unknown name under cluster.local with NXDOMAIN and the zone's
 * SOA; names outside cluster.local go unanswered (CoreDNS would forward them upstream).
 */
export const DNS_PY = `
import json, socket, struct, sys
zone = json.loads(sys.argv[1])
def name(n): return b''.join(bytes([len(l)]) + l.encode() for l in n.split('.') if l) + b'\\0'
def rr(owner, rtype, rdata): return name(owner) + struct.pack('!HHIH', rtype, 1, 30, len(rdata)) + rdata
soa = rr('cluster.local', 6, name('ns.dns.cluster.local') + name('hostmaster.cluster.local') + struct.pack('!5I', 1, 7200, 1800, 86400, 30))
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('0.0.0.0', 53))
print('ready', file=sys.stderr, flush=True)
while True:
    q, peer = s.recvfrom(512)
    try:
        labels, i = [], 12
        while q[i]: labels.append(q[i + 1:i + 1 + q[i]].decode().lower()); i += 1 + q[i]
        qid, flags = struct.unpack('!HH', q[:4]); qname, qtype = '.'.join(labels), q[i + 1] << 8 | q[i + 2]
    except (IndexError, UnicodeDecodeError):
        continue
    if qname != 'cluster.local' and not qname.endswith('.cluster.local'): continue
    ips = zone.get(qname, []) if qtype == 1 else []
    flags = 0x8400 | flags & 0x7900 | (0 if qname in zone else 3)
    print('QUERY', qname, qtype, flags & 15, len(ips), file=sys.stderr, flush=True)
    answers = b''.join(rr(qname, 1, socket.inet_aton(ip)) for ip in ips)
    head = struct.pack('!6H', qid, flags, 1, len(ips), 0 if ips else 1, 0)
    s.sendto(head + q[12:i + 5] + answers + (b'' if ips else soa), peer)
`;

/**
 * The ingress controller's HTTP proxy on port argv[2] (the suite's servers/ingressServer.ts): routes
 * each request by Host and path through the rules in argv[1] — an exact host before the catch-all,
 * Exact before Prefix, then the longest path — to a new connection to the backend Service, with
 * X-Forwarded-For added; 404 without a rule, 502 when the backend fails.
 */
export const PROXY_PY = `
import http.client, http.server, json, sys
routes = json.loads(sys.argv[1])
def matches(r, path):
    p, base = path.split('?')[0], r['path'].rstrip('/')
    if r['pathType'] == 'Exact': return p == r['path']
    return r['path'] == '/' or p == base or p.startswith(base + '/')
def route(host, path):
    h = host.split(':')[0].lower()
    pool = [r for r in routes if r.get('host') == h] or [r for r in routes if 'host' not in r]
    ok = [r for r in pool if matches(r, path)]
    return max(ok, key=lambda r: (r['pathType'] == 'Exact', len(r['path'])), default=None)
class Proxy(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        r = route(self.headers.get('Host', ''), self.path)
        if r is None: return self.send_error(404, 'no route')
        xff = ', '.join(x for x in [self.headers.get('X-Forwarded-For'), self.client_address[0]] if x)
        headers = {**dict(self.headers), 'X-Forwarded-For': xff, 'Connection': 'close'}
        try:
            up = http.client.HTTPConnection(r['ip'], r['port'], timeout=4)
            up.request('GET', self.path, headers=headers); res = up.getresponse(); body = res.read()
        except OSError:
            return self.send_error(502, 'bad gateway')
        print('PROXY', self.headers.get('Host', '') + self.path, '->', '%s:%d' % (r['ip'], r['port']), res.status, file=sys.stderr, flush=True)
        self.send_response(res.status)
        self.send_header('Content-Length', str(len(body))); self.end_headers(); self.wfile.write(body)
server = http.server.HTTPServer(('0.0.0.0', int(sys.argv[2])), Proxy)
print('ready', file=sys.stderr, flush=True)
server.serve_forever()
`;

/**
 * The suite's UDP client: one datagram on a connected socket, then 4 s for the answer; exit 0 on a
 * reply, and an ICMP error surfaces as the socket's error ("Connection refused").
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
