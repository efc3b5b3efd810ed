/** Address allocation (C7), expected addresses written out: node IPs and pod ranges (the plan validation shares with buildNetwork), pod IPs. */
import { describe, expect, it } from 'vitest';
import { buildNetwork, nodeNetOf, planNodeAddresses, podNetOf } from '../../../src/sim';
import { lab, pid } from './fixtures';

describe('planNodeAddresses', () => {
  it('plans the node IPs and pod ranges buildNetwork gives: given ones kept, the rest counted from .11 and the (index+1)-th /24', () => {
    const cluster = {
      ...lab(),
      nodes: [
        { name: 'node1', ip: '192.168.10.12' },
        { name: 'node2', podCidr: '10.244.9.0/24' },
        { name: 'node3' },
      ],
    };
    const expected = [
      { ip: '192.168.10.12', podCidr: '10.244.1.0/24' },
      { ip: '192.168.10.11', podCidr: '10.244.9.0/24' },
      { ip: '192.168.10.13', podCidr: '10.244.3.0/24' },
    ];
    expect(planNodeAddresses(cluster)).toEqual(expected);
    const net = buildNetwork(cluster);
    expect(
      cluster.nodes.map((n) => {
        const built = nodeNetOf(net, n.name);
        return { ip: built?.ip, podCidr: built?.podCidr };
      }),
    ).toEqual(expected);
  });

  it('skips an address another node fixes instead of counting .11 + index', () => {
    const plan = planNodeAddresses({
      ...lab(),
      nodes: [{ name: 'a' }, { name: 'b', ip: '192.168.10.12' }, { name: 'c' }],
    });
    expect(plan.map((p) => p.ip)).toEqual(['192.168.10.11', '192.168.10.12', '192.168.10.13']);
  });

  it('never throws: invalid inputs come back as written, or null when nothing can be derived', () => {
    const plan = planNodeAddresses({
      ...lab(),
      clusterCidr: 'nonsense',
      nodeNetwork: '10.0.0.1/8',
      nodes: [{ name: 'a' }, { name: 'b', ip: 'x.y', podCidr: '10.244.3.7/24' }],
    });
    expect(plan).toEqual([
      { ip: null, podCidr: null },
      { ip: 'x.y', podCidr: '10.244.3.7/24' },
    ]);
  });
});

describe('pod addresses', () => {
  it("count up from .2 of their node's range in spec order, skip a fixed one, and a hostNetwork pod has its node's", () => {
    const base = lab();
    const net = buildNetwork({
      ...base,
      pods: base.pods.map((p) => (p.name === 'cache' ? { ...p, ip: '10.244.1.2' } : p)),
    });
    const ipOf = (name: string) => podNetOf(net, pid(name))?.ip;
    expect(['web', 'cache', 'clash', 'exporter'].map(ipOf)).toEqual([
      '10.244.1.3',
      '10.244.1.2',
      '10.244.1.4',
      '192.168.10.11',
    ]);
    expect(['api', 'dns', 'rogue'].map(ipOf)).toEqual([
      '10.244.2.2',
      '10.244.2.3',
      '192.168.10.12',
    ]);
  });
});
