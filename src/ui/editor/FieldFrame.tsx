/** The frame around an editor field: its label and hint above, its messages below. */
import type { ReactNode } from 'react';
import { LABEL } from '../share/styles';
import type { FieldText } from './useFieldText';

/** Props of the frame. */
export interface FieldFrameProps {
  /** The field's text state (for its id and messages). */
  readonly field: FieldText;
  /** The visible label. */
  readonly label: string;
  /** A hint under the label. */
  readonly hint?: string | undefined;
  /** The input or textarea. */
  readonly children: ReactNode;
}

/** Label, hint, the control, then the messages. */
export function FieldFrame({ field, label, hint, children }: FieldFrameProps) {
  return (
    <div>
      <label htmlFor={field.id} className={LABEL}>
        {label}
      </label>
      {hint && (
        <p id={`${field.id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {children}
      {field.messages.length > 0 && (
        <ul id={`${field.id}-err`} className="mt-1 space-y-0.5 text-xs text-red-700">
          {field.messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
