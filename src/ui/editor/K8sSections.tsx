/** The editor's Kubernetes sections: Services, Ingress with its controller, NetworkPolicies, namespace labels and the kernel switches. */
import { lazy, Suspense, useEffect, useId, useMemo, useState } from 'react';
import { serviceWarnings } from '../../scenario/checkServices';
import type { ClusterSpec, NetworkPolicySpec, PodId } from '../../sim';
import { BUTTON, FIELD, LABEL } from '../share/styles';
import { useT } from '../useT';
import { labelsToText, parseLabels } from './fieldText';
import { IngressFields } from './IngressFields';
import { PolicyFields } from './PolicyFields';
import { policiesYaml } from './policyYaml';
import { ServiceFields } from './ServiceFields';
import { TextField } from './TextField';
import { useEdit } from './useEdit';

const ReachabilityTable = lazy(() => import('./ReachabilityTable'));

/** The policies' YAML texts, made once the yaml package has loaded (null until then). */
function usePolicyYaml(policies: readonly NetworkPolicySpec[]): readonly string[] | null {
  const [state, setState] = useState<{ of: readonly NetworkPolicySpec[]; texts: string[] } | null>(
    null,
  );
  useEffect(() => {
    let live = true;
    void policiesYaml(policies).then((texts) => live && setState({ of: policies, texts }));
    return () => {
      live = false;
    };
  }, [policies]);
  return state?.of === policies ? state.texts : null;
}

/** A heading and its section. */
function Section(props: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <section className="space-y-3" aria-labelledby={id}>
      <h3 id={id} className="text-base font-semibold text-slate-900">
        {props.title}
      </h3>
      {props.children}
    </section>
  );
}

/** A labelled checkbox. */
function Switch(props: {
  label: string;
  hint: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        className="mt-0.5 size-4 accent-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-600"
        checked={props.checked}
        aria-describedby={`${id}-hint`}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <div>
        <label htmlFor={id} className="text-sm text-slate-800">
          {props.label}
        </label>
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {props.hint}
        </p>
      </div>
    </div>
  );
}

/** The reachability table behind a disclosure: computed and loaded only when opened. */
function Reach({ cluster }: { readonly cluster: ClusterSpec }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium text-slate-800 focus-visible:outline-2 focus-visible:outline-indigo-600">
        {t('editor.k8s.reach.show')}
      </summary>
      {open && (
        <Suspense fallback={null}>
          <ReachabilityTable cluster={cluster} />
        </Suspense>
      )}
    </details>
  );
}

/** The sections, for the cluster being edited. */
export function K8sSections({ cluster }: { readonly cluster: ClusterSpec }) {
  const t = useT();
  const edit = useEdit();
  const ctlId = useId();
  const services = cluster.services ?? [];
  const ingresses = cluster.ingresses ?? [];
  const policies = cluster.networkPolicies ?? [];
  const yaml = usePolicyYaml(policies);
  const warnings = useMemo(() => serviceWarnings(cluster), [cluster]);
  const nf = { bridgeNfCallIptables: true, hairpinMode: true, ...cluster.netfilter };
  const namespaces = [...new Set(cluster.pods.map((p) => p.namespace))];
  const nsLabels = new Map((cluster.namespaces ?? []).map((n) => [n.name, n.labels]));
  return (
    <>
      <Section title={t('editor.k8s.services.heading')}>
        {services.map((s, i) => (
          <ServiceFields
            key={i}
            index={i}
            service={s}
            warnings={warnings.filter((w) => w.path.startsWith(`cluster.services[${i}]`))}
          />
        ))}
        <button type="button" className={BUTTON} onClick={() => edit({ type: 'addService' })}>
          {t('editor.k8s.services.add')}
        </button>
      </Section>
      <Section title={t('editor.k8s.ingresses.heading')}>
        <div>
          <label htmlFor={ctlId} className={LABEL}>
            {t('editor.k8s.ingresses.controller')}
          </label>
          <select
            id={ctlId}
            className={`${FIELD} mt-1`}
            value={cluster.ingressController?.pod ?? ''}
            onChange={(e) => {
              const v = e.currentTarget.value;
              edit({ type: 'setIngressController', pod: v === '' ? null : (v as PodId) });
            }}
          >
            <option value="">{t('editor.k8s.ingresses.noController')}</option>
            {cluster.pods.map((p) => {
              const id = `${p.namespace}/${p.name}`;
              return (
                <option key={id} value={id}>
                  {id}
                </option>
              );
            })}
          </select>
        </div>
        {ingresses.map((x, i) => (
          <IngressFields key={i} index={i} ingress={x} />
        ))}
        <button type="button" className={BUTTON} onClick={() => edit({ type: 'addIngress' })}>
          {t('editor.k8s.ingresses.add')}
        </button>
      </Section>
      <Section title={t('editor.k8s.policies.heading')}>
        <p className="text-xs text-slate-600">{t('editor.k8s.policies.hint')}</p>
        {yaml === null && policies.length > 0 ? (
          <p role="status" className="text-sm text-slate-600">
            {t('editor.k8s.policies.loading')}
          </p>
        ) : (
          policies.map((p, i) => (
            <PolicyFields key={i} index={i} policy={p} yaml={yaml?.[i] ?? ''} />
          ))
        )}
        <button type="button" className={BUTTON} onClick={() => edit({ type: 'addPolicy' })}>
          {t('editor.k8s.policies.add')}
        </button>
        <Reach cluster={cluster} />
      </Section>
      <Section title={t('editor.k8s.namespaces.heading')}>
        {namespaces.map((ns) => (
          <TextField
            key={ns}
            label={t('editor.k8s.namespaces.labels', { name: ns })}
            value={labelsToText(nsLabels.get(ns) ?? {})}
            errors={[]}
            onCommit={(text) => {
              const labels = parseLabels(text);
              if (!labels) return t('editor.pod.labelsBad');
              edit({ type: 'setNamespaceLabels', name: ns, labels });
              return null;
            }}
          />
        ))}
      </Section>
      <Section title={t('editor.k8s.kernel.heading')}>
        <Switch
          label={t('editor.k8s.kernel.bridgeNf')}
          hint={t('editor.k8s.kernel.bridgeNfHint')}
          checked={nf.bridgeNfCallIptables}
          onChange={(on) => edit({ type: 'setNetfilter', settings: { bridgeNfCallIptables: on } })}
        />
        <Switch
          label={t('editor.k8s.kernel.hairpin')}
          hint={t('editor.k8s.kernel.hairpinHint')}
          checked={nf.hairpinMode}
          onChange={(on) => edit({ type: 'setNetfilter', settings: { hairpinMode: on } })}
        />
      </Section>
    </>
  );
}
