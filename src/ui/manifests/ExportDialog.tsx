/** Export as Kubernetes YAML: the multi-document text, a download and a copy button. */
import { useId, useMemo, useState } from 'react';
import { scenarioToYaml } from '../../scenario/manifests';
import { fileNameFor } from '../share/fileIo';
import { BUTTON, FIELD, LABEL, PRIMARY } from '../share/styles';
import { useStoreApi } from '../storeContext';
import { useT } from '../useT';
import { Dialog } from './Dialog';
import { setManifestsDialog } from './dialogState';

/** The export dialog. */
export function ExportDialog() {
  const t = useT();
  const store = useStoreApi();
  const fieldId = useId();
  const scenario = store.getState().scenario;
  const yaml = useMemo(() => scenarioToYaml(scenario), [scenario]);
  const name = fileNameFor(scenario).replace(/\.scenario\.json$/, '.k8s.yaml');
  const [copy, setCopy] = useState<'copied' | 'copyFailed' | null>(null);
  const download = () => {
    const url = URL.createObjectURL(new Blob([yaml], { type: 'application/yaml' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const copyText = () =>
    navigator.clipboard.writeText(yaml).then(
      () => setCopy('copied'),
      () => setCopy('copyFailed'),
    );
  return (
    <Dialog title={t('manifests.export.title')} onClose={() => setManifestsDialog(null)}>
      <p className="text-sm text-slate-700">{t('manifests.export.hint')}</p>
      <label htmlFor={fieldId} className={LABEL}>
        {t('manifests.export.label')}
      </label>
      <textarea
        id={fieldId}
        readOnly
        className={`${FIELD} h-72 font-mono text-xs`}
        spellCheck={false}
        value={yaml}
      />
      <div className="flex flex-wrap items-center justify-end gap-2">
        {copy && (
          <p role="status" className="mr-auto text-sm text-slate-700">
            {t.dynamic(`manifests.export.${copy}`)}
          </p>
        )}
        <button type="button" className={BUTTON} onClick={() => void copyText()}>
          {t('manifests.export.copy')}
        </button>
        <button type="button" className={PRIMARY} onClick={download}>
          {t('manifests.export.download', { name })}
        </button>
        <button type="button" className={BUTTON} onClick={() => setManifestsDialog(null)}>
          {t('manifests.export.close')}
        </button>
      </div>
    </Dialog>
  );
}
