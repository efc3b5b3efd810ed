/** The fields of one pod: name, node (move), hostNetwork, labels, its containers, and remove. */
import { useId } from 'react';
import type { PodSpec } from '../../sim';
import { BUTTON, DANGER, FIELD, LABEL } from '../share/styles';
import { useT } from '../useT';
import { ContainerFields } from './ContainerFields';
import { labelsToText, parseLabels } from './fieldText';
import { TextField } from './TextField';
import { useEdit, useErrorsAt } from './useEdit';

/** Props of a pod's fields. */
export interface PodFieldsProps {
  /** The pod's index in cluster.pods. */
  readonly index: number;
  /** The pod. */
  readonly pod: PodSpec;
  /** The node names it can move to. */
  readonly nodes: readonly string[];
}

/** One pod's fieldset. */
export function PodFields({ index, pod, nodes }: PodFieldsProps) {
  const t = useT();
  const edit = useEdit();
  const nodeId = useId();
  const hostId = useId();
  const path = `cluster.pods[${index}]`;
  const nameErrors = useErrorsAt(`${path}.name`);
  const nodeErrors = useErrorsAt(`${path}.node`);
  const labelErrors = useErrorsAt(`${path}.labels`);
  const labels = labelsToText(pod.labels);
  return (
    <fieldset className="space-y-3 rounded-2xl border border-slate-200 bg-white p-3 shadow-sm">
      <legend className="px-1 text-sm font-semibold text-slate-900">
        {t('editor.pod.legend', { name: pod.name })}
      </legend>
      <div className="grid grid-cols-2 gap-2">
        <TextField
          label={t('editor.pod.name')}
          value={pod.name}
          errors={nameErrors}
          onCommit={(name) => (edit({ type: 'renamePod', pod: index, name }), null)}
        />
        <div>
          <label htmlFor={nodeId} className={LABEL}>
            {t('editor.pod.node')}
          </label>
          <select
            id={nodeId}
            className={`${FIELD} mt-1`}
            value={pod.node}
            aria-invalid={nodeErrors.length > 0 || undefined}
            onChange={(e) => edit({ type: 'movePod', pod: index, node: e.currentTarget.value })}
          >
            {nodes.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex items-center gap-2">
        <input
          id={hostId}
          type="checkbox"
          className="size-4 accent-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-600"
          checked={pod.hostNetwork}
          onChange={(e) =>
            edit({ type: 'setHostNetwork', pod: index, on: e.currentTarget.checked })
          }
        />
        <label htmlFor={hostId} className="text-sm text-slate-800">
          {t('editor.pod.hostNetwork')}
        </label>
      </div>
      <TextField
        label={t('editor.pod.labels')}
        hint={t('editor.pod.labelsHint')}
        value={labels}
        errors={labelErrors}
        onCommit={(text) => {
          const parsed = parseLabels(text);
          if (!parsed) return t('editor.pod.labelsBad');
          edit({ type: 'setLabels', pod: index, labels: parsed });
          return null;
        }}
      />
      {pod.containers.map((c, j) => (
        <ContainerFields
          key={j}
          pod={index}
          index={j}
          container={c}
          removable={pod.containers.length > 1}
        />
      ))}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={BUTTON}
          onClick={() => edit({ type: 'addContainer', pod: index })}
        >
          {t('editor.containers.add')}
        </button>
        <button
          type="button"
          className={DANGER}
          onClick={() => edit({ type: 'removePod', pod: index })}
        >
          {t('editor.pod.remove', { name: pod.name })}
        </button>
      </div>
    </fieldset>
  );
}
