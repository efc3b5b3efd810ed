/** A polite live region that says each new hop in words, so the trace can be followed unseen. */
import type { Network, Trace } from '../../sim';
import { useT } from '../useT';
import { hopPlace } from './hopText';

/** Announces the current hop of the active trace (and the outcome at its end). */
export function HopAnnouncer({
  trace,
  index,
  network,
}: {
  trace: Trace | null;
  index: number;
  network: Network;
}) {
  const t = useT();
  const hop = trace?.hops[index];
  const o = trace?.outcome;
  const end = o
    ? t('events.announceEnd', {
        outcome: t(`outcome.${o.kind}`),
        reason: t.dynamic(o.reason.key, o.reason.params),
      })
    : '';
  let text = trace && !hop ? end : '';
  if (trace && hop) {
    text = t('events.announce', {
      k: index + 1,
      n: trace.hops.length,
      where: hopPlace(network, hop),
      action: t(`action.${hop.action}`),
      why: t.dynamic(hop.explain.key, hop.explain.params),
    });
    if (index >= trace.hops.length - 1) text += ` ${end}`;
  }
  return (
    <div aria-live="polite" aria-atomic="true" className="sr-only" data-testid="hop-announcer">
      {text}
    </div>
  );
}
