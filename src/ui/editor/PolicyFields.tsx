/** The fields of one NetworkPolicy: its Kubernetes manifest as YAML (read with the lazily loaded yaml package), and remove. */
import type { NetworkPolicySpec } from '../../sim';
import { DANGER } from '../share/styles';
import { useT } from '../useT';
import { readPolicyYaml } from './policyYaml';
import { TextArea } from './TextArea';
import { useEdit, useErrorsAt } from './useEdit';

/** Props of a policy's fields. */
export interface PolicyFieldsProps {
  /** The policy's index in cluster.networkPolicies. */
  readonly index: number;
  /** The policy. */
  readonly policy: NetworkPolicySpec;
  /** Its manifest as YAML, made by the section once the yaml package has loaded. */
  readonly yaml: string;
}

/** One policy's fieldset. */
export function PolicyFields({ index, policy, yaml }: PolicyFieldsProps) {
  const t = useT();
  const edit = useEdit();
  const errors = useErrorsAt(`cluster.networkPolicies[${index}]`);
  return (
    <fieldset className="space-y-3 rounded-2xl border border-slate-200 bg-white p-3 shadow-sm">
      <legend className="px-1 text-sm font-semibold text-slate-900">
        {t('editor.k8s.policy.legend', { name: `${policy.namespace}/${policy.name}` })}
      </legend>
      <TextArea
        label={t('editor.k8s.policy.manifest')}
        hint={t('editor.k8s.policy.manifestHint')}
        value={yaml}
        errors={errors}
        rows={Math.min(18, yaml.split('\n').length + 1)}
        code
        onCommit={async (text) => {
          const read = await readPolicyYaml(text, policy.namespace);
          if (!read.ok) return t('editor.k8s.policy.bad', read.params);
          if (!edit({ type: 'setPolicy', index, policy: read.policy }))
            return t('editor.k8s.policy.invalid');
          return null;
        }}
      />
      <button
        type="button"
        className={DANGER}
        onClick={() => edit({ type: 'removePolicy', index })}
      >
        {t('editor.k8s.policy.remove', { name: policy.name })}
      </button>
    </fieldset>
  );
}
