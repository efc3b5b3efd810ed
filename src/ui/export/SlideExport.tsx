/** The Share menu's export for slides: the current view as an SVG or PNG file (the export code loads on the first click). */
import { useId, useState } from 'react';
import { BUTTON } from '../share/styles';
import { useStoreApi } from '../storeContext';
import { useT } from '../useT';

/** Two buttons and what became of the last export. */
export function SlideExport() {
  const t = useT();
  const store = useStoreApi();
  const id = useId();
  const [status, setStatus] = useState('');
  const save = async (kind: 'svg' | 'png') => {
    try {
      const { exportSlide } = await import('./slideExport');
      const name = await exportSlide(store, t, kind);
      setStatus(t('editor.export.saved', { name }));
    } catch (e) {
      setStatus(t('editor.export.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <section aria-labelledby={id} className="space-y-2 border-t border-slate-200 pt-3">
      <h3 id={id} className="text-sm font-semibold text-slate-900">
        {t('editor.export.title')}
      </h3>
      <p className="text-sm text-slate-600">{t('editor.export.hint')}</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={BUTTON} onClick={() => void save('svg')}>
          {t('editor.export.svg')}
        </button>
        <button type="button" className={BUTTON} onClick={() => void save('png')}>
          {t('editor.export.png')}
        </button>
      </div>
      <p role="status" className="min-h-5 text-sm text-slate-700">
        {status}
      </p>
    </section>
  );
}
