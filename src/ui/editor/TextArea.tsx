/** A labelled multi-line field that commits on blur or Ctrl+Enter, and shows local and store errors beside it. */
import { useId, useState } from 'react';
import type { ScenarioError } from '../../scenario/errors';
import { FIELD, LABEL } from '../share/styles';
import { useT } from '../useT';

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
  const t = useT();
  const id = useId();
  const [text, setText] = useState(value);
  const [local, setLocal] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setText(value);
    setLocal(null);
  }
  const commit = () => {
    if (text === value && local === null) return;
    void Promise.resolve(onCommit(text)).then(setLocal);
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
      <textarea
        id={id}
        rows={rows}
        spellCheck={false}
        className={`${FIELD} mt-1 ${code ? 'font-mono text-xs' : ''}`}
        value={text}
        aria-invalid={messages.length > 0 || undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) commit();
          if (e.key === 'Escape') {
            e.stopPropagation();
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
