import { describe, expect, it } from 'vitest';
import { conntrackList, simulate } from '../../../src/sim';
import type { Endpoint, PacketRequest, PodId } from '../../../src/sim';
import { hopOf } from './fixtures';
import { shop } from './servicesFixtures';

const WEB_A: Endpoint = { kind: 'container', pod: 'default/web-a' as PodId, container: 'nginx' };
const CLIENT: Endpoint = { kind: 'container', pod: 'default/client' as PodId, container: 'curl' };
const toLone: PacketRequest = {
  from: WEB_A,
  to: { kind: 'service', service: 'default/lone' },
  protocol: 'TCP',
  port: 80,
};

describe('conntrack confirms an entry only when its first packet passes POSTROUTING or INPUT (finding 3)', () => {
  it('hairpin mode off: the bridge drops the DNATed frame, and conntrack -L on node1 prints nothing', () => {
    const t = simulate(
      shop('bridge-hostgw', { bridgeNfCallIptables: true, hairpinMode: false }),
      toLone,
    );
    expect(t.outcome.reason.key).toBe('sim.outcome.hairpinOff');
    // the table is listed (node1 tracked the packet) and empty, as the kernel's is
    expect(t.conntrack).toEqual([]);
    expect(conntrackList(t, 'node1')).toBe('');
    const dnat = hopOf(t, 'request', 'dnat');
    expect(dnat.headers.ip).toMatchObject({ src: '10.244.1.3', dst: '10.244.1.3' });
    expect(dnat.netfilter).toMatchObject({ hook: 'PREROUTING', unconfirmed: true });
    expect(dnat.netfilter?.conntrack).toBeUndefined();
  });

  it('hairpin mode on: the same entry is confirmed as the bridge sends the frame back, and listed', () => {
    const t = simulate(
      shop('bridge-hostgw', { bridgeNfCallIptables: true, hairpinMode: true }),
      toLone,
    );
    expect(t.outcome.kind).toBe('delivered');
    expect(conntrackList(t, 'node1')).toBe(
      'tcp      6 431999 ESTABLISHED src=10.244.1.3 dst=10.96.0.70 sport=53082 dport=80 src=10.244.1.3 dst=10.244.1.1 sport=8080 dport=53082 [ASSURED] mark=0 use=1\n',
    );
    expect(hopOf(t, 'request', 'dnat').netfilter?.unconfirmed).toBeUndefined();
  });

  it('a packet a node forwards is confirmed even when the next hop never answers ARP', () => {
    const t = simulate(shop(), {
      from: CLIENT,
      to: { kind: 'ip', ip: '10.244.2.99' },
      protocol: 'TCP',
      port: 80,
    } as PacketRequest);
    expect(t.outcome.kind).toBe('unreachable');
    expect(t.conntrack?.map((r) => r.node)).toEqual(['node1', 'node2']);
  });
});
