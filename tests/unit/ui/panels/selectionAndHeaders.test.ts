// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Headers, Ipv4, Mac } from '../../../../src/sim';
import { isChanged, layersOf } from '../../../../src/ui/panels/headerLayers';
import { parseSelection } from '../../../../src/ui/panels/selection';

const yesNo = (b: boolean) => (b ? 'yes' : 'no');
const mac = (s: string) => s as Mac;
const ip = (s: string) => s as Ipv4;

describe('diagram selections', () => {
  it('are read as devices, pods, containers, nodes and kubelets', () => {
    expect(parseSelection('pod:default/web#eth0')).toEqual({
      kind: 'device',
      id: 'pod:default/web#eth0',
    });
    expect(parseSelection('pod:default/web')).toEqual({ kind: 'pod', pod: 'default/web' });
    expect(parseSelection('container:default/web/nginx')).toEqual({
      kind: 'container',
      pod: 'default/web',
      container: 'nginx',
    });
    expect(parseSelection('node:node1')).toEqual({ kind: 'node', node: 'node1' });
    expect(parseSelection('kubelet:node2')).toEqual({ kind: 'kubelet', node: 'node2' });
    expect(parseSelection(null)).toBeNull();
    expect(parseSelection('nonsense')).toBeNull();
  });
});

describe('header layers', () => {
  const inner: Headers = {
    eth: { src: mac('aa:aa:aa:aa:aa:aa'), dst: mac('bb:bb:bb:bb:bb:bb'), type: 'IPv4' },
    ip: {
      src: ip('10.244.1.2'),
      dst: ip('10.244.2.2'),
      ttl: 63,
      protocol: 'TCP',
      df: true,
      totalLength: 60,
    },
    l4: { kind: 'tcp', sport: 40000, dport: 8080, flags: ['SYN'] },
  };
  const outer: Headers = {
    ...inner,
    outer: {
      eth: { src: mac('cc:cc:cc:cc:cc:cc'), dst: mac('dd:dd:dd:dd:dd:dd'), type: 'IPv4' },
      ip: {
        src: ip('192.168.10.11'),
        dst: ip('192.168.10.12'),
        ttl: 64,
        protocol: 'UDP',
        df: false,
        totalLength: 110,
      },
      udp: { sport: 5555, dport: 8472 },
      vxlan: { vni: 1 },
    },
  };

  it('stack Ethernet, IP and the transport from the outside in', () => {
    expect(layersOf(inner, yesNo).map((l) => l.title)).toEqual([
      'layer.eth',
      'layer.ip',
      'layer.tcp',
    ]);
  });

  it('put the VXLAN outer headers above the inner frame while encapsulated', () => {
    const layers = layersOf(outer, yesNo);
    expect(layers.map((l) => [l.title, l.outer])).toEqual([
      ['layer.eth', true],
      ['layer.ip', true],
      ['layer.udp', true],
      ['layer.vxlan', true],
      ['layer.eth', false],
      ['layer.ip', false],
      ['layer.tcp', false],
    ]);
  });

  it('show the Total Length of the inner and the outer IP header, 50 bytes apart', () => {
    const rows = layersOf(outer, yesNo)
      .filter((l) => l.title === 'layer.ip')
      .map((l) => l.rows.find((r) => r.label === 'sim.header.totalLength'));
    expect(rows).toEqual([
      { label: 'sim.header.totalLength', value: '110', path: 'outer.ip.totalLength' },
      { label: 'sim.header.totalLength', value: '60', path: 'ip.totalLength' },
    ]);
  });

  it('mark a field changed at the hop, and every field of a layer added as a whole', () => {
    const cause = { key: 'sim.change.ttl', params: {} };
    const ttl = [{ field: 'ip.ttl', from: '64', to: '63', cause }];
    expect(isChanged('ip.ttl', ttl)).toBe(true);
    expect(isChanged('ip.src', ttl)).toBe(false);
    const wrapped = [{ field: 'outer', from: '', to: 'vxlan', cause }];
    expect(isChanged('outer.udp.dport', wrapped)).toBe(true);
    expect(isChanged('eth.src', wrapped)).toBe(false);
  });
});
