/** Level of detail: which level a zoom shows for a cluster's size, and which pods a summary keeps. */
import { describe, expect, it } from 'vitest';
import type { PacketRequest, PodId } from '../../../../src/sim';
import { levelAt, touchedPods } from '../../../../src/ui/diagram/lod';

describe('level of detail', () => {
  it('a big cluster collapses its nodes below zoom 0.3, shows pod chips up to 0.55 and full pods above', () => {
    expect(levelAt(0.05, 5000)).toBe('nodes');
    expect(levelAt(0.29, 5000)).toBe('nodes');
    expect(levelAt(0.3, 5000)).toBe('summary');
    expect(levelAt(0.54, 5000)).toBe('summary');
    expect(levelAt(0.55, 5000)).toBe('full');
  });

  it('a cluster of 64 pods or fewer never collapses: every pod stays drawn', () => {
    expect(levelAt(0.05, 64)).toBe('summary');
    expect(levelAt(0.05, 65)).toBe('nodes');
  });

  it('a summary keeps the pods shown packets start from and go to', () => {
    const flows: PacketRequest[] = [
      {
        from: { kind: 'container', pod: 'default/p1' as PodId, container: 'app' },
        to: { kind: 'pod', pod: 'default/p2' as PodId },
        protocol: 'TCP',
        port: 8080,
      },
      {
        from: { kind: 'node', node: 'n1', agent: 'kubelet' },
        to: { kind: 'container', pod: 'web/p9' as PodId, container: 'nginx' },
        protocol: 'TCP',
        port: 80,
      },
      {
        from: { kind: 'container', pod: 'default/p3' as PodId, container: 'app' },
        to: { kind: 'ip', ip: '10.0.0.1' },
        protocol: 'ICMP',
      },
    ];
    expect([...touchedPods(flows)].sort()).toEqual([
      'default/p1',
      'default/p2',
      'default/p3',
      'web/p9',
    ]);
  });
});
