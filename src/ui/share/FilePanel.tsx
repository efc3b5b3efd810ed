/** The content of the File menu: export the scenario as JSON, import one with a file picker, and the schema link. */
import { useRef } from 'react';
import { setManifestsDialog } from '../manifests/dialogState';
import { useStoreApi } from '../storeContext';
import { useT } from '../useT';
import { downloadScenario, importScenarioFile } from './fileIo';
import { BUTTON, PRIMARY } from './styles';

/** Export and import of scenario files. */
export function FilePanel() {
  const t = useT();
  const store = useStoreApi();
  const input = useRef<HTMLInputElement>(null);
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
        <button type="button" className={BUTTON} onClick={() => input.current?.click()}>
          {t('editor.file.import')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importScenarioFile(store, file);
          }}
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
