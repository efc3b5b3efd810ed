/** The presets gallery: a modal card grid; one click opens a preset with its first packet ready (or every packet, for one that compares them). */
import { useEffect, useId, useRef } from 'react';
import { PRESETS, presetFlows, type Preset } from '../../scenario/presets';
import { BUTTON } from '../share/styles';
import { useStoreApi } from '../storeContext';
import { useT } from '../useT';

/** Props of the gallery. */
export interface GalleryProps {
  /** Called when the dialog closes (Escape, the close button, or a preset picked). */
  readonly onClose: () => void;
}

/** The gallery dialog. */
export function Gallery({ onClose }: GalleryProps) {
  const t = useT();
  const store = useStoreApi();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = dialog.current;
    // No close() on cleanup: StrictMode's re-run would fire "close" and dismiss the dialog at once.
    if (d && !d.open) d.showModal();
  }, []);
  const open = (p: Preset) => {
    store.getState().loadScenario(p.scenario, presetFlows(p));
    onClose();
  };
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto max-h-[90vh] w-[min(64rem,94vw)] overflow-y-auto rounded-2xl bg-slate-50 p-6 shadow-2xl backdrop:bg-slate-900/40"
    >
      <div className="flex items-start gap-4">
        <div className="flex-1">
          <h2 id={titleId} className="text-xl font-semibold text-slate-900">
            {t('editor.gallery.title')}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t('editor.gallery.intro')}</p>
        </div>
        <button type="button" className={BUTTON} onClick={onClose}>
          {t('editor.gallery.close')}
        </button>
      </div>
      <ul className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {PRESETS.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              onClick={() => open(p)}
              className="flex h-full w-full flex-col items-start gap-2 rounded-2xl border border-slate-200 bg-white p-4 text-left shadow-sm hover:border-indigo-400 hover:shadow-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
            >
              <span className="text-base font-semibold text-slate-900">
                {t.dynamic(p.titleKey)}
              </span>
              <span className="flex flex-wrap gap-1">
                <span className="sr-only">{t('editor.gallery.concepts')}</span>
                {p.concepts.map((c) => (
                  <span
                    key={c}
                    className="rounded-full bg-indigo-50 px-2 py-0.5 text-xs font-medium text-indigo-800"
                  >
                    {c}
                  </span>
                ))}
              </span>
              <span className="text-sm text-slate-600">{t.dynamic(p.descriptionKey)}</span>
            </button>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
