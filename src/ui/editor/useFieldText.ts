/** A field's text between commits: it restarts from the committed value when that changes (edit, undo, redo), and gathers its messages. */
import { useId, useState } from 'react';
import type { ScenarioError } from '../../scenario/errors';
import { useT } from '../useT';

/** What a text field or area needs to render and commit. */
export interface FieldText {
  /** The element id (the hint and errors hang off it). */
  readonly id: string;
  /** The text as typed. */
  readonly text: string;
  /** Sets the text as typed. */
  readonly setText: (text: string) => void;
  /** Commits the text if it changed (or a local problem is showing). */
  readonly commit: () => void;
  /** Goes back to the committed text. */
  readonly reset: () => void;
  /** The local problem, then the store's errors, translated. */
  readonly messages: readonly string[];
  /** aria-describedby: the hint and the messages, when shown. */
  readonly describedBy: string | undefined;
}

/** The text state of a field committed by `onCommit`, which returns (or resolves to) a local problem or null. */
export function useFieldText(
  value: string,
  onCommit: (text: string) => string | null | Promise<string | null>,
  errors: readonly ScenarioError[],
  hint: string | undefined,
): FieldText {
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
    const problem = onCommit(text);
    if (problem instanceof Promise) void problem.then(setLocal);
    else setLocal(problem);
  };
  const reset = () => {
    setText(value);
    setLocal(null);
  };
  const messages = [...(local ? [local] : []), ...errors.map((e) => t.dynamic(e.key, e.params))];
  const describedBy =
    [hint ? `${id}-hint` : '', messages.length ? `${id}-err` : ''].filter(Boolean).join(' ') ||
    undefined;
  return { id, text, setText, commit, reset, messages, describedBy };
}
