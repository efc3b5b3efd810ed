/** A labelled multi-line field that commits on blur or Ctrl+Enter, and shows local and store errors beside it. */
import type { ScenarioError } from '../../scenario/errors';
import { FIELD } from '../share/styles';
import { FieldFrame } from './FieldFrame';
import { useFieldText } from './useFieldText';

/** Props of a multi-line field. */
export interface TextAreaProps {
  /** The visible label. */
  readonly label: string;
  /** The committed text (the field restarts from it when it changes, e.g. on undo). */
  readonly value: string;
  /** Commits the text; returns (or resolves to) a local problem message, or null. */
  readonly onCommit: (text: string) => string | null | Promise<string | null>;
  /** The store's errors for this field. */
  readonly errors: readonly ScenarioError[];
  /** A hint under the label. */
  readonly hint?: string;
  /** Visible lines. */
  readonly rows: number;
  /** Monospace text (code such as YAML). */
  readonly code?: boolean;
}

/** The field; Escape returns to the committed text. */
export function TextArea({ label, value, onCommit, errors, hint, rows, code }: TextAreaProps) {
  const f = useFieldText(value, onCommit, errors, hint);
  return (
    <FieldFrame field={f} label={label} hint={hint}>
      <textarea
        id={f.id}
        rows={rows}
        spellCheck={false}
        className={`${FIELD} mt-1 ${code ? 'font-mono text-xs' : ''}`}
        value={f.text}
        aria-invalid={f.messages.length > 0 || undefined}
        aria-describedby={f.describedBy}
        onChange={(e) => f.setText(e.currentTarget.value)}
        onBlur={f.commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) f.commit();
          if (e.key === 'Escape') {
            e.stopPropagation();
            f.reset();
          }
        }}
      />
    </FieldFrame>
  );
}
