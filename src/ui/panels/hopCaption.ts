/** The caption of the current hop — where and what in one line, then why, and how the packet ended at its end — for the embed view, slide exports and a presenter's stage. */
import type { Translator } from '../../i18n';
import type { Network, Trace } from '../../sim';
import { hopPlace } from './hopText';

/** A hop told in words. */
export interface HopCaption {
  /** "Hop 3 of 9 · node1/cni0 · Bridge", or the outcome when the packet ended before its first hop. */
  readonly title: string;
  /** Why the hop happened as it did (the sim's explanation). */
  readonly text: string;
  /** How the packet ended, on its last hop; empty before. */
  readonly outcome: string;
}

/** The caption of hop `index` of a trace (null without a trace); needs the later English messages. */
export function hopCaption(
  t: Translator,
  network: Network,
  trace: Trace | null,
  index: number,
): HopCaption | null {
  if (!trace) return null;
  const o = trace.outcome;
  const reason = t.dynamic(o.reason.key, o.reason.params);
  const hop = trace.hops[index];
  if (!hop) return { title: t(`outcome.${o.kind}`), text: reason, outcome: '' };
  return {
    title: t('editor.caption.title', {
      k: index + 1,
      n: trace.hops.length,
      where: hopPlace(network, hop),
      action: t(`action.${hop.action}`),
    }),
    text: t.dynamic(hop.explain.key, hop.explain.params),
    outcome:
      index >= trace.hops.length - 1
        ? t('events.announceEnd', { outcome: t(`outcome.${o.kind}`), reason })
        : '',
  };
}
