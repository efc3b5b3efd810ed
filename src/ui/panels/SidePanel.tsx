/** The side panel: send a packet, then inspect the current hop and the list of hops. */
import { lazy, Suspense, useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { withEnglishRest } from '../../i18n/catalog';
import type { AppState } from '../../store';
import { hopIndexAt, selectActiveTrace, selectNetwork } from '../../store/selectors';
import { useAppStore } from '../storeContext';
import { useT } from '../useT';
import { HopAnnouncer } from './HopAnnouncer';
import { card } from './styles';
import { encodeEndpoint, encodeTarget, withTarget } from './sendForm';
import { SendPanel } from './SendPanel';
import { parseSelection } from './selection';
import { TraceErrorBoundary } from './TraceErrorBoundary';
import { useSendForm } from './useSendForm';

const selectPanel = (s: AppState) => ({
  scenario: s.scenario,
  flows: s.flows,
  activeFlow: s.activeFlow,
  selected: s.selected,
  presenter: s.presenter,
  setActiveFlow: s.setActiveFlow,
  setCursor: s.setCursor,
  setPlaying: s.setPlaying,
});
/** Only the trace area follows the cursor, so the send form does not re-render at every hop. */
const selectCursor = (s: AppState) => s.cursor;

const flowIds = new WeakMap<object, number>();
let nextFlowId = 0;
/** A number that changes whenever the flows array does, to reset the error boundary. */
function flowsKey(flows: object): number {
  let id = flowIds.get(flows);
  if (id === undefined) {
    id = ++nextFlowId;
    flowIds.set(flows, id);
  }
  return id;
}

// They show sim messages from the later English part: each import waits for them too (no blank text).
const TraceDetails = lazy(() => withEnglishRest(import('./TraceDetails')));
const ElementDetails = lazy(() =>
  withEnglishRest(import('./ElementDetails')).then((m) => ({ default: m.ElementDetails })),
);

/** Loads the lazy parts once the browser is idle, so the first Send shows its trace at once. */
function usePreload(): void {
  useEffect(() => {
    const id = setTimeout(() => {
      void import('./TraceDetails');
      void import('./ElementDetails');
    }, 1500);
    return () => clearTimeout(id);
  }, []);
}

/** The trace part: an invitation before the first packet, then the trace cards and the announcer. */
function TraceArea() {
  const t = useT();
  const p = useAppStore(useShallow(selectPanel));
  const cursor = useAppStore(selectCursor);
  const network = useAppStore(selectNetwork);
  const trace = useAppStore(selectActiveTrace);
  const index = trace ? hopIndexAt(trace, cursor) : 0;
  const jump = (i: number) => {
    p.setPlaying(false);
    p.setCursor(i);
  };
  return (
    <>
      {trace ? (
        <Suspense fallback={<p className={`${card} text-sm text-slate-600`}>{t('app.loading')}</p>}>
          <TraceDetails
            trace={trace}
            index={index}
            network={network}
            flows={p.flows}
            activeFlow={p.activeFlow}
            presenter={p.presenter}
            onPick={p.setActiveFlow}
            onJump={jump}
          />
        </Suspense>
      ) : (
        <section className={card} aria-labelledby="empty-title">
          <h2 id="empty-title" className="text-base font-semibold text-slate-900">
            {t('inspector.empty.title')}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t('inspector.empty.body')}</p>
        </section>
      )}
      <HopAnnouncer trace={trace} index={index} network={network} />
    </>
  );
}

/** The panels beside the diagram. */
export function SidePanel() {
  const t = useT();
  const p = useAppStore(useShallow(selectPanel));
  const network = useAppStore(selectNetwork);
  const [form, setForm] = useSendForm(p.scenario);
  usePreload();
  const selection = parseSelection(p.selected);
  return (
    <aside
      aria-label={t('panels.label')}
      className="pnl-side flex min-h-0 w-full shrink-0 flex-col gap-3 overflow-y-auto border-t border-slate-200 bg-slate-50 p-3 md:w-[22rem] md:border-t-0 md:border-l lg:w-[28rem]"
    >
      <div className={card}>
        <SendPanel form={form} setForm={setForm} compact={p.presenter} />
      </div>
      <TraceErrorBoundary
        key={`${flowsKey(p.flows)}-${p.activeFlow}`}
        fallback={(message) => (
          <p role="alert" className={`${card} text-sm text-red-800`}>
            {t('app.error', { message })}
          </p>
        )}
      >
        <TraceArea />
      </TraceErrorBoundary>
      {selection && (
        <Suspense fallback={null}>
          <div className={card}>
            <ElementDetails
              selection={selection}
              network={network}
              onSendFrom={(from) => setForm({ ...form, from: encodeEndpoint(from) })}
              onSendTo={(to) => setForm(withTarget(form, encodeTarget(to), p.scenario.cluster))}
            />
          </div>
        </Suspense>
      )}
    </aside>
  );
}
