/** Details of the selected diagram element: addresses, MTU, routes, bridge ports, sockets, failures. */
import type { Endpoint, Netns, NetnsId, Network, Route, Target } from '../../sim';
import { nodeNetnsId, podNetnsId } from '../../sim';
import { useT } from '../useT';
import type { Selection } from './selection';

/** A route as `ip route` prints it. */
export function formatRoute(network: Network, r: Route): string {
  const dev = network.devices.get(r.dev)?.name ?? r.dev;
  const parts = [r.dst === '0.0.0.0/0' ? 'default' : r.dst];
  if (r.via) parts.push('via', r.via);
  parts.push('dev', dev);
  if (r.scope !== 'global') parts.push('scope', r.scope);
  if (r.src) parts.push('src', r.src);
  if (r.onlink) parts.push('onlink');
  return parts.join(' ');
}

/** What the details panel shows for one selection. */
interface Facts {
  readonly title: string;
  readonly rows: readonly (readonly [string, string])[];
  readonly netns?: Netns;
  readonly ports?: readonly string[];
  readonly from?: Endpoint;
  readonly to?: Target;
  readonly container?: string;
  /** A short explanation of what the element is, for elements that need one. */
  readonly note?: string;
}

const list = 'mt-1 space-y-0.5 font-mono text-xs break-all text-slate-900';
const button =
  'rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600';

/** Details of the selected element, with "send from/to here" where it makes sense. */
export function ElementDetails(props: {
  selection: Selection;
  network: Network;
  onSendFrom: (e: Endpoint) => void;
  onSendTo: (t: Target) => void;
}) {
  const { selection: sel, network } = props;
  const t = useT();
  const facts = factsOf(sel, network, t);
  if (!facts) return <p className="text-sm text-slate-600">{t('details.unknown')}</p>;
  const netns = facts.netns;
  const sockets =
    netns?.sockets.filter((s) => !facts.container || s.container === facts.container) ?? [];
  const failures = network.pods
    .filter((p) => p.netns === netns?.id)
    .flatMap((p) => p.failures)
    .filter((f) => !facts.container || f.container === facts.container);
  return (
    <section aria-labelledby="details-title" className="space-y-3">
      <h2 id="details-title" className="text-base font-semibold text-slate-900">
        {t('details.title')}
        {': '}
        <span className="font-mono">{facts.title}</span>
      </h2>
      {facts.note && <p className="text-sm text-slate-700">{facts.note}</p>}
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
        {facts.rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-slate-600">{k}</dt>
            <dd className="font-mono break-all text-slate-900">{v}</dd>
          </div>
        ))}
      </dl>
      {(facts.from || facts.to) && (
        <div className="flex flex-wrap gap-2">
          {facts.from && (
            <button
              type="button"
              className={button}
              onClick={() => facts.from && props.onSendFrom(facts.from)}
            >
              {t('send.fromHere')}
            </button>
          )}
          {facts.to && (
            <button
              type="button"
              className={button}
              onClick={() => facts.to && props.onSendTo(facts.to)}
            >
              {t('send.toHere')}
            </button>
          )}
        </div>
      )}
      {facts.ports && facts.ports.length > 0 && (
        <Block title={t('details.bridgePorts')} items={facts.ports} />
      )}
      {netns && (
        <Block
          title={t('details.routes')}
          items={netns.routes.map((r) => formatRoute(network, r))}
        />
      )}
      {sockets.length > 0 && (
        <Block
          title={t('details.sockets')}
          items={sockets.map((s) =>
            t('details.socket', { protocol: s.protocol, port: s.port, container: s.container }),
          )}
        />
      )}
      {failures.length > 0 && (
        <Block
          title={t('details.failures')}
          tone="text-red-800"
          items={failures.map((f) =>
            t('details.failure', {
              container: f.container,
              protocol: f.protocol,
              port: f.port,
              heldBy: f.heldBy,
            }),
          )}
        />
      )}
    </section>
  );
}

/** A titled list of lines. */
function Block({ title, items, tone }: { title: string; items: readonly string[]; tone?: string }) {
  return (
    <section aria-label={title}>
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      <ul className={`${list} ${tone ?? ''}`}>
        {items.map((x, i) => (
          <li key={`${i}-${x}`}>{x}</li>
        ))}
      </ul>
    </section>
  );
}

type T = ReturnType<typeof useT>;

/** The facts shown for a selection, or null when the network does not know it. */
function factsOf(sel: Selection, network: Network, t: T): Facts | null {
  const ns = (id: NetnsId) => network.netns.get(id);
  switch (sel.kind) {
    case 'device': {
      const d = network.devices.get(sel.id);
      if (!d) return null;
      const rows: [string, string][] = [];
      if (d.ip) rows.push([t('details.ip'), d.prefix === undefined ? d.ip : `${d.ip}/${d.prefix}`]);
      rows.push([t('details.mac'), d.mac], [t('details.mtu'), String(d.mtu)]);
      const ports = [...network.devices.values()]
        .filter((x) => x.master === d.id)
        .map((x) => x.name);
      return { title: d.name, rows, ports, ...withNetns(ns(d.netns)) };
    }
    case 'sandbox': {
      const p = network.pods.find((x) => x.id === sel.pod);
      if (!p) return null;
      const netns = ns(p.netns) ?? ns(podNetnsId(p.id));
      const host = netns?.kind === 'node';
      return {
        title: t('details.sandboxTitle', { pod: p.id }),
        note: t(host ? 'sim.sandbox.hostNote' : 'sim.sandbox.note'),
        rows: [
          [t('details.netns'), p.netns],
          [t('details.ip'), p.ip],
        ],
        ...withNetns(netns),
      };
    }
    case 'pod':
    case 'container': {
      const p = network.pods.find((x) => x.id === sel.pod);
      if (!p) return null;
      const rows: [string, string][] = [
        [t('details.ip'), p.ip],
        [t('details.mac'), p.mac],
      ];
      const netns = ns(p.netns) ?? ns(podNetnsId(p.id));
      if (sel.kind === 'pod')
        return { title: p.id, rows, to: { kind: 'pod', pod: p.id }, ...withNetns(netns) };
      const c = sel.container;
      return {
        title: `${p.id}/${c}`,
        rows,
        container: c,
        from: { kind: 'container', pod: p.id, container: c },
        to: { kind: 'container', pod: p.id, container: c },
        ...withNetns(netns),
      };
    }
    case 'node':
    case 'kubelet': {
      const n = network.nodes.find((x) => x.name === sel.node);
      if (!n) return null;
      const rows: [string, string][] = [
        [t('details.ip'), n.ip],
        [t('details.podCidr'), n.podCidr],
        [t('details.bridgeIp'), n.bridgeIp],
      ];
      const agent = sel.kind === 'kubelet' ? 'kubelet' : 'host';
      return {
        title: sel.kind === 'kubelet' ? `kubelet@${n.name}` : n.name,
        rows,
        from: { kind: 'node', node: n.name, agent },
        to: { kind: 'node', node: n.name },
        ...withNetns(ns(n.netns) ?? ns(nodeNetnsId(n.name))),
      };
    }
  }
}

/** Spreads a namespace into Facts only when it exists (exactOptionalPropertyTypes). */
function withNetns(netns: Netns | undefined): { netns?: Netns } {
  return netns ? { netns } : {};
}
