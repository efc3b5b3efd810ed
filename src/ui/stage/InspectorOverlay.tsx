/** The inspector over the diagram in presenter mode, brought by the I key (panels are hidden on the stage). */
import { useEffect, useRef } from 'react';
import { useActiveHop } from '../embed/useActiveHop';
import { Inspector } from '../panels/Inspector';
import { useT } from '../useT';

/** A non-modal panel at the right edge showing the current hop in detail; focus moves to it and back. */
export function InspectorOverlay({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { trace, index, network } = useActiveHop();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.focus();
    return () => back?.focus();
  }, []);
  return (
    <aside
      ref={ref}
      tabIndex={-1}
      aria-label={t('editor.stage.inspector')}
      className="fixed top-16 right-4 bottom-24 z-40 w-[min(28rem,45vw)] overflow-y-auto rounded-xl border border-slate-300 bg-white p-4 text-slate-900 shadow-xl focus-visible:outline-2 focus-visible:outline-indigo-600"
      data-testid="stage-inspector"
    >
      <button
        type="button"
        onClick={onClose}
        className="float-right rounded-lg border border-slate-300 bg-white px-2 py-1 text-sm text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        {t('editor.stage.close')}
      </button>
      {trace ? (
        <Inspector trace={trace} index={index} network={network} />
      ) : (
        <p className="text-base">{t('editor.stage.empty')}</p>
      )}
    </aside>
  );
}
