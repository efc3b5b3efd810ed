/**
 * The ingress controller pod's HTTP proxy, for real: listens on the port in argv[3], routes each
 * request by Host and path through the routes in argv[2] (JSON ProxyRoute[]), and opens a new
 * connection to the backend Service's address with X-Forwarded-For added; 404 when no rule
 * matches, 502 when the backend fails. Prints "ready" to stderr once listening and one
 * "PROXY <host><path> -> <ip>:<port> <status>" line per request.
 */
import { createServer, request } from 'node:http';
import { forwardedFor, routeFor, type ProxyRoute } from '../ingressRules';

const routes = JSON.parse(process.argv[2] ?? '[]') as ProxyRoute[];
const port = Number(process.argv[3] ?? 80);
const server = createServer((req, res) => {
  const host = req.headers.host ?? '';
  const path = req.url ?? '/';
  const route = routeFor(routes, host, path);
  const log = (to: string, status: number): void => {
    process.stderr.write(`PROXY ${host}${path} -> ${to} ${status}\n`);
  };
  if (!route) {
    log('(none)', 404);
    res.writeHead(404).end('no route\n');
    return;
  }
  const xff = forwardedFor(
    req.headers['x-forwarded-for'] as string | undefined,
    req.socket.remoteAddress ?? '',
  );
  const up = request(
    {
      host: route.ip,
      port: route.port,
      method: req.method,
      path,
      headers: { ...req.headers, 'x-forwarded-for': xff, connection: 'close' },
      agent: false,
    },
    (upRes) => {
      log(`${route.ip}:${route.port}`, upRes.statusCode ?? 0);
      res.writeHead(upRes.statusCode ?? 502, upRes.headers);
      upRes.pipe(res);
    },
  );
  up.setTimeout(4000, () => up.destroy(new Error('timeout')));
  up.on('error', () => {
    log(`${route.ip}:${route.port}`, 502);
    if (!res.headersSent) res.writeHead(502).end('bad gateway\n');
  });
  req.pipe(up);
});
server.keepAliveTimeout = 0;
server.listen(port, '0.0.0.0', () => process.stderr.write('ready\n'));
