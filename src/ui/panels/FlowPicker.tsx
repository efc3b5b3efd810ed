/** When several packets are shown at once: pick the one the inspector and event list follow. */
import { memo, useState } from 'react';
import type { Endpoint, PacketRequest, Target } from '../../sim';
import { flowColor } from '../controls/flowColors';
import { useT } from '../useT';

/** A short name of a source. */
function fromName(e: Endpoint): string {
  if (e.kind === 'external') return 'client';
  return e.kind === 'container' ? `${e.pod}/${e.container}` : `${e.agent}@${e.node}`;
}

/** A short name of a target. */
function toName(x: Target): string {
  switch (x.kind) {
    case 'localhost':
      return 'localhost';
    case 'ip':
      return x.ip;
    case 'pod':
      return x.pod;
    case 'container':
      return `${x.pod}/${x.container}`;
    case 'node':
      return x.node;
    case 'service':
      return x.service;
    case 'nodeport':
      return `${x.node}/${x.service}`;
    case 'name':
      return x.name;
    case 'internet':
      return 'internet';
  }
}

/** One line summary of a request, e.g. "default/web/nginx → default/api:8080 TCP". */
export function requestSummary(r: PacketRequest, t: ReturnType<typeof useT>): string {
  const to =
    r.port === undefined || r.protocol === 'ICMP' || r.protocol === 'SHM'
      ? toName(r.to)
      : `${toName(r.to)}:${r.port}`;
  const protocol =
    r.size === undefined ? r.protocol : t('flows.sized', { protocol: r.protocol, size: r.size });
  return t('flows.summary', { from: fromName(r.from), to, protocol });
}

/** How many packets the list shows before offering the rest. */
export const FLOWS_LISTED = 8;

/** The indexes listed: the first FLOWS_LISTED, plus the active one when it lies beyond. */
export function listedFlows(count: number, active: number, all: boolean): readonly number[] {
  const n = all ? count : Math.min(count, FLOWS_LISTED);
  const out = Array.from({ length: n }, (_, i) => i);
  if (active >= n && active < count) out.push(active);
  return out;
}

/** Buttons choosing the active flow, each with its animation colour; long lists show the first few and a "show more" button. */
export const FlowPicker = memo(function FlowPicker(props: {
  flows: readonly PacketRequest[];
  active: number;
  onPick: (i: number) => void;
}) {
  const t = useT();
  const [all, setAll] = useState(false);
  const listed = listedFlows(props.flows.length, props.active, all);
  const hidden = props.flows.length - listed.length;
  return (
    <section aria-labelledby="flows-title">
      <h2 id="flows-title" className="mb-1 text-sm font-semibold text-slate-900">
        {t('flows.label')}
      </h2>
      <ul className={`space-y-1 ${all ? 'max-h-72 overflow-y-auto' : ''}`}>
        {listed.map((i) => {
          const r = props.flows[i];
          if (!r) return null;
          return (
            <li key={i}>
              <button
                type="button"
                aria-pressed={i === props.active}
                onClick={() => props.onPick(i)}
                className={`flex w-full items-center gap-2 rounded-lg px-2 py-1 text-left text-xs text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 ${i === props.active ? 'bg-indigo-50 ring-1 ring-indigo-300' : 'hover:bg-slate-50'}`}
              >
                <span
                  aria-hidden="true"
                  className="h-3 w-3 shrink-0 rounded-full"
                  style={{ background: flowColor(i) }}
                />
                <span className="font-mono break-all">
                  {t('flows.item', { n: i + 1, summary: requestSummary(r, t) })}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {hidden > 0 && (
        <button
          type="button"
          onClick={() => setAll(true)}
          className="mt-1 rounded-lg px-2 py-1 text-xs font-medium text-indigo-700 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600"
        >
          {t('flows.more', { count: hidden })}
        </button>
      )}
    </section>
  );
});
