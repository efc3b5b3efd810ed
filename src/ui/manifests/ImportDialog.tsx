/** Import Kubernetes YAML: paste or drop, choose the CNI mode, see what is left out, then load (undoably, as a scenario file loads). */
import { useDeferredValue, useId, useMemo, useState, type DragEvent } from 'react';
import { FilePickButton } from '../share/FilePickButton';
import type { CniMode } from '../../sim';
import {
  manifestsToScenario,
  MANIFEST_LIMITS,
  type ManifestImport,
} from '../../scenario/manifests';
import { BUTTON, FIELD, LABEL, PRIMARY } from '../share/styles';
import { useStoreApi } from '../storeContext';
import { useT } from '../useT';
import { Dialog } from './Dialog';
import { setManifestsDialog } from './dialogState';
import { NoteList } from './NoteList';
import { ProblemText } from './ProblemText';

const MODES: readonly (CniMode | 'auto')[] = ['auto', 'bridge-hostgw', 'vxlan'];

/** The import dialog. */
export function ImportDialog() {
  const t = useT();
  const store = useStoreApi();
  const [text, setText] = useState('');
  const [cni, setCni] = useState<CniMode | 'auto'>('auto');
  const [unreadable, setUnreadable] = useState(false);
  const fieldId = useId();
  const source = useDeferredValue(text);
  const title = t('manifests.import.defaultTitle');
  const result: ManifestImport | null = useMemo(
    () => (source.trim() === '' ? null : manifestsToScenario(source, { cni, title })),
    [source, cni, title],
  );
  const close = () => setManifestsDialog(null);
  const read = async (blob: Blob) => {
    setUnreadable(false);
    if (blob.size > MANIFEST_LIMITS.chars * 4) return setUnreadable(true);
    try {
      setText(await blob.text());
    } catch {
      setUnreadable(true);
    }
  };
  const onDrop = (e: DragEvent<HTMLTextAreaElement>) => {
    const dropped = e.dataTransfer.files[0];
    if (!dropped) return;
    e.preventDefault();
    e.stopPropagation();
    void read(dropped);
  };
  const load = () => {
    if (result?.status !== 'ok') return;
    const s = store.getState();
    s.loadScenario(result.scenario);
    s.showNotice({
      tone: 'info',
      key: 'manifests.import.loaded',
      params: {
        title: result.scenario.title,
        pods: result.scenario.cluster.pods.length,
        nodes: result.scenario.cluster.nodes.length,
      },
    });
    close();
  };
  return (
    <Dialog title={t('manifests.import.title')} onClose={close}>
      <p className="text-sm text-slate-700">{t('manifests.import.hint')}</p>
      <label htmlFor={fieldId} className={LABEL}>
        {t('manifests.import.label')}
      </label>
      <textarea
        id={fieldId}
        className={`${FIELD} h-48 font-mono text-xs`}
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onDragOver={(e) => e.preventDefault()}
        onDrop={onDrop}
      />
      <div className="flex flex-wrap items-center gap-2">
        <FilePickButton
          label={t('manifests.import.choose')}
          accept=".yaml,.yml,.json,application/yaml,application/json,text/plain"
          onFile={(f) => void read(f)}
        />
        {unreadable && (
          <p role="alert" className="text-sm text-red-800">
            {t('manifests.import.unreadable')}
          </p>
        )}
      </div>
      <fieldset>
        <legend className={LABEL}>{t('manifests.import.cni')}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {MODES.map((m) => (
            <label key={m} className="flex items-center gap-1 text-sm text-slate-800">
              <input
                type="radio"
                name="manifests-cni"
                checked={cni === m}
                onChange={() => setCni(m)}
              />
              {t.dynamic(`manifests.cni.${m}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div aria-live="polite" className="space-y-2">
        {result === null ? (
          <p className="text-sm text-slate-600">{t('manifests.import.empty')}</p>
        ) : (
          <ProblemText result={result} />
        )}
        {result !== null && result.status !== 'unreadable' && (
          <NoteList notes={result.notes} omitted={result.status === 'ok' ? result.omitted : 0} />
        )}
      </div>
      <div className="flex justify-end gap-2">
        <button type="button" className={BUTTON} onClick={close}>
          {t('manifests.import.cancel')}
        </button>
        <button type="button" className={PRIMARY} disabled={result?.status !== 'ok'} onClick={load}>
          {t('manifests.import.load')}
        </button>
      </div>
    </Dialog>
  );
}
