import { describe, expect, it } from 'vitest';
import { reachability } from '../../../src/sim';
import { policy, rule, sel, shop, tcp } from './policyFixtures';

const FROM_WEB = policy('shop/allow-web', sel({ app: 'db' }), ['Ingress'], {
  ingress: [rule([{ podSelector: sel({ app: 'web' }) }], [tcp('pg')])],
});
const DENY_EG = policy('shop/deny-egress', sel({ app: 'web' }), ['Egress']);

describe('who can reach whom', () => {
  const m = reachability(shop([FROM_WEB, DENY_EG]));
  const cell = (from: string, to: string, port: number) => {
    const r = m.rows.indexOf(from as never);
    const c = m.columns.findIndex((x) => x.pod === to && x.port === port);
    const found = m.cells[r]?.[c];
    if (!found) throw new Error(`no cell ${from} → ${to}:${port}`);
    return found;
  };

  it('has a row per pod and a column per listening port', () => {
    expect(m.rows).toEqual([
      'shop/web',
      'shop/db',
      'shop/plain',
      'shop/api',
      'default/client',
      'default/web2',
      'monitoring/prom',
      'monitoring/grafana',
      'kube-system/coredns',
    ]);
    expect(m.columns).toEqual([
      { pod: 'shop/web', port: 80, protocol: 'TCP', container: 'app', name: 'http' },
      { pod: 'shop/db', port: 5432, protocol: 'TCP', container: 'postgres', name: 'pg' },
      { pod: 'shop/api', port: 8080, protocol: 'TCP', container: 'app', name: 'http' },
      { pod: 'shop/api', port: 9090, protocol: 'TCP', container: 'app', name: 'metrics' },
      { pod: 'monitoring/prom', port: 9090, protocol: 'TCP', container: 'app' },
      { pod: 'kube-system/coredns', port: 53, protocol: 'UDP', container: 'app', name: 'dns' },
    ]);
    expect(m.cells.map((r) => r.length)).toEqual(m.rows.map(() => 6));
  });

  it('allows what a rule allows and names the rule', () => {
    // web may not send at all (egress denied), so the db's allow never matters for it
    expect(cell('shop/web', 'shop/db', 5432)).toMatchObject({
      allowed: false,
      decidedBy: ['shop/deny-egress'],
      enforced: true,
    });
    expect(cell('shop/api', 'shop/db', 5432)).toMatchObject({
      allowed: false,
      decidedBy: ['shop/allow-web'],
    });
    expect(cell('shop/api', 'shop/db', 5432).ingress.explain.key).toBe('sim.policy.noPeerPodIn');
  });

  it('leaves pods no policy selects open, with nothing deciding', () => {
    expect(cell('default/client', 'shop/api', 8080)).toMatchObject({
      allowed: true,
      decidedBy: [],
    });
    expect(cell('shop/db', 'shop/db', 5432)).toMatchObject({ allowed: true });
    expect(cell('shop/db', 'shop/db', 5432).ingress.explain.key).toBe('sim.policy.self');
  });

  it('names both allowing rules when both sides are isolated', () => {
    const open = policy('shop/web-to-db', sel({ app: 'web' }), ['Egress'], {
      egress: [rule([{ podSelector: sel({ app: 'db' }) }])],
    });
    const c = reachability(shop([FROM_WEB, DENY_EG, open]));
    const r = c.rows.indexOf('shop/web' as never);
    const col = c.columns.findIndex((x) => x.pod === 'shop/db');
    expect(c.cells[r]?.[col]).toMatchObject({
      allowed: true,
      decidedBy: ['shop/web-to-db#egress[0]', 'shop/allow-web#ingress[0]'],
    });
  });

  it('marks a same-node deny as not enforced when bridge-nf-call-iptables is off', () => {
    const off = reachability(
      shop([FROM_WEB], { netfilter: { bridgeNfCallIptables: false, hairpinMode: true } }),
    );
    const at = (from: string) =>
      off.cells[off.rows.indexOf(from as never)]?.[
        off.columns.findIndex((x) => x.pod === 'shop/db')
      ];
    expect(at('shop/plain')).toMatchObject({ allowed: false, enforced: false }); // node1 → node1
    expect(at('shop/api')).toMatchObject({ allowed: false, enforced: true }); // node2 → node1, routed
  });
});
