/** Predict, then reveal: the packet waits while the learner answers; then the answer, the hop's explanation and the score. */
import { useEffect, useId, useRef } from 'react';
import type { LessonTranslator } from '../../i18n/lessonCatalog';
import type { Label } from '../../lessons/predict';
import type { AppState } from '../../store';
import { answerQuestion, continueAfterReveal, skipQuestion } from '../../store/predictWatch';
import { selectTraces } from '../../store/selectors';
import { useCniQuestion } from '../cni/useCniQuestion';
import { BUTTON, PRIMARY } from '../share/styles';
import { useAppStore, useStoreApi } from '../storeContext';
import { useT } from '../useT';

const selectQuestion = (s: AppState) => s.question;
const selectScore = (s: AppState) => s.score;

/** The modal question, at the bottom so the waiting packet stays in sight. */
export function PredictionDialog({ lt }: { lt: LessonTranslator }) {
  const t = useT();
  const store = useStoreApi();
  const pq = useAppStore(selectQuestion);
  const score = useAppStore(selectScore);
  const hop = useAppStore((s) => (pq ? selectTraces(s)[pq.flow]?.hops[pq.q.hop] : undefined));
  // A question about a CNI step (pod creation): its step, and the step's explanation.
  const cni = useCniQuestion(lt);
  const dialog = useRef<HTMLDialogElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const answered = pq?.chosen != null;
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  useEffect(() => {
    if (answered) next.current?.focus();
  }, [answered]);
  if (!pq) return null;
  const label = (l: Label) => lt.dynamic(l.key, l.params);
  const right = pq.chosen === pq.q.answer;
  const answer = pq.q.options.find((o) => o.value === pq.q.answer);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      data-testid="prediction"
      onCancel={(e) => {
        e.preventDefault();
        if (answered) continueAfterReveal(store);
        else skipQuestion(store);
      }}
      className="fixed inset-x-0 top-auto bottom-4 mx-auto max-h-[70dvh] w-[min(34rem,94vw)] overflow-y-auto rounded-2xl bg-white p-5 shadow-2xl backdrop:bg-slate-900/20 max-sm:bottom-2 max-sm:p-4"
    >
      <p className="text-xs font-medium text-indigo-800">
        {lt('predict.title')}
        {' · '}
        {cni ? cni.where : lt('predict.hop', { n: pq.q.hop + 1 })}
      </p>
      <h2 id={titleId} className="mt-1 text-base font-semibold text-slate-900">
        {label(pq.q.prompt)}
      </h2>
      <ul aria-label={lt('predict.options')} className="mt-3 grid gap-2">
        {pq.q.options.map((o) => {
          const mark = !answered
            ? ''
            : o.value === pq.q.answer
              ? 'border-emerald-600 bg-emerald-50'
              : o.value === pq.chosen
                ? 'border-red-500 bg-red-50'
                : 'opacity-70';
          return (
            <li key={o.value}>
              <button
                type="button"
                disabled={answered}
                aria-pressed={o.value === pq.chosen}
                onClick={() => answerQuestion(store, o.value)}
                className={`w-full rounded-xl border border-slate-300 px-3 py-2 text-left text-sm text-slate-900 hover:border-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-default ${mark}`}
              >
                {label(o.label)}
                {answered && o.value === pq.q.answer && (
                  <span className="ml-2 text-xs font-semibold text-emerald-800">
                    {lt('predict.isAnswer')}
                  </span>
                )}
                {answered && o.value === pq.chosen && !right && (
                  <span className="ml-2 text-xs font-semibold text-red-800">
                    {lt('predict.yourAnswer')}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      {answered && (
        <div role="status" className="mt-3 space-y-2 text-sm text-slate-800">
          <p className={`font-semibold ${right ? 'text-emerald-800' : 'text-red-800'}`}>
            {right
              ? lt('predict.right')
              : lt('predict.wrong', { answer: answer ? label(answer.label) : pq.q.answer })}
          </p>
          {cni && (
            <>
              <h3 className="text-xs font-semibold text-slate-700">{lt('predict.cniWhy')}</h3>
              {cni.why.map((p) => (
                <p key={p} className="leading-relaxed">
                  {p}
                </p>
              ))}
            </>
          )}
          {!cni && hop && (
            <>
              <h3 className="text-xs font-semibold text-slate-700">{lt('predict.why')}</h3>
              <p className="leading-relaxed">{t.dynamic(hop.explain.key, hop.explain.params)}</p>
            </>
          )}
        </div>
      )}
      <div className="mt-4 flex items-center gap-2">
        <p className="flex-1 text-xs text-slate-600" aria-live="polite">
          {score.asked > 0 && lt('predict.score', score)}
        </p>
        {answered ? (
          <button
            ref={next}
            type="button"
            className={PRIMARY}
            onClick={() => continueAfterReveal(store)}
          >
            {lt('predict.continue')}
          </button>
        ) : (
          <button type="button" className={BUTTON} onClick={() => skipQuestion(store)}>
            {lt('predict.skip')}
          </button>
        )}
      </div>
    </dialog>
  );
}
