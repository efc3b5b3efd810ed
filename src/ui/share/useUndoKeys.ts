/** Global undo/redo keys: Ctrl/⌘+Z, Ctrl/⌘+Shift+Z and Ctrl+Y; text fields with pending typing keep their own undo. */
import { useEffect } from 'react';
import { useStoreApi } from '../storeContext';

/** Whether the key goes to a field with its own text undo (an editor field holding no pending change does not count). */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.dataset['committed'] === 'true') return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'range', 'file', 'color'].includes(target.type);
}

/** Binds the undo/redo shortcuts to the store while mounted. */
export function useUndoKeys(): void {
  const store = useStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || typingIn(e.target)) return;
      const key = e.key.toLowerCase();
      const redo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
      const undo = key === 'z' && !e.shiftKey;
      if (!undo && !redo) return;
      e.preventDefault();
      if (undo) store.getState().undo();
      else store.getState().redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
