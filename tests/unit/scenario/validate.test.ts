/** Validation: the schema's shapes and caps, then the cluster's semantic rules, each with a path and a key. */
import { describe, expect, it } from 'vitest';
import { errorsAt, LIMITS, parseScenario, type ParseResult } from '../../../src/scenario';
import { makeDoc, podDoc, summary } from './docs';

/** The "path key" lines of a failed parse (fails the test when it passed). */
function errorsOf(result: ParseResult): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : summary(result.errors);
}

describe('a valid document', () => {
  it('passes and gets every default filled in', () => {
    const r = parseScenario(makeDoc());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.description).toBe('');
    expect(r.scenario.cluster).toMatchObject({
      name: 'lab',
      clusterCidr: '10.244.0.0/16',
      nodeNetwork: '192.168.10.0/24',
      cni: 'bridge-hostgw',
    });
    expect(r.scenario.cluster.pods[0]).toMatchObject({
      namespace: 'default',
      labels: {},
      hostNetwork: false,
    });
  });

  it('allows two containers of one pod on the same port, because that is what C5 teaches', () => {
    const pod = podDoc('web', 'node1', {
      containers: [
        { name: 'a', image: 'nginx', ports: [{ port: 80, protocol: 'TCP' }] },
        { name: 'b', image: 'httpd', ports: [{ port: 80, protocol: 'TCP' }] },
      ],
    });
    expect(parseScenario(makeDoc({ pods: [pod], packets: [] })).ok).toBe(true);
  });
});

describe('the schema', () => {
  it('rejects an unknown key with its path', () => {
    expect(errorsOf(parseScenario(makeDoc({ cluster: { colour: 'red' } })))).toEqual([
      'cluster.colour scenario.error.unknownKey',
    ]);
  });

  it('names a missing field', () => {
    const r = parseScenario({ version: 1, cluster: { nodes: [{ name: 'n' }], pods: [] } });
    expect(errorsOf(r)).toEqual(['title scenario.error.required']);
    expect(!r.ok && r.errors[0]?.params).toEqual({ field: 'title' });
  });

  it('rejects a value of the wrong type and a value outside a list', () => {
    expect(errorsOf(parseScenario(makeDoc({ cluster: { cni: 'calico' } })))).toEqual([
      'cluster.cni scenario.error.notOneOf',
    ]);
    expect(errorsOf(parseScenario(makeDoc({ top: { title: 5 } })))).toEqual([
      'title scenario.error.wrongType',
    ]);
  });

  it('rejects a name that is not a DNS label, and one longer than 63 characters', () => {
    expect(
      errorsOf(parseScenario(makeDoc({ pods: [podDoc('Web_1', 'node1')], packets: [] }))),
    ).toEqual(['cluster.pods[0].name scenario.error.badName']);
    expect(
      errorsOf(
        parseScenario(makeDoc({ nodes: [{ name: 'n'.repeat(64) }], pods: [], packets: [] })),
      ),
    ).toEqual(['cluster.nodes[0].name scenario.error.tooLong']);
  });

  it('caps arrays: at most 16 containers in a pod and LIMITS.nodes nodes', () => {
    const containers = Array.from({ length: 17 }, (_, i) => ({ name: `c${i}`, image: 'busybox' }));
    expect(
      errorsOf(
        parseScenario(makeDoc({ pods: [podDoc('web', 'node1', { containers })], packets: [] })),
      ),
    ).toEqual(['cluster.pods[0].containers scenario.error.tooMany']);
    const nodes = Array.from({ length: LIMITS.nodes + 1 }, (_, i) => ({ name: `n${i}` }));
    expect(errorsOf(parseScenario(makeDoc({ nodes, pods: [], packets: [] })))).toEqual([
      'cluster.nodes scenario.error.tooMany',
    ]);
  });

  it('rejects a port outside 1..65535 and a fractional one', () => {
    const pod = (port: number) =>
      podDoc('web', 'node1', {
        containers: [{ name: 'a', image: 'x', ports: [{ port, protocol: 'TCP' }] }],
      });
    for (const port of [0, 65536, 80.5, -1])
      expect(errorsOf(parseScenario(makeDoc({ pods: [pod(port)], packets: [] })))).toEqual([
        'cluster.pods[0].containers[0].ports[0].port scenario.error.badPort',
      ]);
  });

  it('rejects malformed addresses and ranges', () => {
    expect(
      errorsOf(
        parseScenario(
          makeDoc({ nodes: [{ name: 'node1', ip: '192.168.10.256' }, { name: 'node2' }] }),
        ),
      ),
    ).toEqual(['cluster.nodes[0].ip scenario.error.badIp']);
    expect(errorsOf(parseScenario(makeDoc({ cluster: { clusterCidr: '10.244.0.0/33' } })))).toEqual(
      ['cluster.clusterCidr scenario.error.badCidr'],
    );
    expect(errorsOf(parseScenario(makeDoc({ cluster: { clusterCidr: '10.244.1.0/16' } })))).toEqual(
      ['cluster.clusterCidr scenario.error.cidrHostBits'],
    );
  });

  it('rejects control and invisible characters in a title', () => {
    for (const bad of ['a\u0000b', 'a\u202Eb', 'a\u200Bb', 'a\uD800b'])
      expect(errorsOf(parseScenario(makeDoc({ top: { title: bad } })))).toEqual([
        'title scenario.error.badText',
      ]);
  });
});

