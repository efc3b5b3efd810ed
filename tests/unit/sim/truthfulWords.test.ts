/** The words a trace uses say what happened: whose MAC is the source, when a handshake is complete, "an ICMP". */
import { describe, expect, it } from 'vitest';
import { interpolate } from '../../../src/i18n';
import { simEn } from '../../../src/i18n/en/sim';
import type { Explanation } from '../../../src/sim';
import { ctr, hopOf, kubelet, lab, lastOf, toPod, trace } from './fixtures';

const en: Record<string, string> = simEn;
const english = (e: Explanation): string => interpolate(en[e.key] ?? e.key, e.params);
const WEB = '0a:58:0a:f4:01:02';
const CACHE = '0a:58:0a:f4:01:03';

describe('the source MAC is the sender’s own, not what ARP resolved', () => {
  it('at the ARP hop eth.src is the asker’s MAC for its own reason; only eth.dst came from the reply', () => {
    const t = trace(lab(), ctr('web', 'nginx'), toPod('cache'), 'TCP', 6379);
    const hop = hopOf(t, 'request', 'arp');
    expect(hop.changes.map((c) => [c.field, c.from, c.to, c.cause.key])).toEqual([
      ['eth.src', '', WEB, 'sim.change.ethSrcOwn'],
      ['eth.dst', '', CACHE, 'sim.change.ethDstArp'],
    ]);
    expect(hop.arp?.request.arp.senderMac).toBe(WEB);
    expect(hop.arp?.reply?.arp.senderMac).toBe(CACHE);
    const src = hop.changes[0];
    expect(src && english(src.cause)).toBe(
      'The source MAC is the sender’s own: the MAC of the device the frame leaves by. Only the destination MAC had to be found (by ARP, or in the neighbour cache).',
    );
  });

  it('on the reply leg eth.src is still the sender’s own; the destination comes from the neighbour cache', () => {
    const t = trace(lab(), ctr('web', 'nginx'), toPod('cache'), 'TCP', 6379);
    expect(
      hopOf(t, 'reply', 'route').changes.map((c) => [c.field, c.from, c.to, c.cause.key]),
    ).toEqual([
      ['eth.src', '', CACHE, 'sim.change.ethSrcOwn'],
      ['eth.dst', '', WEB, 'sim.change.ethNeighbour'],
    ]);
  });

  it('a MAC from flannel’s permanent neighbour entry is not said to come from ARP', () => {
    const t = trace(lab('vxlan'), kubelet('node1'), toPod('api'), 'TCP', 8080);
    const route = hopOf(t, 'request', 'route');
    expect(route.device).toBe('node:node1#flannel.1');
    // the only ARP on node1 is the underlay's, for node2's eth0 (the outer packet)
    expect(
      t.hops.filter((h) => h.action === 'arp' && h.node === 'node1').map((h) => h.device),
    ).toEqual(['node:node1#eth0']);
    expect(route.changes.find((c) => c.field === 'eth.dst')?.cause.key).toBe(
      'sim.change.ethDstPermanent',
    );
  });
});

describe('a TCP trace ends at SYN+ACK without calling the exchange complete', () => {
  it('its last hop delivers the SYN+ACK and says the final ACK completes the handshake', () => {
    const t = trace(lab(), ctr('web', 'nginx'), toPod('api'), 'TCP', 8080);
    const last = lastOf(t, 'reply');
    expect(last.headers.l4).toMatchObject({ kind: 'tcp', flags: ['SYN', 'ACK'] });
    expect(last.explain).toEqual({
      key: 'sim.hop.deliverSynAck',
      params: { container: 'nginx', src: '10.244.2.2' },
    });
    expect(english(last.explain)).toBe(
      'The SYN+ACK from 10.244.2.2 reaches the kernel of nginx, which answers with the final ACK (not traced here): the three-way handshake completes with that ACK, and connect() returns.',
    );
  });

  it('a UDP answer and a ping’s echo reply do complete their exchange', () => {
    const udp = trace(lab(), ctr('web', 'nginx'), toPod('dns'), 'UDP', 53);
    expect(lastOf(udp, 'reply').explain.key).toBe('sim.hop.deliverReply');
    const ping = trace(lab(), ctr('web', 'nginx'), toPod('api'), 'ICMP');
    expect(lastOf(ping, 'reply').explain.key).toBe('sim.hop.deliverReply');
  });
});

describe('an ICMP packet is named with the right article', () => {
  it('a ping’s send hop says “an ICMP echo request” with its size, never “a ICMP”', () => {
    const t = trace(lab(), ctr('web', 'nginx'), toPod('api'), 'ICMP');
    const send = hopOf(t, 'request', 'send');
    expect(send.explain.key).toBe('sim.hop.sendPing');
    expect(english(send.explain)).toBe(
      'nginx runs ping: an ICMP echo request of 84 bytes from 10.244.1.2 to 10.244.2.2. The socket hands it to the network stack of its namespace, which starts it with TTL 64.',
    );
  });

  it('no English message of the simulation says “a ICMP”', () => {
    for (const [key, text] of Object.entries(en)) expect(text, key).not.toMatch(/\ba ICMP\b/);
  });
});
