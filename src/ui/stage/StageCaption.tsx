/** Presenter mode's caption: the current hop's explanation (or CNI step's) in large type, the fields it changed beside it. */
import type { ReactNode } from 'react';
import type { CniChange } from '../cni/cniCaption';
import { useCniCaption } from '../cni/useCniCaption';
import { useActiveHop } from '../embed/useActiveHop';
import { hopCaption } from '../panels/hopCaption';
import type { AppState } from '../../store';
import { useAppStore } from '../storeContext';
import { useT } from '../useT';

const selectLessonOpen = (s: AppState) => s.lesson !== null;

/** The fields a hop (or CNI step) changed, old value → new value. */
function Changes({
  changes,
  cni,
}: {
  changes: readonly Pick<CniChange, 'field' | 'from' | 'to'>[];
  cni: boolean;
}) {
  const t = useT();
  const label = t(cni ? 'cni.stage.changed' : 'editor.stage.changed');
  return (
    <section
      aria-label={label}
      // a long caption scrolls: focusable, so keys can scroll it too
      tabIndex={0}
      className="w-[30%] max-w-xl shrink-0 overflow-y-auto border-l border-slate-200 pl-4 focus-visible:outline-2 focus-visible:outline-indigo-600"
    >
      <h3 className="text-[clamp(16px,1.3vw,24px)] font-semibold text-slate-700">{label}</h3>
      {changes.length === 0 ? (
        <p className="text-[clamp(18px,1.5vw,28px)] text-slate-700">
          {t(cni ? 'cni.stage.noChange' : 'editor.stage.noChange')}
        </p>
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
  // A pod's creation or deletion, while one plays, instead of the packet.
  const cni = useCniCaption();
  const c = cni ? { ...cni, outcome: '' } : hopCaption(t, network, trace, index);
  const changes = cni ? cni.changes : (trace?.hops[index]?.changes ?? []);
  // An open lesson's card sits over the strip's left end (see LessonPanel): the caption starts after it.
  const lesson = useAppStore(selectLessonOpen);
  return (
    <div
      className={`flex h-[30dvh] min-h-0 shrink-0 gap-4 border-t border-slate-200 bg-white py-2 pr-5 text-slate-900 ${lesson ? 'pl-[calc(min(27rem,100vw-1.5rem)+1.75rem)] stacked:pl-5' : 'pl-5'}`}
      data-testid="stage-caption"
    >
      <section
        aria-label={t(cni ? 'cni.stage.caption' : 'editor.stage.caption')}
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
            {cni && (
              <p className="mt-1 text-[clamp(18px,1.4vw,26px)] leading-snug text-slate-700">
                {cni.why}
              </p>
            )}
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
      {c && <Changes changes={changes} cni={cni !== null} />}
      {children}
    </div>
  );
}
