/** The send form: pick a source, a target, a protocol and a port, then send (one click by default). */
import { Fragment, lazy, Suspense, useId, useMemo, useState, type FormEvent } from 'react';
import type { AppState } from '../../store';
import { selectNetwork } from '../../store/selectors';
import { focusPlayback, SEND_FORM_ID } from '../controls/focusTargets';
import { useAppStore } from '../storeContext';
import { useT } from '../useT';
import { takesSize } from './packetSize';
import { addressesOf, field, label, resetText, sourceLabel, targetLabel } from './sendParts';
import {
  allTraffic,
  encodeEndpoint,
  encodeTarget,
  needsPort,
  PROTOCOLS,
  requestFromForm,
  sources,
  targets,
  withTarget,
  type SendForm,
} from './sendForm';

// Only pings take a size: the field loads when ICMP is chosen (or on the first input, see SidePanel).
const PacketSizeField = lazy(() =>
  import('./PacketSizeField').then((m) => ({ default: m.PacketSizeField })),
);

const selectScenario = (s: AppState) => s.scenario;
const selectSend = (s: AppState) => s.sendPacket;
const selectSetFlows = (s: AppState) => s.setFlows;
/** A key per cluster object (the same cluster keeps its key). */
const buildKeys = new WeakMap<object, string>();
/** The key of a cluster's option lists. */
function buildKey(cluster: object): string {
  let k = buildKeys.get(cluster);
  if (k === undefined) buildKeys.set(cluster, (k = String(++builds)));
  return k;
}
let builds = 0;
/** Whether a target option takes typed text: an address or a DNS name. */
const takesText = (to: string) => to === 'ip' || to === 'name';

