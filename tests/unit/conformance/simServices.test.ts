import { describe, expect, it } from 'vitest';
import { withFilterRules } from '../../../src/scenario/export/nodeRules';
import { tableText } from '../../conformance/simServices';

const RESTORE = [
  '*nat',
  ':PREROUTING ACCEPT [0:0]',
  'COMMIT',
  '*filter',
  ':INPUT ACCEPT [0:0]',
  ':FORWARD ACCEPT [0:0]',
  ':OUTPUT ACCEPT [0:0]',
  ':KUBE-FORWARD - [0:0]',
  '-A FORWARD -j KUBE-FORWARD',
  'COMMIT',
  '',
].join('\n');

describe('rules text for the kernel', () => {
  it('adds policy chains after the filter chain lines and their rules before its COMMIT', () => {
    const out = withFilterRules(RESTORE, [
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
      ':OUTPUT ACCEPT [0:0]',
      ':KUBE-FORWARD - [0:0]',
      ':PNL-POD-FW-0 - [0:0]',
      '-A FORWARD -j KUBE-FORWARD',
      '-A FORWARD -d 10.244.2.2/32 -j PNL-POD-FW-0',
      '-A PNL-POD-FW-0 -j DROP',
      'COMMIT',
      '',
    ]);
  });

  it('leaves the text as it is without extra rules', () => {
    expect(withFilterRules(RESTORE, [])).toBe(RESTORE);
  });

  it('prints a table with its built-in chains first and the others sorted', () => {
    const chains = new Map([
      ['KUBE-SVC-B', [{ chain: 'KUBE-SVC-B', text: '-A KUBE-SVC-B -j KUBE-SEP-X' }]],
      ['PREROUTING', [{ chain: 'PREROUTING', text: '-A PREROUTING -j KUBE-SERVICES' }]],
      ['KUBE-SERVICES', []],
    ]);
    expect(tableText('nat', chains).split('\n')).toEqual([
      '*nat',
      ':PREROUTING ACCEPT [0:0]',
      ':INPUT ACCEPT [0:0]',
      ':OUTPUT ACCEPT [0:0]',
      ':POSTROUTING ACCEPT [0:0]',
      ':KUBE-SERVICES - [0:0]',
      ':KUBE-SVC-B - [0:0]',
      '-A PREROUTING -j KUBE-SERVICES',
      '-A KUBE-SVC-B -j KUBE-SEP-X',
      'COMMIT',
    ]);
  });
});
