/** The side panel: send a packet, then inspect the current hop and the list of hops. */
import { useShallow } from 'zustand/react/shallow';
import type { AppState } from '../../store';
import { hopIndexAt, selectActiveTrace, selectNetwork } from '../../store/selectors';
import { useAppStore } from '../storeContext';
import { useT } from '../useT';
import { ElementDetails } from './ElementDetails';
import { EventList } from './EventList';
import { FlowPicker } from './FlowPicker';
import { HopAnnouncer } from './HopAnnouncer';
import { Inspector } from './Inspector';
import { encodeEndpoint, encodeTarget, withTarget } from './sendForm';
import { SendPanel } from './SendPanel';
import { parseSelection } from './selection';
import { TraceErrorBoundary } from './TraceErrorBoundary';
import { useSendForm } from './useSendForm';

const selectPanel = (s: AppState) => ({
  scenario: s.scenario,
  flows: s.flows,
  activeFlow: s.activeFlow,
  cursor: s.cursor,
  selected: s.selected,
  presenter: s.presenter,
  setActiveFlow: s.setActiveFlow,
  setCursor: s.setCursor,
  setPlaying: s.setPlaying,
});

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

const card = 'rounded-2xl border border-slate-200 bg-white p-4 shadow-sm';

/** The trace part: flow picker, inspector, event list and the live announcer. */
function TraceArea() {
  const t = useT();
  const p = useAppStore(useShallow(selectPanel));
  const network = useAppStore(selectNetwork);
  const trace = useAppStore(selectActiveTrace);
  if (!trace) {
    return (
      <>
        <section className={card} aria-labelledby="empty-title">
          <h2 id="empty-title" className="text-base font-semibold text-slate-900">
            {t('inspector.empty.title')}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t('inspector.empty.body')}</p>
        </section>
        <HopAnnouncer trace={null} index={0} network={network} />
      </>
    );
  }
  const index = hopIndexAt(trace, p.cursor);
  const jump = (i: number) => {
    p.setPlaying(false);
    p.setCursor(i);
  };
  return (
    <>
      {p.flows.length > 1 && (
        <div className={card}>
          <FlowPicker flows={p.flows} active={p.activeFlow} onPick={p.setActiveFlow} />
        </div>
      )}
      <div className={card}>
        <Inspector trace={trace} index={index} network={network} />
      </div>
      <div className={card}>
        <EventList
          trace={trace}
          index={index}
          network={network}
          onJump={jump}
          compact={p.presenter}
        />
      </div>
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
        <div className={card}>
          <ElementDetails
            selection={selection}
            network={network}
            onSendFrom={(from) => setForm({ ...form, from: encodeEndpoint(from) })}
            onSendTo={(to) => setForm(withTarget(form, encodeTarget(to), p.scenario.cluster))}
          />
        </div>
      )}
    </aside>
  );
}
