/** flannel's masquerade (flanneld --ip-masq): FLANNEL-POSTRTG in nat POSTROUTING, so pods reach the world as their node's address. */
import { comment, dst, jump, mark, rule, src, type Rule } from './rules';

const FLANNEL = 'flanneld masq';

/**
 * flannel's POSTROUTING rules on a node with pod range `podCidr` (flannel's masqRules): leave
 * kube-proxy's marked packets to kube-proxy, never NAT pod-to-pod traffic, masquerade pods leaving
 * the cluster network and hosts entering it. flannel adds --random-fully when iptables has it; it
 * is left out here so the source port stays as sent and traces stay comparable with the kernel.
 */
export function flannelMasqRules(podCidr: string, clusterCidr: string, on: boolean): Rule[] {
  const c = comment(FLANNEL);
  const chain = 'FLANNEL-POSTRTG';
  const rules = [
    rule('POSTROUTING', [c], jump(chain)),
    rule(chain, [mark(), c], { kind: 'return' }),
    rule(chain, [src(podCidr), dst(clusterCidr), c], { kind: 'return' }),
    rule(chain, [src(clusterCidr), dst(podCidr), c], { kind: 'return' }),
    rule(chain, [src(clusterCidr, true), dst(podCidr), c], { kind: 'return' }),
  ];
  if (!on) return rules;
  return [
    ...rules,
    rule(chain, [src(clusterCidr), dst('224.0.0.0/4', true), c], { kind: 'masquerade' }),
    rule(chain, [src(clusterCidr, true), dst(clusterCidr), c], { kind: 'masquerade' }),
  ];
}
