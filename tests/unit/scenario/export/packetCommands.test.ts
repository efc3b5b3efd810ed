/** How a recipe sends each prepared packet: the sender's namespace and the client, dialling what the trace dials. */
import { describe, expect, it } from 'vitest';
import { clientArgv, packetCommand } from '../../../../src/scenario/export/packetCommands';
import { withFilterRules } from '../../../../src/scenario/export/nodeRules';
import { presetById } from '../../../../src/scenario/presets';
import { buildNetwork } from '../../../../src/sim/model/topology';
import { simulate } from '../../../../src/sim/trace/tracer';
import type { PacketRequest, PodId } from '../../../../src/sim/model/types';

function commandOf(id: string, packet: number) {
  const p = presetById(id);
  const request = p?.scenario.packets[packet];
  if (!p || !request) throw new Error(`preset ${id} packet ${packet} missing`);
  const c = p.scenario.cluster;
  return packetCommand(buildNetwork(c), request, simulate(c, request));
}

describe('the command that sends a prepared packet', () => {
  it("dials a NodePort from the outside client's namespace, with the Host of an HTTP request", () => {
    expect(commandOf('ingress-two-paths', 0)).toEqual({
      netns: 'outside:client',
      argv: [
        'curl',
        '-sS',
        '-4',
        '-m',
        '4',
        '-H',
        'Host: shop.example.com',
        'http://192.168.10.11:30080/api/orders',
      ],
    });
  });

  it('resolves a name through the pod’s resolver, IPv4 only, and a node sends from its root namespace', () => {
    expect(commandOf('dns-service', 0)).toMatchObject({
      argv: ['nc', '-zv', '-4', '-w', '4', 'api', '80'],
    });
    expect(commandOf('kubelet-probe', 0)).toEqual({
      netns: 'node:node1',
      argv: ['nc', '-znv', '-w', '4', '10.244.1.2', '80'],
    });
  });

  it('sends nothing for shared memory or from a container that never started', () => {
    expect(commandOf('shared-memory', 0)).toEqual({ skip: 'shared-memory' });
    expect(commandOf('port-conflict', 0)).toEqual({ skip: 'sender-never-started' });
  });

  it('pings with DF and the payload of the requested size, and the UDP client for UDP', () => {
    const ping: PacketRequest = {
      from: { kind: 'container', pod: 'default/web' as PodId, container: 'nginx' },
      to: { kind: 'pod', pod: 'default/api' as PodId },
      protocol: 'ICMP',
      size: 1500,
      ttl: 1,
    };
    expect(clientArgv(ping, '10.244.2.2')).toEqual([
      'ping',
      '-n',
      '-c',
      '1',
      '-W',
      '4',
      '-M',
      'do',
      '-s',
      '1472',
      '-t',
      '1',
      '10.244.2.2',
    ]);
    expect(clientArgv({ ...ping, protocol: 'UDP', port: 53 }, '10.96.0.10', 53)).toEqual([
      'python3',
      '$W/udp-client.py',
      '10.96.0.10',
      '53',
    ]);
  });
});

describe('policy chains added to iptables-restore input', () => {
  it('declares the new chain after the filter table’s chains and appends the rules before COMMIT', () => {
    const text = [
      '*nat',
      ':PREROUTING ACCEPT [0:0]',
      'COMMIT',
      '*filter',
      ':INPUT ACCEPT [0:0]',
      ':FORWARD ACCEPT [0:0]',
      '-A INPUT -j ACCEPT',
      'COMMIT',
      '',
    ].join('\n');
    const out = withFilterRules(text, [
      { chain: 'FORWARD', text: '-A FORWARD -d 10.244.2.2/32 -j PNL-POD-FW-0' },
      { chain: 'PNL-POD-FW-0', text: '-A PNL-POD-FW-0 -j DROP' },
    ]);
    expect(out.split('\n')).toEqual([
      '*nat',
      ':PREROUTING ACCEPT [0:0]',
      'COMMIT',
      '*filter',
      ':INPUT ACCEPT [0:0]',
      ':FORWARD ACCEPT [0:0]',
      ':PNL-POD-FW-0 - [0:0]',
      '-A INPUT -j ACCEPT',
      '-A FORWARD -d 10.244.2.2/32 -j PNL-POD-FW-0',
      '-A PNL-POD-FW-0 -j DROP',
      'COMMIT',
      '',
    ]);
  });
});
