/**
 * The CoreDNS pod's DNS server, for real: answers UDP queries on port 53 from the zone given as
 * JSON in argv[2] (a DnsZone). Run inside the pod's namespace (`ip netns exec … tsx dnsServer.ts`);
 * prints "ready" to stderr once bound and one "QUERY <name> <type> <rcode> <answers>" line per query.
 * Names outside the zone go unanswered (see `answers`).
 */
import { createSocket } from 'node:dgram';
import { answer, answers, parseQuery, type DnsZone } from '../dnsWire';

const zone = JSON.parse(process.argv[2] ?? '{}') as DnsZone;
const port = Number(process.argv[3] ?? 53);
const sock = createSocket('udp4');
sock.on('message', (msg, peer) => {
  const q = parseQuery(msg);
  if (!q) return;
  if (!answers(zone, q.name)) {
    process.stderr.write(`QUERY ${q.name} ${q.qtype} unanswered (outside ${zone.zone})\n`);
    return;
  }
  const out = answer(q, zone);
  const rcode = (out[3] ?? 0) & 0x0f;
  const count = ((out[6] ?? 0) << 8) | (out[7] ?? 0);
  process.stderr.write(`QUERY ${q.name} ${q.qtype} ${rcode} ${count}\n`);
  sock.send(out, peer.port, peer.address);
});
sock.bind(port, '0.0.0.0', () => process.stderr.write('ready\n'));
