/** NetworkPolicies as YAML in the editor: the yaml package loads only when the policies section opens. */
import type { NetworkPolicySpec } from '../../sim';
import {
  networkPolicyFromManifest,
  networkPolicyToManifest,
} from '../../scenario/manifests/networkPolicy';

/** Longest YAML text the editor reads for one policy. */
export const POLICY_YAML_MAX = 20_000;

/** The result of reading a policy's YAML: the policy, or the message parameters of what is wrong and where. */
export type PolicyRead =
  | { readonly ok: true; readonly policy: NetworkPolicySpec }
  | { readonly ok: false; readonly params: { readonly where: string; readonly what: string } };

/** The policies' manifests as YAML texts, in order. */
export async function policiesYaml(policies: readonly NetworkPolicySpec[]): Promise<string[]> {
  const { stringify } = await import('yaml');
  return policies.map((p) => stringify(networkPolicyToManifest(p)));
}

/** Reads one policy from YAML text: the first YAML error with its line, or the manifest's first problem with its path. */
export async function readPolicyYaml(text: string, namespace: string): Promise<PolicyRead> {
  if (text.length > POLICY_YAML_MAX)
    return { ok: false, params: { where: '', what: `> ${POLICY_YAML_MAX}` } };
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text, { uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const line = err.linePos?.[0].line ?? 1;
    return { ok: false, params: { where: `${line}`, what: err.code } };
  }
  const read = networkPolicyFromManifest(doc.toJS({ maxAliasCount: 10 }), namespace);
  return read.ok
    ? { ok: true, policy: read.value }
    : { ok: false, params: { where: read.problem.path || '/', what: read.problem.expected } };
}
