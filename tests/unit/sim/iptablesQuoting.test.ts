import { describe, expect, it } from 'vitest';
import { comment, savedString } from '../../../src/sim/netfilter/rules';
import { iptablesSave } from '../../../src/sim';
import { shop } from './servicesFixtures';

describe('iptables-save quotes a string as xtables_save_string does (finding 1)', () => {
  it('prints only letters, digits, _ and - bare', () => {
    expect(savedString('KUBE-abc_09')).toBe('KUBE-abc_09');
    expect(comment('flanneld').text).toBe('-m comment --comment flanneld');
  });

  it('quotes a comment with a slash, a dot, a colon or a space', () => {
    expect(comment('default/api').text).toBe('-m comment --comment "default/api"');
    expect(comment('kube-system/kube-dns:dns-tcp').text).toBe(
      '-m comment --comment "kube-system/kube-dns:dns-tcp"',
    );
    expect(comment('a.b').text).toBe('-m comment --comment "a.b"');
    expect(comment('flanneld masq').text).toBe('-m comment --comment "flanneld masq"');
  });

  it('escapes ", \\ and \' with a backslash inside the quotes, and prints an empty string as ""', () => {
    expect(savedString('say "hi"')).toBe('"say \\"hi\\""');
    expect(savedString("it's")).toBe('"it\\\'s"');
    expect(savedString('a\\b')).toBe('"a\\\\b"');
    expect(savedString('')).toBe('""');
  });

  it('prints every KUBE-SEP rule of a node with the Service name quoted', () => {
    const sep = iptablesSave(shop(), 'node1')
      .split('\n')
      .filter((l) => l.startsWith('-A KUBE-SEP-F5GRXGU6YGVT3IH7 '));
    expect(sep).toEqual([
      '-A KUBE-SEP-F5GRXGU6YGVT3IH7 -s 10.244.2.2/32 -m comment --comment "default/api:http" -j KUBE-MARK-MASQ',
      '-A KUBE-SEP-F5GRXGU6YGVT3IH7 -p tcp -m comment --comment "default/api:http" -m tcp -j DNAT --to-destination 10.244.2.2:8080',
    ]);
  });
});
