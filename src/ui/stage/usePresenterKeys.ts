/** Presenter mode's own key: I shows or hides the inspector overlay (Esc hides it); the playback keys stay in usePlaybackKeys. */
import { useEffect } from 'react';

/** Whether a key press belongs to a text field, a select or an editable element. */
function inField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** Toggles the overlay on I, closes it on Esc, except while a text field has focus or with a modifier. */
export function usePresenterKeys(open: boolean, setOpen: (open: boolean) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || inField(e.target)) return;
      if (e.key === 'i' || e.key === 'I') setOpen(!open);
      else if (e.key === 'Escape' && open) setOpen(false);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, setOpen]);
}
