/** A labelled text field that commits on Enter or blur, and shows the errors of its path next to it. */
import { useId, useState } from 'react';
import type { ScenarioError } from '../../scenario/errors';
import { FIELD, LABEL } from '../share/styles';
import { useT } from '../useT';

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
  const t = useT();
  const id = useId();
  const [text, setText] = useState(value);
  const [local, setLocal] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    // The committed value changed (an edit, undo or redo): start again from it, keeping focus.
    setSeen(value);
    setText(value);
    setLocal(null);
  }
  const commit = () => {
    if (text === value && local === null) return;
    setLocal(onCommit(text));
  };
  const messages = [...(local ? [local] : []), ...errors.map((e) => t.dynamic(e.key, e.params))];
  const describedBy = [hint ? `${id}-hint` : '', messages.length ? `${id}-err` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      <input
        id={id}
        className={`${FIELD} mt-1`}
        value={text}
        data-committed={text === value ? 'true' : undefined}
        aria-invalid={messages.length > 0 || undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setText(value);
            setLocal(null);
          }
        }}
      />
      {messages.length > 0 && (
        <ul id={`${id}-err`} className="mt-1 space-y-0.5 text-xs text-red-700">
          {messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
