/** The content of the File menu: export the scenario as JSON, import one with a file picker, and the schema link. */
import { setManifestsDialog } from '../manifests/dialogState';
import { useStoreApi } from '../storeContext';
import { useT } from '../useT';
import { downloadScenario, importScenarioFile } from './fileIo';
import { FilePickButton } from './FilePickButton';
import { BUTTON, PRIMARY } from './styles';

/** Export and import of scenario files. */
export function FilePanel() {
  const t = useT();
  const store = useStoreApi();
  return (
    <div className="space-y-3">
      <h2 className="text-base font-semibold text-slate-900">{t('editor.file.title')}</h2>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={PRIMARY}
          onClick={() => downloadScenario(store.getState().scenario)}
        >
          {t('editor.file.export')}
        </button>
        <FilePickButton
          label={t('editor.file.import')}
          accept=".json,application/json"
          onFile={(file) => void importScenarioFile(store, file)}
        />
        <button type="button" className={BUTTON} onClick={() => setManifestsDialog('import')}>
          {t('manifests.file.import')}
        </button>
        <button type="button" className={BUTTON} onClick={() => setManifestsDialog('export')}>
          {t('manifests.file.export')}
        </button>
      </div>
      <p className="text-sm text-slate-600">{t('editor.file.dropHint')}</p>
      <a
        className="text-sm font-medium text-indigo-700 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-indigo-600"
        href="./scenario.schema.json"
        target="_blank"
        rel="noopener"
      >
        {t('editor.file.schema')}
      </a>
    </div>
  );
}
