/** The fields of one node: its name and a remove button (its pods go with it). */
import type { NodeSpec } from '../../sim';
import { DANGER } from '../share/styles';
import { useT } from '../useT';
import { TextField } from './TextField';
import { useEdit, useErrorsAt } from './useEdit';

/** Props of a node's fields. */
export interface NodeFieldsProps {
  /** The node's index in cluster.nodes. */
  readonly index: number;
  /** The node. */
  readonly node: NodeSpec;
  /** Whether it may be removed (a cluster keeps at least one node). */
  readonly removable: boolean;
}

/** One node's fieldset. */
export function NodeFields({ index, node, removable }: NodeFieldsProps) {
  const t = useT();
  const edit = useEdit();
  const errors = useErrorsAt(`cluster.nodes[${index}].name`);
  return (
    <fieldset className="flex items-end gap-2 rounded-2xl border border-slate-200 bg-white p-3 shadow-sm">
      <legend className="px-1 text-sm font-semibold text-slate-900">
        {t('editor.node.legend', { name: node.name })}
      </legend>
      <div className="flex-1">
        <TextField
          label={t('editor.node.name')}
          value={node.name}
          errors={errors}
          onCommit={(name) => (edit({ type: 'renameNode', node: index, name }), null)}
        />
      </div>
      {removable && (
        <button
          type="button"
          className={DANGER}
          onClick={() => edit({ type: 'removeNode', node: index })}
        >
          {t('editor.node.remove', { name: node.name })}
        </button>
      )}
    </fieldset>
  );
}
