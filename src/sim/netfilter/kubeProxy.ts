/** The rules kube-proxy (iptables mode) writes on a node: nat KUBE-SERVICES → KUBE-SVC/SVL → KUBE-SEP (DNAT), KUBE-NODEPORTS → KUBE-EXT, the masquerade mark; filter REJECT/DROP for Services without (local) endpoints. */
import {
  addrtypeLocal,
  comment,
  ctNew,
  dport,
  dst,
  jump,
  mark,
  proto,
  rule,
  src,
  statistic,
  type Rule,
} from './rules';
import type { ServiceEndpoint, ServicePortInfo } from './endpointSlices';

/** A table's rules by chain, in the order the chains were declared. */
export type ChainMap = Map<string, Rule[]>;

function add(map: ChainMap, r: Rule): void {
  const list = map.get(r.chain);
  if (list) list.push(r);
  else map.set(r.chain, [r]);
}

function declare(map: ChainMap, chain: string): void {
  if (!map.has(chain)) map.set(chain, []);
}

/** The probability rules of a KUBE-SVC or KUBE-SVL chain: 1/n, 1/(n-1), …, then the last unconditionally. */
function toEndpoints(
  map: ChainMap,
  chain: string,
  sp: ServicePortInfo,
  eps: readonly ServiceEndpoint[],
) {
  declare(map, chain);
  eps.forEach((ep, i) => {
    const m = [comment(`${sp.name} -> ${ep.ip}:${ep.port}`)];
    if (i < eps.length - 1) m.push(statistic(chain, i, eps.length));
    add(map, rule(chain, m, jump(ep.chain)));
  });
}

function endpointChain(map: ChainMap, sp: ServicePortInfo, ep: ServiceEndpoint): void {
  if (map.has(ep.chain)) return;
  declare(map, ep.chain);
  // a pod reaching itself through its Service (hairpin) must be masqueraded
  add(map, rule(ep.chain, [src(ep.ip), comment(sp.name)], jump('KUBE-MARK-MASQ')));
  add(
    map,
    rule(ep.chain, [proto(sp.protocol), comment(sp.name), dport(sp.protocol)], {
      kind: 'dnat',
      ip: ep.ip,
      port: ep.port,
    }),
  );
}

/** The nat and filter rules kube-proxy writes on `node` for the cluster's Services. */
export function kubeProxyRules(
  ports: readonly ServicePortInfo[],
  node: string,
  clusterCidr: string,
  masquerade: boolean,
): { nat: ChainMap; filter: ChainMap } {
  const nat: ChainMap = new Map();
  const filter: ChainMap = new Map();
  const hook = (chain: string, what: string, to: string) =>
    add(nat, rule(chain, [comment(what)], jump(to)));
  hook('PREROUTING', 'kubernetes service portals', 'KUBE-SERVICES');
  hook('OUTPUT', 'kubernetes service portals', 'KUBE-SERVICES');
  hook('POSTROUTING', 'kubernetes postrouting rules', 'KUBE-POSTROUTING');
  for (const c of ['KUBE-MARK-MASQ', 'KUBE-NODEPORTS', 'KUBE-POSTROUTING', 'KUBE-SERVICES'])
    declare(nat, c);
  add(nat, rule('KUBE-MARK-MASQ', [], { kind: 'mark' }));
  add(nat, rule('KUBE-POSTROUTING', [mark(true)], { kind: 'return' }));
  add(nat, rule('KUBE-POSTROUTING', [], { kind: 'unmark' }));
  if (masquerade)
    add(
      nat,
      rule('KUBE-POSTROUTING', [comment('kubernetes service traffic requiring SNAT')], {
        kind: 'masquerade',
      }),
    );
  const fhook = (chain: string, what: string, to: string) =>
    add(filter, rule(chain, [ctNew(), comment(what)], jump(to)));
  fhook('INPUT', 'kubernetes externally-visible service portals', 'KUBE-EXTERNAL-SERVICES');
  fhook('FORWARD', 'kubernetes service portals', 'KUBE-SERVICES');
  fhook('FORWARD', 'kubernetes externally-visible service portals', 'KUBE-EXTERNAL-SERVICES');
  fhook('OUTPUT', 'kubernetes service portals', 'KUBE-SERVICES');
  declare(filter, 'KUBE-EXTERNAL-SERVICES');
  declare(filter, 'KUBE-SERVICES');

  for (const sp of ports) {
    if (sp.clusterIp === undefined) continue;
    const p = sp.protocol;
    const all = sp.endpoints;
    const local = all.filter((e) => e.node === node);
    const isLocalPolicy = sp.service.externalTrafficPolicy === 'Local' && sp.nodePort !== undefined;
    const external = isLocalPolicy ? local : all;
    for (const ep of all) endpointChain(nat, sp, ep);
    const vip = [
      dst(sp.clusterIp),
      proto(p),
      comment(`${sp.name} cluster IP`),
      dport(p, sp.port.port),
    ];
    if (all.length > 0) {
      declare(nat, sp.svcChain);
      add(nat, rule('KUBE-SERVICES', vip, jump(sp.svcChain)));
      add(nat, rule(sp.svcChain, [...vip, src(clusterCidr, true)], jump('KUBE-MARK-MASQ')));
      toEndpoints(nat, sp.svcChain, sp, all);
    } else {
      const noEps = [
        dst(sp.clusterIp),
        proto(p),
        comment(`${sp.name} has no endpoints`),
        dport(p, sp.port.port),
      ];
      add(filter, rule('KUBE-SERVICES', noEps, { kind: 'reject' }));
    }
    if (sp.nodePort === undefined) continue;
    if (all.length > 0) {
      const np = [proto(p), comment(sp.name), dport(p, sp.nodePort)];
      add(nat, rule('KUBE-NODEPORTS', np, jump(sp.extChain)));
      declare(nat, sp.extChain);
      if (!isLocalPolicy) {
        const why = `masquerade traffic for ${sp.name} external destinations`;
        add(nat, rule(sp.extChain, [comment(why)], jump('KUBE-MARK-MASQ')));
      } else {
        const pods = `pod traffic for ${sp.name} external destinations`;
        add(nat, rule(sp.extChain, [src(clusterCidr), comment(pods)], jump(sp.svcChain)));
        const masq = `masquerade LOCAL traffic for ${sp.name} external destinations`;
        add(nat, rule(sp.extChain, [comment(masq), addrtypeLocal('src')], jump('KUBE-MARK-MASQ')));
        const route = `route LOCAL traffic for ${sp.name} external destinations`;
        add(nat, rule(sp.extChain, [comment(route), addrtypeLocal('src')], jump(sp.svcChain)));
      }
      add(nat, rule(sp.extChain, [], jump(isLocalPolicy ? sp.svlChain : sp.svcChain)));
      if (isLocalPolicy) toEndpoints(nat, sp.svlChain, sp, local);
    }
    if (external.length === 0) {
      const why = all.length === 0 ? 'has no endpoints' : 'has no local endpoints';
      const m = [
        proto(p),
        comment(`${sp.name} ${why}`),
        addrtypeLocal('dst'),
        dport(p, sp.nodePort),
      ];
      add(
        filter,
        rule('KUBE-EXTERNAL-SERVICES', m, { kind: all.length === 0 ? 'reject' : 'drop' }),
      );
    }
  }
  // the nodePorts last: "NOTE: this must be the last rule in this chain"
  const last = 'kubernetes service nodeports; NOTE: this must be the last rule in this chain';
  add(nat, rule('KUBE-SERVICES', [comment(last), addrtypeLocal('dst')], jump('KUBE-NODEPORTS')));
  return { nat, filter };
}
