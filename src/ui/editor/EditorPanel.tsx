/** The scenario editor drawer (lazy-loaded): title, CNI mode, nodes, pods and containers, with undo/redo. */
import { useEffect, useId, useRef } from 'react';
import type { CniMode } from '../../sim';
import type { AppState } from '../../store';
import { BUTTON, FIELD, LABEL } from '../share/styles';
import { useAppStore, useStoreApi } from '../storeContext';
import { useT } from '../useT';
import { K8sSections } from './K8sSections';
import { NodeFields } from './NodeFields';
import { PodFields } from './PodFields';
import { TextField } from './TextField';
import { useEdit, useErrorsAt } from './useEdit';

const CNI_MODES: readonly CniMode[] = ['bridge-hostgw', 'vxlan'];
const selectScenario = (s: AppState) => s.scenario;
const selectDraftErrors = (s: AppState) => s.draftErrors;
const selectCanUndo = (s: AppState) => s.past.length > 0;
const selectCanRedo = (s: AppState) => s.future.length > 0;

/** Props of the editor drawer. */
export interface EditorPanelProps {
  /** Closes the drawer. */
  readonly onClose: () => void;
}

/** The editor drawer on the right of the page (a bottom sheet under the diagram when the app is stacked). */
export function EditorPanel({ onClose }: EditorPanelProps) {
  const t = useT();
  const store = useStoreApi();
  const edit = useEdit();
  const scenario = useAppStore(selectScenario);
  const draftErrors = useAppStore(selectDraftErrors);
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  const titleErrors = useErrorsAt('title');
  const headingId = useId();
  const cniId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { cluster } = scenario;
  const nodeNames = cluster.nodes.map((n) => n.name);
  return (
    <aside
      aria-labelledby={headingId}
      className="fixed top-0 right-0 bottom-0 z-30 lg:top-14 flex w-[min(28rem,100vw)] flex-col border-l border-slate-200 bg-slate-50 shadow-2xl stacked:top-[calc(50dvh+3.25rem)] stacked:w-full stacked:rounded-t-2xl stacked:border-t stacked:border-l-0"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !(e.target instanceof HTMLInputElement)) onClose();
      }}
    >
      <div className="flex items-center gap-2 border-b border-slate-200 bg-white px-4 py-3">
        <h2
          id={headingId}
          ref={heading}
          tabIndex={-1}
          className="flex-1 text-lg font-semibold text-slate-900 outline-none"
        >
          {t('editor.panel.title')}
        </h2>
        <button
          type="button"
          className={BUTTON}
          disabled={!canUndo}
          onClick={() => store.getState().undo()}
        >
          {t('editor.toolbar.undo')}
        </button>
        <button
          type="button"
          className={BUTTON}
          disabled={!canRedo}
          onClick={() => store.getState().redo()}
        >
          {t('editor.toolbar.redo')}
        </button>
        <button type="button" className={BUTTON} onClick={onClose}>
          {t('editor.panel.close')}
        </button>
      </div>
      <div className="flex-1 space-y-5 overflow-y-auto p-4">
        <p className="text-xs text-slate-600">{t('editor.panel.undoHint')}</p>
        {draftErrors.length > 0 && (
          <div
            role="alert"
            className="rounded-2xl border border-red-300 bg-red-50 p-3 text-sm text-red-900"
          >
            <p className="font-semibold">
              {t('editor.panel.invalid', { count: draftErrors.length })}
            </p>
            <ul className="mt-1 list-disc pl-5">
              {draftErrors.slice(0, 5).map((e, i) => (
                <li key={i}>
                  {t.dynamic(e.key, e.params)} <span className="font-mono text-xs">{e.path}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        <section className="space-y-3">
          <TextField
            label={t('editor.field.title')}
            value={t.text(scenario.title)}
            errors={titleErrors}
            onCommit={(title) => (edit({ type: 'setTitle', title }), null)}
          />
          <div>
            <label htmlFor={cniId} className={LABEL}>
              {t('editor.field.cni')}
            </label>
            <select
              id={cniId}
              className={`${FIELD} mt-1`}
              value={cluster.cni}
              onChange={(e) => edit({ type: 'setCni', cni: e.currentTarget.value as CniMode })}
            >
              {CNI_MODES.map((m) => (
                <option key={m} value={m}>
                  {t(`editor.cni.${m}`)}
                </option>
              ))}
            </select>
          </div>
        </section>
        <section className="space-y-3" aria-labelledby={`${headingId}-nodes`}>
          <h3 id={`${headingId}-nodes`} className="text-base font-semibold text-slate-900">
            {t('editor.nodes.heading')}
          </h3>
          {cluster.nodes.map((n, i) => (
            <NodeFields key={i} index={i} node={n} removable={cluster.nodes.length > 1} />
          ))}
          <button type="button" className={BUTTON} onClick={() => edit({ type: 'addNode' })}>
            {t('editor.nodes.add')}
          </button>
        </section>
        <section className="space-y-3" aria-labelledby={`${headingId}-pods`}>
          <h3 id={`${headingId}-pods`} className="text-base font-semibold text-slate-900">
            {t('editor.pods.heading')}
          </h3>
          {cluster.pods.map((p, i) => (
            <PodFields key={i} index={i} pod={p} nodes={nodeNames} />
          ))}
          <button
            type="button"
            className={BUTTON}
            disabled={nodeNames.length === 0}
            onClick={() => edit({ type: 'addPod', node: nodeNames[0] ?? '' })}
          >
            {t('editor.pods.add')}
          </button>
        </section>
        <K8sSections cluster={cluster} />
      </div>
    </aside>
  );
}
