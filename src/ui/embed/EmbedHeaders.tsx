/** The embed view's header column: the current hop's headers, fields changed at the hop marked. */
import { HeaderStack } from '../panels/HeaderStack';
import { useT } from '../useT';
import { useActiveHop } from './useActiveHop';

/** The headers beside the diagram; scrolls on its own, so it is focusable for the keyboard. */
export function EmbedHeaders() {
  const t = useT();
  const { trace, index } = useActiveHop();
  const hop = trace?.hops[index];
  return (
    <section
      aria-label={t('editor.embed.headers')}
      tabIndex={0}
      className="w-72 shrink-0 space-y-2 overflow-y-auto border-l border-slate-200 bg-white p-3 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600 max-sm:hidden"
      data-testid="embed-headers"
    >
      <h2 className="text-sm font-semibold text-slate-900">{t('inspector.headers')}</h2>
      {hop ? (
        <HeaderStack headers={hop.headers} changes={hop.changes} arp={hop.arp} />
      ) : (
        <p className="text-sm text-slate-600">{t('playback.noHops')}</p>
      )}
    </section>
  );
}
