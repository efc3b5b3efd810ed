/** The send form: pick a source, a target, a protocol and a port, then send (one click by default). */
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Endpoint, Network, PodId, Target } from '../../sim';
import type { AppState } from '../../store';
import { selectNetwork } from '../../store/selectors';
import { useAppStore } from '../storeContext';
import { useT } from '../useT';
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

type T = ReturnType<typeof useT>;

const selectScenario = (s: AppState) => s.scenario;
const selectSend = (s: AppState) => s.sendPacket;
const selectSetFlows = (s: AppState) => s.setFlows;

const field =
  'w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 disabled:bg-slate-100 disabled:text-slate-500';
const label = 'mb-1 block text-xs font-medium text-slate-700';

/** The label of a source option. */
function sourceLabel(t: T, e: Endpoint): string {
  return e.kind === 'container'
    ? t('send.fromContainer', { container: e.container, pod: e.pod })
    : t('send.fromAgent', { agent: t(`send.agent.${e.agent}`), node: e.node });
}

/** Pod and node addresses by id and name, built once per network. */
interface Addresses {
  /** Pod id → its IP. */
  readonly pods: ReadonlyMap<string, string>;
  /** Node name → its eth0 IP. */
  readonly nodes: ReadonlyMap<string, string>;
}

/** Indexes a network's addresses for the option labels. */
function addressesOf(net: Network): Addresses {
  return {
    pods: new Map(net.pods.map((p) => [p.id, p.ip])),
    nodes: new Map(net.nodes.map((n) => [n.name, n.ip])),
  };
}

/** The label of a target option. */
function targetLabel(t: T, x: Target, at: Addresses): string {
  switch (x.kind) {
    case 'localhost':
      return t('send.toLocalhost');
    case 'ip':
      return t('send.toIp');
    case 'pod':
      return t('send.toPod', { pod: x.pod, ip: at.pods.get(x.pod) ?? '' });
    case 'container':
      return t('send.toContainer', { container: x.container, pod: x.pod as PodId });
    case 'node':
      return t('send.toNode', { node: x.node, ip: at.nodes.get(x.node) ?? '' });
  }
}

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
    !result.ok && (attempted || (form.to === 'ip' && form.ip !== '')) ? result.error : null;
  const ipError = error === 'send.error.ip' && form.to === 'ip';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempted(true);
    if (result.ok) sendPacket(result.req);
  };
  const all = useMemo(
    () => allTraffic(scenario.cluster, scenario.packets),
    [scenario.cluster, scenario.packets],
  );
  // Option lists are built once per cluster and language: a thousand pods make thousands of options.
  const sourceOptions = useMemo(
    () =>
      sources(scenario.cluster).map((s) => (
        <option key={encodeEndpoint(s)} value={encodeEndpoint(s)}>
          {sourceLabel(t, s)}
        </option>
      )),
    [scenario.cluster, t],
  );
  const targetOptions = useMemo(() => {
    const at = addressesOf(network);
    return [...targets(scenario.cluster), { kind: 'ip', ip: '' } as const].map((x) => (
      <option key={encodeTarget(x)} value={encodeTarget(x)}>
        {targetLabel(t, x, at)}
      </option>
    ));
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
      {form.to === 'ip' && (
        <div>
          <label htmlFor={`${id}-ip`} className={label}>
            {t('send.ip')}
          </label>
          <input
            id={`${id}-ip`}
            className={`${field} font-mono ${ipError ? 'border-red-600' : ''}`}
            value={form.ip}
            placeholder={t('send.ipPlaceholder')}
            inputMode="decimal"
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
        onClick={() => setFlows(all)}
        className="rounded-xl border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:opacity-50"
      >
        {t('send.playAll')}
      </button>
    </div>
  );

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`} className="space-y-3" noValidate>
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {t('send.title')}
      </h2>
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
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {t(error)}
        </p>
      )}
    </form>
  );
}
