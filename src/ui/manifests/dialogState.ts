/** Which Kubernetes YAML dialog is open, kept outside the File menu (which closes when the dialog takes the pointer). */
import { useSyncExternalStore } from 'react';

/** The open dialog, or null. */
export type ManifestsDialog = 'import' | 'export' | null;

let open: ManifestsDialog = null;
const listeners = new Set<() => void>();

/** Opens a dialog (or closes it with null). */
export function setManifestsDialog(next: ManifestsDialog): void {
  open = next;
  for (const l of listeners) l();
}

/** The open dialog, re-rendering when it changes. */
export function useManifestsDialog(): ManifestsDialog {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => open,
    () => null,
  );
}
