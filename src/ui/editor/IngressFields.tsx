/** The fields of one Ingress: name, namespace, its host/path rules as lines, and remove. */
import type { IngressSpec } from '../../sim';
import { DANGER } from '../share/styles';
import { useT } from '../useT';
import { ingressRulesToText, parseIngressRules } from './k8sText';
import { TextArea } from './TextArea';
import { TextField } from './TextField';
import { useEdit, useErrorsAt } from './useEdit';

/** Props of an Ingress's fields. */
export interface IngressFieldsProps {
  /** The Ingress's index in cluster.ingresses. */
  readonly index: number;
  /** The Ingress. */
  readonly ingress: IngressSpec;
}

/** One Ingress's fieldset. */
export function IngressFields({ index, ingress }: IngressFieldsProps) {
  const t = useT();
  const edit = useEdit();
  const path = `cluster.ingresses[${index}]`;
  const nameErrors = useErrorsAt(`${path}.name`);
  const nsErrors = useErrorsAt(`${path}.namespace`);
  const ruleErrors = useErrorsAt(`${path}.rules`);
  const set = (change: Partial<IngressSpec>) =>
    edit({ type: 'setIngress', index, ingress: { ...ingress, ...change } });
  return (
    <fieldset className="space-y-3 rounded-2xl border border-slate-200 bg-white p-3 shadow-sm">
      <legend className="px-1 text-sm font-semibold text-slate-900">
        {t('editor.k8s.ingress.legend', { name: `${ingress.namespace}/${ingress.name}` })}
      </legend>
      <div className="grid grid-cols-2 gap-2">
        <TextField
          label={t('editor.k8s.name')}
          value={ingress.name}
          errors={nameErrors}
          onCommit={(name) => (set({ name }), null)}
        />
        <TextField
          label={t('editor.k8s.namespace')}
          value={ingress.namespace}
          errors={nsErrors}
          onCommit={(namespace) => (set({ namespace }), null)}
        />
      </div>
      <TextArea
        label={t('editor.k8s.ingress.rules')}
        hint={t('editor.k8s.ingress.rulesHint')}
        value={ingressRulesToText(ingress.rules)}
        errors={ruleErrors}
        rows={3}
        onCommit={(text) => {
          const rules = parseIngressRules(text);
          if (!rules) return t('editor.k8s.ingress.rulesBad');
          set({ rules });
          return null;
        }}
      />
      <button
        type="button"
        className={DANGER}
        onClick={() => edit({ type: 'removeIngress', index })}
      >
        {t('editor.k8s.ingress.remove', { name: ingress.name })}
      </button>
    </fieldset>
  );
}
