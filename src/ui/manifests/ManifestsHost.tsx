/** Mounts the Kubernetes YAML dialogs when one is open; their code and the yaml package load only then. */
import { lazy, Suspense } from 'react';
import { withEnglishRest } from '../../i18n/catalog';
import { useManifestsDialog } from './dialogState';

const ImportDialog = lazy(() =>
  withEnglishRest(import('./ImportDialog')).then((m) => ({ default: m.ImportDialog })),
);
const ExportDialog = lazy(() =>
  withEnglishRest(import('./ExportDialog')).then((m) => ({ default: m.ExportDialog })),
);

/** The open Kubernetes YAML dialog, if any. */
export function ManifestsHost() {
  const open = useManifestsDialog();
  if (open === null) return null;
  return (
    <Suspense fallback={null}>{open === 'import' ? <ImportDialog /> : <ExportDialog />}</Suspense>
  );
}
