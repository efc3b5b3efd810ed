/** The side panel: send a packet, then inspect the current hop and the list of hops (tabs when the app is stacked). */
import { lazy, Suspense, useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { withEnglishRest } from '../../i18n/catalog';
import type { Network } from '../../sim';
import type { AppState } from '../../store';
import { hopIndexAt, selectActiveTrace, selectNetwork } from '../../store/selectors';
import { loadTracer } from '../../store/tracer';
import { useAppStore } from '../storeContext';
import { useT } from '../useT';
import { HopAnnouncer } from './HopAnnouncer';
import { card } from './styles';
import { encodeEndpoint, encodeTarget, withTarget } from './sendForm';
import { SendPanel } from './SendPanel';
import { parseSelection } from './selection';
import { TraceErrorBoundary } from './TraceErrorBoundary';
import { useSendForm } from './useSendForm';
import { onFirstInput } from '../firstInput';

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
const selectCniOn = (s: AppState) => s.cniPlay !== null;

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
// Stacked (phones, upright tablets), the panels become tabs: that code loads only there.
const StackedPanels = lazy(() => import('../shell/StackedPanels'));
// A pod's creation or deletion (CNI) takes the trace area while it is shown; a node's details add its IPAM state.
const CniPanel = lazy(() => withEnglishRest(import('../cni/CniPanel')));
const IpamCard = lazy(() => withEnglishRest(import('../cni/IpamCard')));
const ElementDetails = lazy(() =>
  withEnglishRest(import('./ElementDetails')).then((m) => ({ default: m.ElementDetails })),
);

/** A node's pod range, for its IPAM card. */
const nodeCidr = (network: Network, node: string) =>
  network.nodes.find((n) => n.name === node)?.podCidr ?? '';

/** Loads the tracer and the lazy parts on the learner's first input, so the first Send shows its trace at once. */
function usePreload(): void {
  useEffect(
    () =>
      onFirstInput(() => {
        void loadTracer();
        void import('./TraceDetails');
        void import('./ElementDetails');
        void import('./PacketSizeField');
      }),
    [],
  );
}

/** Which trace cards a TraceArea shows: all (beside the diagram), one tab's part, or only the announcer. */
type TracePart = 'all' | 'inspector' | 'events' | 'announcer';

/** The trace part: an invitation before the first packet, then the trace cards; the announcer where asked. */
function TraceArea({ part }: { part: TracePart }) {
  const t = useT();
  const p = useAppStore(useShallow(selectPanel));
  const cursor = useAppStore(selectCursor);
  const network = useAppStore(selectNetwork);
  const trace = useAppStore(selectActiveTrace);
  const cni = useAppStore(selectCniOn);
  const index = trace ? hopIndexAt(trace, cursor) : 0;
  const jump = (i: number) => {
    p.setPlaying(false);
    p.setCursor(i);
  };
  const announcer = <HopAnnouncer trace={trace} index={index} network={network} />;
  if (cni)
    return (
      <Suspense fallback={null}>
        <CniPanel part={part} />
      </Suspense>
    );
  if (part === 'announcer') return announcer;
  let cards;
  if (trace)
    cards = (
      <Suspense fallback={<p className={`${card} text-sm text-slate-600`}>{t('app.loading')}</p>}>
        <TraceDetails
          {...(part === 'all' ? {} : { part })}
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
    );
  else if (part === 'events')
    cards = <p className={`${card} text-sm text-slate-700`}>{t('events.empty')}</p>;
  else
    cards = (
      <section className={card} aria-labelledby="empty-title">
        <h2 id="empty-title" className="text-base font-semibold text-slate-900">
          {t('inspector.empty.title')}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t('inspector.empty.body')}</p>
      </section>
    );
  return (
    <>
      {cards}
      {part === 'all' && announcer}
    </>
  );
}

/** The panels beside the diagram, or under it as tabs when the app is stacked (phones, upright tablets). */
export function SidePanel({ stacked = false }: { stacked?: boolean }) {
  const t = useT();
  const p = useAppStore(useShallow(selectPanel));
  const network = useAppStore(selectNetwork);
  const [form, setForm] = useSendForm(p.scenario);
  usePreload();
  const selection = parseSelection(p.selected);
  const traceArea = (part: TracePart) => (
    <TraceErrorBoundary
      key={`${flowsKey(p.flows)}-${p.activeFlow}`}
      fallback={(message) =>
        part === 'announcer' ? null : (
          <p role="alert" className={`${card} text-sm text-red-800`}>
            {t('app.error', { message })}
          </p>
        )
      }
    >
      <TraceArea part={part} />
    </TraceErrorBoundary>
  );
  const send = (
    <div className={card}>
      <SendPanel form={form} setForm={setForm} compact={p.presenter} />
    </div>
  );
  const details = selection && (
    <Suspense fallback={null}>
      <div className={card}>
        <ElementDetails
          selection={selection}
          network={network}
          onSendFrom={(from) => setForm({ ...form, from: encodeEndpoint(from) })}
          onSendTo={(to) => setForm(withTarget(form, encodeTarget(to), p.scenario.cluster))}
        />
        {selection.kind === 'node' && (
          <IpamCard node={selection.node} podCidr={nodeCidr(network, selection.node)} />
        )}
      </div>
    </Suspense>
  );
  if (stacked)
    return (
      <Suspense fallback={null}>
        <StackedPanels
          send={send}
          trace={traceArea}
          details={details}
          flows={p.flows}
          selected={selection ? p.selected : null}
        />
      </Suspense>
    );
  return (
    <aside
      aria-label={t('panels.label')}
      className="pnl-side flex min-h-0 w-[22rem] shrink-0 flex-col gap-3 overflow-y-auto border-l border-slate-200 bg-slate-50 p-3 lg:w-[28rem]"
    >
      {send}
      {traceArea('all')}
      {details}
    </aside>
  );
}
