/** The inspector: where the active packet is, what was decided and why, its headers and the outcome. */
import { lazy, Suspense } from 'react';
import type { Network, Trace } from '../../sim';
import { useT } from '../useT';
import { HeaderStack } from './HeaderStack';
import { deviceLabel } from './hopText';
import { LinuxSection } from './LinuxSection';

const NetfilterCard = lazy(() => import('./NetfilterCard'));

const outcomeTone: Record<Trace['outcome']['kind'], string> = {
  delivered: 'border-emerald-300 bg-emerald-50 text-emerald-900',
  refused: 'border-red-300 bg-red-50 text-red-900',
  unreachable: 'border-red-300 bg-red-50 text-red-900',
  dropped: 'border-red-300 bg-red-50 text-red-900',
  'failed-to-start': 'border-red-300 bg-red-50 text-red-900',
  impossible: 'border-slate-300 bg-slate-100 text-slate-900',
};

/** The outcome of a trace with its reason. */
export function OutcomeCard({ trace }: { trace: Trace }) {
  const t = useT();
  const o = trace.outcome;
  return (
    <section
      aria-label={t('inspector.outcome')}
      className={`rounded-xl border px-3 py-2 ${outcomeTone[o.kind]}`}
    >
      <h3 className="text-sm font-semibold">
        {t('inspector.outcome')}
        {': '}
        <span data-outcome={o.kind}>{t(`outcome.${o.kind}`)}</span>
      </h3>
      <p className="mt-1 text-sm">{t.dynamic(o.reason.key, o.reason.params)}</p>
    </section>
  );
}

/** The current hop of the active trace, in detail. */
export function Inspector({
  trace,
  index,
  network,
}: {
  trace: Trace;
  index: number;
  network: Network;
}) {
  const t = useT();
  const hop = trace.hops[index];
  const atEnd = index >= trace.hops.length - 1;
  if (!hop) return <OutcomeCard trace={trace} />;
  const where: [string, string][] = [
    [t('inspector.node'), hop.node],
    [t('inspector.netns'), hop.netns],
  ];
  if (hop.device) where.push([t('inspector.device'), deviceLabel(network, hop)]);
  // In the node's root namespace (kubelet, a host process, a hostNetwork workload) it is a process of the node.
  const nodeLevel = hop.netns.startsWith('node:');
  if (hop.container)
    where.push([t(nodeLevel ? 'inspector.process' : 'inspector.container'), hop.container]);
  return (
    <section aria-labelledby="inspector-title" className="space-y-3">
      <div className="flex items-center gap-2">
        <h2 id="inspector-title" className="text-base font-semibold text-slate-900">
          {t('inspector.title')}
        </h2>
        <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
          {t(hop.leg === 'request' ? 'inspector.leg.request' : 'inspector.leg.reply')}
        </span>
      </div>
      <dl
        aria-label={t('inspector.where')}
        className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm"
      >
        {where.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-slate-600">{k}</dt>
            <dd className="font-mono break-all text-slate-900">{v}</dd>
          </div>
        ))}
      </dl>
      <div className="rounded-xl border border-indigo-200 bg-indigo-50 px-3 py-2">
        <h3 className="text-xs font-semibold text-indigo-900">{t('inspector.decided')}</h3>
        <p className="text-sm font-semibold text-slate-900" data-action={hop.action}>
          {t(`action.${hop.action}`)}
        </p>
        <h3 className="mt-1 text-xs font-semibold text-indigo-900">{t('inspector.why')}</h3>
        <p className="text-sm text-slate-900">{t.dynamic(hop.explain.key, hop.explain.params)}</p>
      </div>
      {(hop.netfilter || hop.policy || trace.exchanges) && (
        <Suspense fallback={null}>
          <NetfilterCard trace={trace} hop={hop} />
        </Suspense>
      )}
      {hop.changes.length > 0 && (
        <section aria-labelledby="inspector-changes">
          <h3 id="inspector-changes" className="text-sm font-semibold text-slate-900">
            {t('inspector.changed')}
          </h3>
          <ul className="mt-1 space-y-1 text-sm">
            {hop.changes.map((c) => (
              <li
                key={c.field}
                className="rounded-lg bg-yellow-50 px-2 py-1 ring-1 ring-yellow-300"
              >
                <span className="font-mono font-semibold text-slate-900">
                  {t.value('changedField', c.field)}
                </span>{' '}
                <span className="font-mono text-slate-900">
                  {t('inspector.changeValue', {
                    from: c.from || t('inspector.none'),
                    to: c.to || t('inspector.none'),
                  })}
                </span>
                <span className="block text-slate-700">
                  {t.dynamic(c.cause.key, c.cause.params)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="inspector-headers">
        <h3 id="inspector-headers" className="mb-1 text-sm font-semibold text-slate-900">
          {t('inspector.headers')}
        </h3>
        <HeaderStack headers={hop.headers} changes={hop.changes} arp={hop.arp} />
      </section>
      <LinuxSection network={network} netns={hop.netns} trace={trace} index={index} />
      {atEnd && <OutcomeCard trace={trace} />}
    </section>
  );
}
