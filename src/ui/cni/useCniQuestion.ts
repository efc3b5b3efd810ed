/** A CNI question's parts of the prediction dialog: the step it waits before, and what the step taught once answered. */
import type { LessonTranslator } from '../../i18n/lessonCatalog';
import type { AppState } from '../../store';
import { useAppStore } from '../storeContext';
import { useT } from '../useT';

/** What the dialog shows for a question about a CNI step. */
export interface CniQuestionText {
  /** "Before step 8: host-local IPAM" (the actor, not the step's name, which could give the answer away). */
  readonly where: string;
  /** The explanation revealed after answering: why this answer, then what the step does. */
  readonly why: readonly string[];
}

const selectPlay = (s: AppState) => s.cniPlay;
const selectQuestion = (s: AppState) => s.question;

/** The dialog's texts for the question put while a CNI trace plays; null for a packet's question. */
export function useCniQuestion(lt: LessonTranslator): CniQuestionText | null {
  const t = useT();
  const play = useAppStore(selectPlay);
  const pq = useAppStore(selectQuestion);
  const step = pq ? play?.trace[pq.q.hop] : undefined;
  if (!pq || !play || !step) return null;
  const node = play.pod.node;
  const last = play.before[node]?.lastReserved;
  const lead =
    pq.q.kind === 'bridge'
      ? lt(pq.q.answer === 'yes' ? 'predict.cni.why.bridge.yes' : 'predict.cni.why.bridge.no', {
          node,
        })
      : last
        ? lt('predict.cni.why.nextIp', { node, last, ip: pq.q.answer })
        : lt('predict.cni.why.nextIpFirst', { node, ip: pq.q.answer });
  return {
    where: lt('predict.cniStep', { n: pq.q.hop + 1, actor: t(`cni.actor.${step.actor}`) }),
    why: [lead, t(`cni.why.${step.kind}`)],
  };
}
