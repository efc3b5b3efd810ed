import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../../src/sim/index';
import type { NetnsId } from '../../../src/sim/model/types';
import { parseBindOutput } from '../../conformance/binder';
import { conformanceCluster } from '../../conformance/cases';
import { clientArgv, outcomeOf } from '../../conformance/kernelRun';
import { planNetns } from '../../conformance/netnsPlan';

const network = buildNetwork(conformanceCluster('vxlan'));
const plan = planNetns(network, 'pnl-c1-');
const lines = plan.commands.map((c) => c.join(' '));

describe('planning the namespaces of a simulated network', () => {
  it('gives every simulated namespace a short kernel name with the run prefix', () => {
    expect(plan.nsName.get('node:node1' as NetnsId)).toBe('pnl-c1-n0');
    expect(plan.namespaces.every((n) => n.startsWith('pnl-c1-'))).toBe(true);
  });

  it("sets every interface's MAC to the simulation's, except a bridge's, which the kernel picks", () => {
    for (const d of network.devices.values()) {
      if (d.kind === 'loopback') continue;
      const setsMac = lines.some((l) => l.endsWith(`link set ${d.name} address ${d.mac}`));
      expect(setsMac, d.id).toBe(!plan.kernelChosenMac.includes(d.id));
    }
    expect(plan.kernelChosenMac).toContain('node:node1#cni0');
  });

  it('creates flannel.1 from the VXLAN parameters on the node uplink', () => {
    expect(lines).toContain(
      'ip -n pnl-c1-n0 link add flannel.1 type vxlan id 1 local 192.168.10.11 dev eth0 dstport 8472 nolearning',
    );
  });

  it('adds the routes, permanent neighbours and FDB entries the kernel does not add by itself', () => {
    expect(lines).toContain(
      'ip -n pnl-c1-n0 route replace 10.244.2.0/24 via 10.244.2.0 dev flannel.1 onlink',
    );
    expect(
      lines.some((l) =>
        /neigh replace 10\.244\.2\.0 lladdr \S+ dev flannel.1 nud permanent/.test(l),
      ),
    ).toBe(true);
    expect(lines.some((l) => /fdb append \S+ dev flannel.1 dst 192.168.10.12/.test(l))).toBe(true);
    expect(lines.filter((l) => l.includes('route replace 10.244.1.0/24 dev cni0'))).toEqual([]);
  });

  it('sets ip_forward in every namespace explicitly: 1 on nodes, 0 in pods (a new one may inherit 1)', () => {
    const forward = (ns: string) =>
      lines.filter((l) => l.startsWith(`ip netns exec ${ns} sysctl -qw net.ipv4.ip_forward=`));
    expect(forward('pnl-c1-n0')).toEqual([
      'ip netns exec pnl-c1-n0 sysctl -qw net.ipv4.ip_forward=1',
    ]);
    const web = plan.nsName.get('pod:default/web' as NetnsId) ?? '';
    expect(forward(web)).toEqual([`ip netns exec ${web} sysctl -qw net.ipv4.ip_forward=0`]);
  });

  it('refuses an interface name longer than Linux allows', () => {
    const long = new Map(network.devices);
    const [id, d] = [...long].find(([, x]) => x.kind === 'veth-host') ?? [];
    if (id && d) long.set(id, { ...d, name: 'veth-much-too-long' });
    expect(() => planNetns({ ...network, devices: long }, 'x-')).toThrow(/too long/);
  });
});

describe('the real clients', () => {
  it('dials TCP with nc -z and ICMP with one ping', () => {
    expect(
      clientArgv(
        {
          from: { kind: 'node', node: 'n', agent: 'host' },
          to: { kind: 'localhost' },
          protocol: 'TCP',
          port: 80,
        },
        '127.0.0.1',
      ),
    ).toEqual(['timeout', '8', 'nc', '-znv', '-w', '4', '127.0.0.1', '80']);
  });

  it('sends UDP with python3: one datagram on a connected socket, whose errors it reports', () => {
    const argv = clientArgv(
      {
        from: { kind: 'node', node: 'n', agent: 'host' },
        to: { kind: 'ip', ip: '10.244.2.2' },
        protocol: 'UDP',
        port: 5353,
      },
      '10.244.2.2',
    );
    expect(argv.slice(0, 4)).toEqual(['timeout', '8', 'python3', '-c']);
    expect(argv.slice(-2)).toEqual(['10.244.2.2', '5353']);
    expect(outcomeOf('UDP', 0, 'udp: reply received')).toBe('open');
    expect(outcomeOf('UDP', 1, 'udp: Connection refused')).toBe('refused');
    expect(outcomeOf('UDP', 1, 'udp: No route to host')).toBe('unreachable');
    expect(outcomeOf('UDP', 2, 'udp: timed out')).toBe('timeout');
  });

  it('sends a sized ping with DF and no local fragmentation, and reads its local error', () => {
    const argv = clientArgv(
      {
        from: { kind: 'node', node: 'n', agent: 'host' },
        to: { kind: 'ip', ip: '10.244.2.2' },
        protocol: 'ICMP',
        size: 1500,
      },
      '10.244.2.2',
    );
    expect(argv.slice(-5)).toEqual(['-M', 'do', '-s', '1472', '10.244.2.2']);
    expect(outcomeOf('ICMP', 1, 'ping: local error: message too long, mtu=1450')).toBe(
      'local-error',
    );
  });

  it('sends a ping with a low TTL (-t) and reads the time exceeded a router answered', () => {
    const argv = clientArgv(
      {
        from: { kind: 'node', node: 'n', agent: 'host' },
        to: { kind: 'ip', ip: '10.244.2.2' },
        protocol: 'ICMP',
        ttl: 1,
      },
      '10.244.2.2',
    );
    expect(argv.slice(-3)).toEqual(['-t', '1', '10.244.2.2']);
    const said =
      'From 10.244.1.1 icmp_seq=1 Time to live exceeded\n\n1 packets transmitted, 0 received, +1 errors';
    expect(outcomeOf('ICMP', 1, said)).toBe('time-exceeded');
  });

  it("reads nc's and ping's verdicts", () => {
    expect(outcomeOf('TCP', 0, 'Connection to 10.244.2.2 8080 port [tcp/*] succeeded!')).toBe(
      'open',
    );
    expect(
      outcomeOf('TCP', 1, 'nc: connect to 10.244.2.2 port 9999 (tcp) failed: Connection refused'),
    ).toBe('refused');
    expect(outcomeOf('TCP', 124, '')).toBe('timeout');
    expect(outcomeOf('ICMP', 0, '1 packets transmitted, 1 received, 0% packet loss')).toBe(
      'received',
    );
    expect(outcomeOf('ICMP', 1, 'From 10.244.1.1 icmp_seq=1 Destination Host Unreachable')).toBe(
      'unreachable',
    );
  });

  it("reads the binder's report of each plain bind()", () => {
    expect(
      parseBindOutput(
        'BIND default/dup second TCP/7000 EADDRINUSE\nBIND kubelet TCP/10250 ok\nready\n',
      ),
    ).toEqual([
      { who: 'default/dup|second', socket: 'TCP/7000', result: 'EADDRINUSE' },
      { who: '|kubelet', socket: 'TCP/10250', result: 'ok' },
    ]);
  });
});
