import { describe, expect, it } from 'vitest';
import { presetById } from '../../../src/scenario/presets';
import { conntrackList, simulate } from '../../../src/sim';

const preset = presetById('clusterip-remote');
if (!preset) throw new Error('clusterip-remote');
const packet = preset.scenario.packets[0];
if (!packet) throw new Error('no packet');
const trace = simulate(preset.scenario.cluster, packet);
const at = (pred: (h: (typeof trace.hops)[number]) => boolean) => trace.hops.findIndex(pred);

const NODE1_SYN =
  'tcp      6 119 SYN_SENT src=10.244.1.2 dst=10.96.0.20 sport=59646 dport=80 [UNREPLIED] src=10.244.2.2 dst=10.244.1.2 sport=8080 dport=59646 mark=0 use=1\n';
const NODE1_EST =
  'tcp      6 431999 ESTABLISHED src=10.244.1.2 dst=10.96.0.20 sport=59646 dport=80 src=10.244.2.2 dst=10.244.1.2 sport=8080 dport=59646 [ASSURED] mark=0 use=1\n';
const NODE2_SYN =
  'tcp      6 119 SYN_SENT src=10.244.1.2 dst=10.244.2.2 sport=59646 dport=8080 [UNREPLIED] src=10.244.2.2 dst=10.244.1.2 sport=8080 dport=59646 mark=0 use=1\n';
const NODE2_EST =
  'tcp      6 431999 ESTABLISHED src=10.244.1.2 dst=10.244.2.2 sport=59646 dport=8080 src=10.244.2.2 dst=10.244.1.2 sport=8080 dport=59646 [ASSURED] mark=0 use=1\n';

describe('conntrack -L at a hop of a ClusterIP connection to a remote endpoint', () => {
  it('is empty on both nodes before the SYN reaches node1', () => {
    const before = at((h) => h.action === 'dnat') - 1;
    expect(conntrackList(trace, 'node1', before)).toBe('');
    expect(conntrackList(trace, 'node2', before)).toBe('');
  });

  it('holds the DNATed entry, unreplied, on node1 from the DNAT hop', () => {
    expect(
      conntrackList(
        trace,
        'node1',
        at((h) => h.action === 'dnat'),
      ),
    ).toBe(NODE1_SYN);
  });

  it("holds node2's own unreplied entry once node2 forwards the SYN", () => {
    expect(conntrackList(trace, 'node2', at((h) => h.node === 'node2') - 1)).toBe('');
    const forwarded = at((h) => h.node === 'node2' && h.action === 'forward');
    expect(conntrackList(trace, 'node2', forwarded)).toBe(NODE2_SYN);
  });

  it("turns each node's entry ESTABLISHED when the reply enters that node, not before", () => {
    const replyOnNode2 = at((h) => h.leg === 'reply' && h.netns === 'node:node2');
    const replyOnNode1 = at((h) => h.leg === 'reply' && h.netns === 'node:node1');
    expect(conntrackList(trace, 'node2', replyOnNode2 - 1)).toBe(NODE2_SYN);
    expect(conntrackList(trace, 'node2', replyOnNode2)).toBe(NODE2_EST);
    expect(conntrackList(trace, 'node1', replyOnNode1 - 1)).toBe(NODE1_SYN);
    expect(conntrackList(trace, 'node1', replyOnNode1)).toBe(NODE1_EST);
  });

  it('prints the end state without a hop, as at the last hop', () => {
    expect(conntrackList(trace, 'node1')).toBe(NODE1_EST);
    expect(conntrackList(trace, 'node1', trace.hops.length - 1)).toBe(NODE1_EST);
  });
});
