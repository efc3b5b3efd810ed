/** Checks on NetworkPolicies: unique names, well-formed selectors, peers, ipBlocks and port ranges. */
import { cidrContains, parseCidr, type ClusterSpec, type LabelSelector } from '../sim';
import { joinPath, scenarioError, type ScenarioError } from './errors';

/** In and NotIn need values; Exists and DoesNotExist take none (as the API server checks). */
function checkSelector(sel: LabelSelector, at: string, errors: ScenarioError[]): void {
  sel.matchExpressions.forEach((e, i) => {
    const needs = e.operator === 'In' || e.operator === 'NotIn';
    if (needs !== e.values.length > 0)
      errors.push(
        scenarioError(`${at}.matchExpressions[${i}].values`, 'scenario.error.selectorValues', {
          operator: e.operator,
        }),
      );
  });
}

/** Checks an ipBlock: a network address, and each `except` a strict part of it. */
function checkIpBlock(
  block: { readonly cidr: string; readonly except: readonly string[] },
  at: string,
  errors: ScenarioError[],
): void {
  const range = parseCidr(block.cidr);
  if (!range) {
    errors.push(
      scenarioError(joinPath(at, 'cidr'), 'scenario.error.cidrHostBits', { cidr: block.cidr }),
    );
    return;
  }
  block.except.forEach((text, k) => {
    const eat = `${at}.except[${k}]`;
    const ex = parseCidr(text);
    if (!ex) errors.push(scenarioError(eat, 'scenario.error.cidrHostBits', { cidr: text }));
    else if (!cidrContains(range, ex.base) || ex.prefix <= range.prefix)
      errors.push(
        scenarioError(eat, 'scenario.error.exceptOutsideCidr', { except: text, cidr: block.cidr }),
      );
  });
}

/** Checks every policy. */
export function checkPolicies(cluster: ClusterSpec): ScenarioError[] {
  const errors: ScenarioError[] = [];
  const names = new Set<string>();
  (cluster.networkPolicies ?? []).forEach((pol, i) => {
    const at = `cluster.networkPolicies[${i}]`;
    const id = `${pol.namespace}/${pol.name}`;
    if (names.has(id))
      errors.push(
        scenarioError(joinPath(at, 'name'), 'scenario.error.duplicatePolicy', {
          name: pol.name,
          namespace: pol.namespace,
        }),
      );
    names.add(id);
    if (new Set(pol.policyTypes).size < pol.policyTypes.length)
      errors.push(scenarioError(joinPath(at, 'policyTypes'), 'scenario.error.duplicatePolicyType'));
    checkSelector(pol.podSelector, joinPath(at, 'podSelector'), errors);
    for (const dir of ['ingress', 'egress'] as const)
      pol[dir].forEach((rule, r) => {
        const rat = `${at}.${dir}[${r}]`;
        rule.peers.forEach((peer, k) => {
          const pat = `${rat}.peers[${k}]`;
          const selects = peer.podSelector !== undefined || peer.namespaceSelector !== undefined;
          if (!selects && !peer.ipBlock)
            errors.push(scenarioError(pat, 'scenario.error.peerEmpty'));
          if (selects && peer.ipBlock) errors.push(scenarioError(pat, 'scenario.error.peerMixed'));
          if (peer.podSelector)
            checkSelector(peer.podSelector, joinPath(pat, 'podSelector'), errors);
          if (peer.namespaceSelector)
            checkSelector(peer.namespaceSelector, joinPath(pat, 'namespaceSelector'), errors);
          if (peer.ipBlock) checkIpBlock(peer.ipBlock, joinPath(pat, 'ipBlock'), errors);
        });
        rule.ports.forEach((p, k) => {
          if (p.endPort === undefined) return;
          const eat = `${rat}.ports[${k}].endPort`;
          if (typeof p.port !== 'number')
            errors.push(scenarioError(eat, 'scenario.error.endPortNeedsNumber'));
          else if (p.endPort < p.port)
            errors.push(
              scenarioError(eat, 'scenario.error.endPortBelowPort', {
                endPort: p.endPort,
                port: p.port,
              }),
            );
        });
      });
  });
  return errors;
}
