/** The fields of one Service: name, namespace, type, headless, selector, ports, externalTrafficPolicy, and remove. */
import { useId } from 'react';
import type { ScenarioWarning } from '../../scenario/errors';
import type { ServiceSpec } from '../../sim';
import { DANGER, FIELD, LABEL } from '../share/styles';
import { useT } from '../useT';
import { labelsToText, parseLabels } from './fieldText';
import { parseServicePorts, servicePortsToText } from './k8sText';
import { TextField } from './TextField';
import { useEdit, useErrorsAt } from './useEdit';

const SERVICE_TYPES = ['ClusterIP', 'NodePort'] as const;

/** Props of a Service's fields. */
export interface ServiceFieldsProps {
  /** The Service's index in cluster.services. */
  readonly index: number;
  /** The Service. */
  readonly service: ServiceSpec;
  /** What is valid but will not work as the learner may expect (no endpoints, a named port no pod has). */
  readonly warnings: readonly ScenarioWarning[];
}

/** One Service's fieldset. */
export function ServiceFields({ index, service, warnings }: ServiceFieldsProps) {
  const t = useT();
  const edit = useEdit();
  const typeId = useId();
  const headlessId = useId();
  const policyId = useId();
  const path = `cluster.services[${index}]`;
  const nameErrors = useErrorsAt(`${path}.name`);
  const nsErrors = useErrorsAt(`${path}.namespace`);
  const ipErrors = useErrorsAt(`${path}.clusterIP`);
  const selectorErrors = useErrorsAt(`${path}.selector`);
  const portErrors = useErrorsAt(`${path}.ports`);
  const set = (change: Partial<ServiceSpec>) =>
    edit({ type: 'setService', index, service: { ...service, ...change } });
  const headless = service.clusterIP === 'None';
  return (
    <fieldset className="space-y-3 rounded-2xl border border-slate-200 bg-white p-3 shadow-sm">
      <legend className="px-1 text-sm font-semibold text-slate-900">
        {t('editor.k8s.service.legend', { name: `${service.namespace}/${service.name}` })}
      </legend>
      <div className="grid grid-cols-2 gap-2">
        <TextField
          label={t('editor.k8s.name')}
          value={service.name}
          errors={nameErrors}
          onCommit={(name) => (set({ name }), null)}
        />
        <TextField
          label={t('editor.k8s.namespace')}
          value={service.namespace}
          errors={nsErrors}
          onCommit={(namespace) => (set({ namespace }), null)}
        />
      </div>
      <div className="grid grid-cols-2 gap-2">
        <div>
          <label htmlFor={typeId} className={LABEL}>
            {t('editor.k8s.service.type')}
          </label>
          <select
            id={typeId}
            className={`${FIELD} mt-1`}
            value={service.type}
            onChange={(e) =>
              set({ type: e.currentTarget.value === 'NodePort' ? 'NodePort' : 'ClusterIP' })
            }
          >
            {SERVICE_TYPES.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </div>
        {service.type === 'NodePort' ? (
          <div>
            <label htmlFor={policyId} className={LABEL}>
              {t('editor.k8s.service.trafficPolicy')}
            </label>
            <select
              id={policyId}
              className={`${FIELD} mt-1`}
              value={service.externalTrafficPolicy}
              onChange={(e) =>
                set({
                  externalTrafficPolicy: e.currentTarget.value === 'Local' ? 'Local' : 'Cluster',
                })
              }
            >
              <option value="Cluster">{t('editor.k8s.service.policyCluster')}</option>
              <option value="Local">{t('editor.k8s.service.policyLocal')}</option>
            </select>
          </div>
        ) : (
          <div className="flex items-end gap-2 pb-1">
            <input
              id={headlessId}
              type="checkbox"
              className="size-4 accent-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-600"
              checked={headless}
              onChange={(e) => {
                const { clusterIP: _ip, ...rest } = service;
                edit({
                  type: 'setService',
                  index,
                  service: e.currentTarget.checked ? { ...rest, clusterIP: 'None' } : rest,
                });
              }}
            />
            <label htmlFor={headlessId} className="text-sm text-slate-800">
              {t('editor.k8s.service.headless')}
            </label>
          </div>
        )}
      </div>
      {!headless && (
        <TextField
          label={t('editor.k8s.service.clusterIp')}
          hint={t('editor.k8s.service.clusterIpHint')}
          value={service.clusterIP ?? ''}
          errors={ipErrors}
          onCommit={(text) => {
            const { clusterIP: _ip, ...rest } = service;
            const ip = text.trim();
            edit({
              type: 'setService',
              index,
              service: ip === '' ? rest : { ...rest, clusterIP: ip },
            });
            return null;
          }}
        />
      )}
      <TextField
        label={t('editor.k8s.service.selector')}
        hint={t('editor.k8s.service.selectorHint')}
        value={labelsToText(service.selector)}
        errors={selectorErrors}
        onCommit={(text) => {
          const selector = parseLabels(text);
          if (!selector) return t('editor.pod.labelsBad');
          set({ selector });
          return null;
        }}
      />
      <TextField
        label={t('editor.k8s.service.ports')}
        hint={t('editor.k8s.service.portsHint')}
        value={servicePortsToText(service.ports)}
        errors={portErrors}
        onCommit={(text) => {
          const ports = parseServicePorts(text);
          if (!ports) return t('editor.k8s.service.portsBad');
          set({ ports });
          return null;
        }}
      />
      {warnings.length > 0 && (
        <ul className="space-y-0.5 rounded-lg bg-amber-50 px-2 py-1 text-xs text-amber-950 ring-1 ring-amber-300">
          {warnings.map((w, i) => (
            <li key={i}>{t.dynamic(w.key, w.params)}</li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className={DANGER}
        onClick={() => edit({ type: 'removeService', index })}
      >
        {t('editor.k8s.service.remove', { name: service.name })}
      </button>
    </fieldset>
  );
}
