/** The side panel while a CNI trace plays: the pod, the current step in detail, every step, and a spoken step line. */
import { useShallow } from 'zustand/react/shallow';
import type { AppState } from '../../store';
import { closeCniPlay } from '../../store/cni/cniControl';
import { card } from '../panels/styles';
import { useAppStore, useStoreApi } from '../storeContext';
import { useT } from '../useT';
import { CniStepDetail } from './CniStepDetail';
import { CniStepList } from './CniStepList';

const selectCni = (s: AppState) => ({ play: s.cniPlay, cursor: s.cursor });

/** Which part a stacked layout's tab shows (as the packet trace area has them). */
export type CniPart = 'all' | 'inspector' | 'events' | 'announcer';

/** The CNI trace cards for a part of the side panel. */
export default function CniPanel({ part = 'all' }: { part?: CniPart }) {
  const t = useT();
  const store = useStoreApi();
  const { play, cursor } = useAppStore(useShallow(selectCni));
  if (!play) return null;
  const index = Math.min(cursor, play.trace.length - 1);
  const step = play.trace[index];
  const announcer = (
    <p className="sr-only" aria-live="polite">
      {step &&
        t('cni.announce', { k: index + 1, n: play.trace.length, step: t(`cni.step.${step.kind}`) })}
    </p>
  );
  if (part === 'announcer') return announcer;
  const jump = (i: number) => {
    store.getState().setPlaying(false);
    store.getState().setCursor(i);
  };
  const list = <CniStepList trace={play.trace} index={index} onJump={jump} />;
  if (part === 'events') return <div className={card}>{list}</div>;
  return (
    <>
      <section aria-labelledby="cni-title" className={`${card} space-y-3`} data-testid="cni-panel">
        <div className="flex flex-wrap items-start gap-2">
          <div className="min-w-0 flex-1">
            <h2 id="cni-title" className="text-base font-semibold text-slate-900">
              {t(`cni.title.${play.command}`)}
            </h2>
            <p className="text-sm break-all text-slate-700">
              {t('cni.pod', { pod: `${play.pod.namespace}/${play.pod.name}`, node: play.pod.node })}
            </p>
          </div>
          <button
            type="button"
            onClick={() => closeCniPlay(store)}
            className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
          >
            {t('cni.close')}
          </button>
        </div>
        <CniStepDetail play={play} index={index} />
        {part === 'all' && list}
      </section>
      {part === 'all' && announcer}
    </>
  );
}
