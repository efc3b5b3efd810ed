/** The playback bar's outcome: how the active packet ended, named once playback reaches its end. */
import type { Trace } from '../../sim';
import { useT } from '../useT';

/** Success in green, the impossible in grey, every failure in red (as the inspector's outcome card). */
function tone(kind: Trace['outcome']['kind']): string {
  if (kind === 'delivered') return 'bg-emerald-100 text-emerald-900';
  return kind === 'impossible' ? 'bg-slate-200 text-slate-900' : 'bg-red-100 text-red-900';
}

/** The outcome's name, its reason on hover; a packet with no hop to play shows it as text too (two lines at most). */
export function OutcomeBadge({ trace }: { trace: Trace }) {
  const t = useT();
  const o = trace.outcome;
  const reason = t.dynamic(o.reason.key, o.reason.params);
  const hopless = trace.hops.length === 0;
  return (
    <p
      className={`flex min-w-0 items-center gap-2 text-sm ${hopless ? 'flex-1 basis-48' : ''}`}
      title={reason}
      data-outcome={o.kind}
    >
      <span className="sr-only">
        {t('inspector.outcome')}
        {': '}
      </span>
      <span className={`shrink-0 rounded-full px-2 py-0.5 font-semibold ${tone(o.kind)}`}>
        {t(`outcome.${o.kind}`)}
      </span>{' '}
      <span className={hopless ? 'line-clamp-2 text-slate-700' : 'sr-only'}>{reason}</span>
    </p>
  );
}
