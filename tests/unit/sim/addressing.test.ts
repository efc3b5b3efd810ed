/** The node address plan validation shares with buildNetwork: one allocation, never two. */
import { describe, expect, it } from 'vitest';
import { buildNetwork, nodeNetOf, planNodeAddresses } from '../../../src/sim';
import { lab } from './fixtures';

describe('planNodeAddresses', () => {
  it('plans exactly the node IPs and pod ranges buildNetwork gives', () => {
    const cluster = {
      ...lab(),
      nodes: [
        { name: 'node1', ip: '192.168.10.12' },
        { name: 'node2', podCidr: '10.244.9.0/24' },
        { name: 'node3' },
      ],
    };
    const net = buildNetwork(cluster);
    const plan = planNodeAddresses(cluster);
    expect(plan).toEqual(
      cluster.nodes.map((n) => {
        const built = nodeNetOf(net, n.name);
        return { ip: built?.ip, podCidr: built?.podCidr };
      }),
    );
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