describe('the cluster rules', () => {
  it('reports a pod on an unknown node', () => {
    expect(
      errorsOf(parseScenario(makeDoc({ pods: [podDoc('web', 'node9')], packets: [] }))),
    ).toEqual(['cluster.pods[0].node scenario.error.unknownNode']);
  });

  it('reports duplicate node names, pod names in a namespace and container names in a pod', () => {
    expect(
      errorsOf(
        parseScenario(
          makeDoc({ nodes: [{ name: 'node1' }, { name: 'node1' }], pods: [], packets: [] }),
        ),
      ),
    ).toContain('cluster.nodes[1].name scenario.error.duplicateNode');
    expect(
      errorsOf(
        parseScenario(
          makeDoc({ pods: [podDoc('web', 'node1'), podDoc('web', 'node2')], packets: [] }),
        ),
      ),
    ).toEqual(['cluster.pods[1].name scenario.error.duplicatePod']);
    const twins = podDoc('web', 'node1', {
      containers: [
        { name: 'a', image: 'x' },
        { name: 'a', image: 'y' },
      ],
    });
    expect(errorsOf(parseScenario(makeDoc({ pods: [twins], packets: [] })))).toEqual([
      'cluster.pods[0].containers[1].name scenario.error.duplicateContainer',
    ]);
  });

  it('lets two namespaces hold pods of the same name', () => {
    const pods = [podDoc('web', 'node1'), podDoc('web', 'node2', { namespace: 'shop' })];
    expect(parseScenario(makeDoc({ pods, packets: [] })).ok).toBe(true);
  });

  it('reports duplicate pod addresses and a pod using a node address', () => {
    const pods = [
      podDoc('a', 'node1', { ip: '10.244.1.5' }),
      podDoc('b', 'node1', { ip: '10.244.1.5' }),
    ];
    const r = parseScenario(makeDoc({ pods, packets: [] }));
    expect(errorsOf(r)).toEqual(['cluster.pods[1].ip scenario.error.duplicateIp']);
    expect(!r.ok && r.errors[0]?.params).toEqual({ ip: '10.244.1.5', other: 'default/a' });
    const nodes = [
      { name: 'node1', ip: '192.168.10.11' },
      { name: 'node2', ip: '192.168.10.11' },
    ];
    expect(errorsOf(parseScenario(makeDoc({ nodes })))).toEqual([
      'cluster.nodes[1].ip scenario.error.duplicateIp',
    ]);
  });

  it('reports a pod address outside its node range, or on its network, bridge or broadcast address', () => {
    const at = (ip: string) =>
      errorsOf(parseScenario(makeDoc({ pods: [podDoc('web', 'node1', { ip })], packets: [] })));
    expect(at('10.244.2.5')).toEqual(['cluster.pods[0].ip scenario.error.podIpOutsideCidr']);
    expect(at('10.244.1.0')).toEqual(['cluster.pods[0].ip scenario.error.podIpNetwork']);
    expect(at('10.244.1.1')).toEqual(['cluster.pods[0].ip scenario.error.podIpGateway']);
    expect(at('10.244.1.255')).toEqual(['cluster.pods[0].ip scenario.error.podIpBroadcast']);
    expect(
      parseScenario(makeDoc({ pods: [podDoc('web', 'node1', { ip: '10.244.1.2' })], packets: [] }))
        .ok,
    ).toBe(true);
  });

  it('reports a fixed address on a hostNetwork pod', () => {
    const pod = podDoc('web', 'node1', { hostNetwork: true, ip: '10.244.1.9' });
    expect(errorsOf(parseScenario(makeDoc({ pods: [pod], packets: [] })))).toEqual([
      'cluster.pods[0].ip scenario.error.hostNetworkIp',
    ]);
  });

  it('reports a node pod range outside the cluster range, and overlapping pod ranges', () => {
    const outside = [{ name: 'node1', podCidr: '10.99.1.0/24' }, { name: 'node2' }];
    expect(errorsOf(parseScenario(makeDoc({ nodes: outside, pods: [], packets: [] })))).toEqual([
      'cluster.nodes[0].podCidr scenario.error.podCidrOutsideCluster',
    ]);
    const overlap = [
      { name: 'node1', podCidr: '10.244.0.0/23' },
      { name: 'node2', podCidr: '10.244.1.0/24' },
    ];
    expect(errorsOf(parseScenario(makeDoc({ nodes: overlap, pods: [], packets: [] })))).toEqual([
      'cluster.nodes[1].podCidr scenario.error.podCidrOverlap',
    ]);
  });

  it('reports a node address outside the node network, and on its network address', () => {
    const nodes = [
      { name: 'node1', ip: '192.168.11.11' },
      { name: 'node2', ip: '192.168.10.0' },
    ];
    expect(errorsOf(parseScenario(makeDoc({ nodes })))).toEqual([
      'cluster.nodes[0].ip scenario.error.nodeIpOutside',
      'cluster.nodes[1].ip scenario.error.nodeIpReserved',
    ]);
  });

  it('reports a node network overlapping the cluster range', () => {
    expect(
      errorsOf(parseScenario(makeDoc({ cluster: { nodeNetwork: '10.244.200.0/24' } }))),
    ).toEqual(['cluster.nodeNetwork scenario.error.networksOverlap']);
  });

  it('reports a pod range with more pods than addresses, not counting hostNetwork pods', () => {
    const nodes = [{ name: 'node1', podCidr: '10.244.1.0/30' }];
    const pods = [
      podDoc('a', 'node1'),
      podDoc('b', 'node1'),
      podDoc('h', 'node1', { hostNetwork: true }),
    ];
    const r = parseScenario(makeDoc({ nodes, pods, packets: [] }));
    expect(errorsOf(r)).toEqual(['cluster.nodes[0] scenario.error.podCidrExhausted']);
    expect(!r.ok && r.errors[0]?.params).toMatchObject({ count: 2, capacity: 1 });
    expect(parseScenario(makeDoc({ nodes, pods: pods.slice(1), packets: [] })).ok).toBe(true);
  });

  it('reports packets referring to unknown pods, containers and nodes, and TCP without a port', () => {
    const packets = [
      {
        from: { kind: 'container', pod: 'default/nope', container: 'app' },
        to: { kind: 'localhost' },
        protocol: 'ICMP',
      },
      {
        from: { kind: 'container', pod: 'default/web', container: 'nope' },
        to: { kind: 'node', node: 'node7' },
        protocol: 'ICMP',
      },
      {
        from: { kind: 'node', node: 'node1', agent: 'kubelet' },
        to: { kind: 'container', pod: 'default/api', container: 'x' },
        protocol: 'TCP',
      },
    ];
    expect(errorsOf(parseScenario(makeDoc({ packets })))).toEqual([
      'packets[0].from.pod scenario.error.unknownPod',
      'packets[1].from.container scenario.error.unknownContainer',
      'packets[1].to.node scenario.error.unknownNode',
      'packets[2].to.container scenario.error.unknownContainer',
      'packets[2].port scenario.error.portRequired',
    ]);
  });
});

describe('errorsAt', () => {
  it('picks the errors of one pod for its form, and not those of pods with a longer index', () => {
    const pods = Array.from({ length: 12 }, (_, i) =>
      podDoc(i === 1 || i === 10 ? 'Bad' : `p${i}`, 'node1'),
    );
    const r = parseScenario(makeDoc({ pods, packets: [] }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(summary(errorsAt(r.errors, 'cluster.pods[1]'))).toEqual([
      'cluster.pods[1].name scenario.error.badName',
    ]);
    expect(errorsAt(r.errors, '')).toHaveLength(2);
  });
});
