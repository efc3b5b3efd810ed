/** A labelled text field that commits on Enter or blur, and shows the errors of its path next to it. */
import type { ScenarioError } from '../../scenario/errors';
import { FIELD } from '../share/styles';
import { FieldFrame } from './FieldFrame';
import { useFieldText } from './useFieldText';

/** Props of a text field. */
export interface TextFieldProps {
  /** The visible label. */
  readonly label: string;
  /** The committed value (the field restarts from it when it changes, e.g. on undo). */
  readonly value: string;
  /** Commits the text; returns a local problem message (malformed text) or null. */
  readonly onCommit: (text: string) => string | null;
  /** The store's errors for this field. */
  readonly errors: readonly ScenarioError[];
  /** A hint under the label. */
  readonly hint?: string;
}

/** The field; it restarts from the committed value whenever that changes. */
export function TextField({ label, value, onCommit, errors, hint }: TextFieldProps) {
  const f = useFieldText(value, onCommit, errors, hint);
  return (
    <FieldFrame field={f} label={label} hint={hint}>
      <input
        id={f.id}
        className={`${FIELD} mt-1`}
        value={f.text}
        data-committed={f.text === value ? 'true' : undefined}
        aria-invalid={f.messages.length > 0 || undefined}
        aria-describedby={f.describedBy}
        onChange={(e) => f.setText(e.currentTarget.value)}
        onBlur={f.commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') f.commit();
          if (e.key === 'Escape') f.reset();
        }}
      />
    </FieldFrame>
  );
}
