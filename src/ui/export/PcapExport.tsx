/** The Share menu's packet capture: the active flow, or all flows, as a pcapng file (the encoder loads on the first click). */
import { useId, useState } from 'react';
import type { AppState } from '../../store';
import { selectTraces } from '../../store/selectors';
import { BUTTON } from '../share/styles';
import { useAppStore, useStoreApi } from '../storeContext';
import { useT } from '../useT';

const selectTraceCount = (s: AppState) => selectTraces(s).length;

/** Two buttons and what became of the last export. */
export function PcapExport() {
  const t = useT();
  const store = useStoreApi();
  const id = useId();
  const count = useAppStore(selectTraceCount);
  const [status, setStatus] = useState('');
  const save = async (which: 'active' | 'all') => {
    try {
      const { exportPcap } = await import('./pcapExport');
      const r = exportPcap(store, which);
      setStatus(
        r.frames === 0
          ? t('editor.pcap.none')
          : t('editor.pcap.saved', { name: r.name, count: r.frames }),
      );
    } catch (e) {
      setStatus(t('editor.pcap.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <section aria-labelledby={id} className="space-y-2 border-t border-slate-200 pt-3">
      <h3 id={id} className="text-sm font-semibold text-slate-900">
        {t('editor.pcap.title')}
      </h3>
      <p className="text-sm text-slate-600">{t('editor.pcap.hint')}</p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={BUTTON}
          disabled={count === 0}
          onClick={() => void save('active')}
        >
          {t('editor.pcap.download')}
        </button>
        {count > 1 && (
          <button type="button" className={BUTTON} onClick={() => void save('all')}>
            {t('editor.pcap.downloadAll')}
          </button>
        )}
      </div>
      <p role="status" className="min-h-5 text-sm text-slate-700">
        {count === 0 ? t('editor.pcap.none') : status}
      </p>
    </section>
  );
}
