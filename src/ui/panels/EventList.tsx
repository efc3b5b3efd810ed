/** The event list: every hop of the active trace as a table; a row's button jumps to that hop. */
import { useEffect, useRef } from 'react';
import type { Network, Trace } from '../../sim';
import { useT } from '../useT';
import { hopPlace } from './hopText';

/** Scrolls only the list box (never the page) so the row shows below the sticky header. */
function keepInView(box: HTMLElement, row: HTMLElement): void {
  const b = box.getBoundingClientRect();
  const r = row.getBoundingClientRect();
  const top = b.top + (box.querySelector('thead')?.getBoundingClientRect().height ?? 0);
  if (r.top < top) box.scrollTop -= top - r.top;
  else if (r.bottom > b.bottom) box.scrollTop += r.bottom - b.bottom;
}

/** The hops of a trace (Packet Tracer style), the current one highlighted and kept in view. */
export function EventList(props: {
  trace: Trace;
  index: number;
  network: Network;
  onJump: (i: number) => void;
  /** Presenter mode: leave out the summary column. */
  compact: boolean;
}) {
  const { trace, index, network, onJump, compact } = props;
  const t = useT();
  const current = useRef<HTMLTableRowElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (current.current && box.current) keepInView(box.current, current.current);
  }, [index, trace]);
  return (
    <section aria-labelledby="events-title">
      <h2 id="events-title" className="mb-1 text-base font-semibold text-slate-900">
        {t('events.title')}
      </h2>
      {trace.hops.length === 0 && <p className="text-sm text-slate-600">{t('events.empty')}</p>}
      <div ref={box} className="max-h-72 overflow-auto rounded-xl border border-slate-200">
        <table className="w-full border-collapse text-left text-sm">
          <thead className="sticky top-0 bg-slate-100 text-xs text-slate-700">
            <tr>
              <th scope="col" className="px-2 py-1">
                {t('events.step')}
              </th>
              <th scope="col" className="px-2 py-1">
                {t('events.device')}
              </th>
              <th scope="col" className="px-2 py-1">
                {t('events.action')}
              </th>
              {!compact && (
                <th scope="col" className="px-2 py-1">
                  {t('events.summary')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {trace.hops.map((hop, i) => {
              const on = i === index;
              return (
                <tr
                  key={hop.index}
                  ref={on ? current : undefined}
                  aria-current={on ? 'step' : undefined}
                  onClick={() => onJump(i)}
                  className={`cursor-pointer border-t border-slate-200 align-top ${on ? 'bg-indigo-50 font-medium' : 'hover:bg-slate-50'} ${hop.leg === 'reply' ? 'text-slate-800' : 'text-slate-900'}`}
                >
                  <td className="px-2 py-1">
                    <button
                      type="button"
                      aria-label={t('events.jump', { k: i + 1 })}
                      onClick={(e) => {
                        e.stopPropagation();
                        onJump(i);
                      }}
                      className={`min-w-7 rounded-md px-1.5 font-mono tabular-nums focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 ${on ? 'bg-indigo-600 text-white' : 'bg-slate-100 text-slate-800'}`}
                    >
                      {i + 1}
                    </button>
                  </td>
                  <td className="px-2 py-1 font-mono whitespace-nowrap">
                    {hopPlace(network, hop)}
                  </td>
                  <td className="px-2 py-1" data-action={hop.action}>
                    {t(`action.${hop.action}`)}
                  </td>
                  {!compact && (
                    <td className="px-2 py-1 text-slate-700">
                      <span className="line-clamp-2">
                        {t.dynamic(hop.explain.key, hop.explain.params)}
                      </span>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