/** The send panel (form state lives with the side panel); compact puts Send first, fields folded. */
export function SendPanel(props: {
  form: SendForm;
  setForm: (f: SendForm) => void;
  compact: boolean;
}) {
  const { form, setForm, compact } = props;
  const t = useT();
  const id = useId();
  const scenario = useAppStore(selectScenario);
  const network = useAppStore(selectNetwork);
  const sendPacket = useAppStore(selectSend);
  const setFlows = useAppStore(selectSetFlows);
  const [attempted, setAttempted] = useState(false);
  const result = requestFromForm(form);
  const error =
    !result.ok && (attempted || (takesText(form.to) && form.ip !== '')) ? result.error : null;
  const ipError =
    (error === 'send.error.ip' && form.to === 'ip') ||
    (error === 'send.error.name' && form.to === 'name');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempted(true);
    if (!result.ok) return;
    sendPacket(result.req);
    // Once rendered (the play/pause button is then enabled), focus leaves Send: Space pauses this packet.
    setTimeout(focusPlayback);
  };
  const all = useMemo(
    () => allTraffic(scenario.cluster, scenario.packets),
    [scenario.cluster, scenario.packets],
  );
  // Option lists are built once per cluster and language: a thousand pods make thousands of options.
  // Each list sits in a fragment keyed per build, so a new cluster's options mount in one insertion
  // (option by option, React searched the following siblings each time: quadratic at 5,000 pods).
  const sourceOptions = useMemo(
    () => (
      <Fragment key={buildKey(scenario.cluster)}>
        {sources(scenario.cluster).map((s) => (
          <option key={encodeEndpoint(s)} value={encodeEndpoint(s)}>
            {sourceLabel(t, s)}
          </option>
        ))}
      </Fragment>
    ),
    [scenario.cluster, t],
  );
  const targetOptions = useMemo(() => {
    const at = addressesOf(network);
    const typedKinds = [
      { kind: 'ip', ip: '' },
      { kind: 'name', name: '' },
    ] as const;
    return (
      <Fragment key={buildKey(scenario.cluster)}>
        {[...targets(scenario.cluster), ...typedKinds].map((x) => (
          <option key={encodeTarget(x)} value={encodeTarget(x)}>
            {targetLabel(t, x, at)}
          </option>
        ))}
      </Fragment>
    );
  }, [scenario.cluster, network, t]);

  const fields = (
    <>
      <div>
        <label htmlFor={`${id}-from`} className={label}>
          {t('send.from')}
        </label>
        <select
          id={`${id}-from`}
          className={field}
          value={form.from}
          onChange={(e) => setForm({ ...form, from: e.target.value })}
        >
          {sourceOptions}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-to`} className={label}>
          {t('send.to')}
        </label>
        <select
          id={`${id}-to`}
          className={field}
          value={form.to}
          onChange={(e) => setForm(withTarget(form, e.target.value, scenario.cluster))}
        >
          {targetOptions}
        </select>
      </div>
      {takesText(form.to) && (
        <div>
          <label htmlFor={`${id}-ip`} className={label}>
            {t(form.to === 'name' ? 'send.name' : 'send.ip')}
          </label>
          <input
            id={`${id}-ip`}
            className={`${field} font-mono ${ipError ? 'border-red-600' : ''}`}
            value={form.ip}
            placeholder={t(form.to === 'name' ? 'send.namePlaceholder' : 'send.ipPlaceholder')}
            inputMode={form.to === 'name' ? 'url' : 'decimal'}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={ipError}
            aria-describedby={ipError ? `${id}-error` : undefined}
            onChange={(e) => setForm({ ...form, ip: e.target.value })}
          />
        </div>
      )}
      <div className="flex gap-2">
        <div className="flex-1">
          <label htmlFor={`${id}-proto`} className={label}>
            {t('send.protocol')}
          </label>
          <select
            id={`${id}-proto`}
            className={field}
            value={form.protocol}
            onChange={(e) => {
              const protocol = PROTOCOLS.find((p) => p === e.target.value) ?? 'TCP';
              setForm({ ...form, protocol });
            }}
          >
            {PROTOCOLS.map((p) => (
              <option key={p} value={p}>
                {t(`send.proto.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="w-24">
          <label htmlFor={`${id}-port`} className={label}>
            {t('send.port')}
          </label>
          <input
            id={`${id}-port`}
            className={`${field} font-mono`}
            value={needsPort(form.protocol) ? form.port : ''}
            inputMode="numeric"
            autoComplete="off"
            disabled={!needsPort(form.protocol)}
            aria-invalid={error === 'send.error.port'}
            aria-describedby={error === 'send.error.port' ? `${id}-error` : undefined}
            onChange={(e) => setForm({ ...form, port: e.target.value })}
          />
        </div>
      </div>
      {takesSize(form.protocol) && (
        <Suspense fallback={null}>
          <PacketSizeField
            id={`${id}-size`}
            value={form.size ?? ''}
            attempted={attempted}
            onChange={(size) => setForm({ ...form, size })}
          />
        </Suspense>
      )}
    </>
  );
  const actions = (
    <div className="flex flex-wrap gap-2">
      <button
        type="submit"
        className="rounded-xl bg-indigo-600 px-5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        {t('send.submit')}
      </button>
      <button
        type="button"
        disabled={all.length === 0}
        title={t('send.playAllHint')}
        onClick={() => {
          setFlows(all);
          setTimeout(focusPlayback);
        }}
        className="rounded-xl border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:opacity-50"
      >
        {t('send.playAll')}
      </button>
    </div>
  );

  return (
    <form
      id={SEND_FORM_ID}
      tabIndex={-1}
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      className="space-y-3 rounded-lg focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-indigo-600"
      noValidate
    >
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {t('send.title')}
      </h2>
      {/* Said politely when a new scenario lacks the chosen sender or target; empty otherwise. */}
      <p role="status" className={form.reset ? 'text-sm text-amber-900' : 'sr-only'}>
        {form.reset?.map((r) => resetText(t, r)).join(' ')}
      </p>
      {compact ? (
        <>
          {actions}
          <details>
            <summary className="cursor-pointer text-sm font-medium text-slate-800 focus-visible:outline-2 focus-visible:outline-indigo-600">
              {t('send.edit')}
            </summary>
            <div className="mt-2 space-y-3">{fields}</div>
          </details>
        </>
      ) : (
        <>
          {fields}
          {actions}
        </>
      )}
      {error && error !== 'send.error.size' && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {t(error)}
        </p>
      )}
    </form>
  );
}
