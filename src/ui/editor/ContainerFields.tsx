/** The fields of one container: name, image, listening ports, and its remove button. */
import type { ContainerSpec } from '../../sim';
import { DANGER } from '../share/styles';
import { useT } from '../useT';
import { parsePorts, portsToText } from './fieldText';
import { TextField } from './TextField';
import { useEdit, useErrorsAt } from './useEdit';

/** Props of a container's fields. */
export interface ContainerFieldsProps {
  /** The pod's index in cluster.pods. */
  readonly pod: number;
  /** The container's index in the pod. */
  readonly index: number;
  /** The container. */
  readonly container: ContainerSpec;
  /** Whether it may be removed (a pod keeps at least one container). */
  readonly removable: boolean;
}

/** One container's fieldset. */
export function ContainerFields({ pod, index, container, removable }: ContainerFieldsProps) {
  const t = useT();
  const edit = useEdit();
  const path = `cluster.pods[${pod}].containers[${index}]`;
  const nameErrors = useErrorsAt(`${path}.name`);
  const imageErrors = useErrorsAt(`${path}.image`);
  const portErrors = useErrorsAt(`${path}.ports`);
  const ports = portsToText(container.ports);
  return (
    <fieldset className="space-y-2 rounded-xl border border-slate-200 p-3">
      <legend className="px-1 text-xs font-semibold text-slate-700">
        {t('editor.container.legend', { name: container.name })}
      </legend>
      <div className="grid grid-cols-2 gap-2">
        <TextField
          label={t('editor.container.name')}
          value={container.name}
          errors={nameErrors}
          onCommit={(name) => (
            edit({ type: 'renameContainer', pod, container: index, name }),
            null
          )}
        />
        <TextField
          label={t('editor.container.image')}
          value={container.image}
          errors={imageErrors}
          onCommit={(image) => (edit({ type: 'setImage', pod, container: index, image }), null)}
        />
      </div>
      <TextField
        label={t('editor.container.ports')}
        hint={t('editor.container.portsHint')}
        value={ports}
        errors={portErrors}
        onCommit={(text) => {
          const parsed = parsePorts(text);
          if (!parsed) return t('editor.container.portsBad');
          edit({ type: 'setPorts', pod, container: index, ports: parsed });
          return null;
        }}
      />
      {removable && (
        <button
          type="button"
          className={DANGER}
          onClick={() => edit({ type: 'removeContainer', pod, container: index })}
        >
          {t('editor.container.remove', { name: container.name })}
        </button>
      )}
    </fieldset>
  );
}
