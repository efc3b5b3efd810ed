/** The embed view's caption: the current hop in one line and its explanation, read out as it changes. */
import { hopCaption } from '../panels/hopCaption';
import { useT } from '../useT';
import { useActiveHop } from './useActiveHop';

/** The caption under the diagram (empty until a packet is shown). */
export function EmbedCaption() {
  const t = useT();
  const { trace, index, network } = useActiveHop();
  const c = hopCaption(t, network, trace, index);
  return (
    <section
      aria-label={t('editor.embed.caption')}
      aria-live="polite"
      aria-atomic="true"
      className="max-h-[40%] shrink-0 overflow-y-auto border-t border-slate-200 bg-white px-4 py-2 text-slate-900"
      data-testid="embed-caption"
    >
      {c && (
        <>
          <p className="text-sm font-semibold text-indigo-900">{c.title}</p>
          <p className="text-base">{c.text}</p>
          {c.outcome && <p className="mt-1 text-base font-medium">{c.outcome}</p>}
        </>
      )}
    </section>
  );
}
