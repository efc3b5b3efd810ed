/** Every step of a CNI trace as a list; a step's button jumps there, the current one marked. */
import type { CniStep } from '../../sim';
import { useT } from '../useT';

/** The steps, numbered, with who takes each. */
export function CniStepList(props: {
  trace: readonly CniStep[];
  index: number;
  onJump: (i: number) => void;
}) {
  const t = useT();
  return (
    <section aria-labelledby="cni-steps-title">
      <h3 id="cni-steps-title" className="mb-1 text-sm font-semibold text-slate-900">
        {t('cni.steps')}
      </h3>
      <ol className="max-h-72 space-y-0.5 overflow-auto rounded-xl border border-slate-200 p-1 text-sm">
        {props.trace.map((s, i) => (
          <li key={i}>
            <button
              type="button"
              aria-current={i === props.index ? 'step' : undefined}
              onClick={() => props.onJump(i)}
              className={`flex w-full gap-2 rounded-lg px-2 py-1 text-left focus-visible:outline-2 focus-visible:outline-indigo-600 ${i === props.index ? 'bg-indigo-100 font-semibold text-indigo-950' : 'text-slate-800 hover:bg-slate-100'}`}
            >
              <span className="w-5 shrink-0 text-right tabular-nums">{i + 1}</span>
              <span className="flex-1">{t(`cni.step.${s.kind}`)}</span>
              <span className="shrink-0 text-xs text-slate-600">{t(`cni.actor.${s.actor}`)}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
