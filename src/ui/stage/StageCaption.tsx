/** Presenter mode's caption: the current hop's explanation in large type, the header fields it changed beside it. */
import type { ReactNode } from 'react';
import type { Hop } from '../../sim';
import { useActiveHop } from '../embed/useActiveHop';
import { hopCaption } from '../panels/hopCaption';
import { useT } from '../useT';

/** The header fields a hop changed, old value → new value. */
function Changes({ hop }: { hop: Hop | undefined }) {
  const t = useT();
  const changes = hop?.changes ?? [];
  return (
    <section
      aria-label={t('editor.stage.changed')}
      // a long caption scrolls: focusable, so keys can scroll it too
      tabIndex={0}
      className="w-[30%] max-w-xl shrink-0 overflow-y-auto border-l border-slate-200 pl-4 focus-visible:outline-2 focus-visible:outline-indigo-600"
    >
      <h3 className="text-[clamp(16px,1.3vw,24px)] font-semibold text-slate-700">
        {t('editor.stage.changed')}
      </h3>
      {changes.length === 0 ? (
        <p className="text-[clamp(18px,1.5vw,28px)] text-slate-700">{t('editor.stage.noChange')}</p>
      ) : (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-[clamp(18px,1.5vw,28px)] leading-snug">
          {changes.map((c) => (
            <div key={c.field} className="contents">
              <dt className="font-mono text-slate-700">{c.field}</dt>
              <dd className="font-mono break-words text-slate-900">
                <span className="text-slate-600">{c.from}</span>
                {c.from && c.to ? ' → ' : ''}
                <span className="font-semibold">{c.to}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

/** The caption strip under the diagram, read out as it changes; `children` go at its end (the inspector's button). Its height is fixed, so the diagram keeps its size from hop to hop. */
export function StageCaption({ children }: { children?: ReactNode }) {
  const t = useT();
  const { trace, index, network } = useActiveHop();
  const c = hopCaption(t, network, trace, index);
  return (
    <div
      className="flex h-[30dvh] min-h-0 shrink-0 gap-4 border-t border-slate-200 bg-white px-5 py-2 text-slate-900"
      data-testid="stage-caption"
    >
      <section
        aria-label={t('editor.stage.caption')}
        aria-live="polite"
        aria-atomic="true"
        tabIndex={0}
        className="min-w-0 flex-1 overflow-y-auto focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        {c ? (
          <>
            <p className="text-[clamp(16px,1.3vw,26px)] font-semibold text-indigo-900">{c.title}</p>
            <p className="text-[clamp(28px,2.2vw,44px)] leading-tight" data-testid="stage-text">
              {c.text}
            </p>
            {c.outcome && (
              <p className="mt-1 text-[clamp(24px,2vw,36px)] font-medium">{c.outcome}</p>
            )}
          </>
        ) : (
          <p className="text-[clamp(28px,2.2vw,44px)] leading-tight" data-testid="stage-text">
            {t('editor.stage.empty')}
          </p>
        )}
      </section>
      {c && <Changes hop={trace?.hops[index]} />}
      {children}
    </div>
  );
}
