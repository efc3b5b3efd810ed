/** What netfilter and NetworkPolicy did at a hop: the chains walked, the endpoint picked, the conntrack entry, the policy decision (lazy-loaded). */
import type { Hop, Trace } from '../../sim';
import { useT } from '../useT';

/** The exchange a hop belongs to, when a trace has several (DNS lookups, the connection, an Ingress's upstream). */
function ExchangeLine({ trace, hop }: { trace: Trace; hop: Hop }) {
  const t = useT();
  const all = trace.exchanges;
  const x = hop.exchange !== undefined ? all?.[hop.exchange] : undefined;
  if (!all || !x || hop.exchange === undefined) return null;
  return (
    <p className="rounded-lg bg-slate-100 px-2 py-1 text-sm text-slate-800" data-exchange={x.kind}>
      {t('inspector.nf.exchange', { n: hop.exchange + 1, count: all.length })}{' '}
      {t.dynamic(x.explain.key, x.explain.params)}
    </p>
  );
}

/** The netfilter and policy details of one hop; nothing when neither acted there. */
export default function NetfilterCard({ trace, hop }: { trace: Trace; hop: Hop }) {
  const t = useT();
  const nf = hop.netfilter;
  const policy = hop.policy;
  if (!nf && !policy) return <ExchangeLine trace={trace} hop={hop} />;
  return (
    <>
      <ExchangeLine trace={trace} hop={hop} />
      {nf && (
        <section
          aria-labelledby="inspector-netfilter"
          className="rounded-xl border border-amber-300 bg-amber-50 px-3 py-2"
        >
          <h3 id="inspector-netfilter" className="text-sm font-semibold text-amber-950">
            {t('inspector.nf.title', { table: nf.table, hook: nf.hook })}
          </h3>
          {nf.rules.length > 0 && (
            <ol className="mt-1 space-y-0.5" aria-label={t('inspector.nf.rules')}>
              {nf.rules.map((r, i) => (
                <li key={i} className="font-mono text-xs break-all text-slate-900">
                  {r.rule}
                </li>
              ))}
            </ol>
          )}
          {nf.endpoint && (
            <p className="mt-1 text-sm text-slate-900">
              {t(nf.endpoint.pinned ? 'inspector.nf.endpointPinned' : 'inspector.nf.endpoint', {
                n: nf.endpoint.index + 1,
                count: nf.endpoint.count,
              })}
            </p>
          )}
          {nf.conntrack && (
            <div className="mt-1">
              <h4 className="text-xs font-semibold text-amber-950">
                {t('inspector.nf.conntrack')}
              </h4>
              <pre className="overflow-x-auto font-mono text-xs whitespace-pre-wrap break-all text-slate-900">
                {nf.conntrack.text}
              </pre>
            </div>
          )}
        </section>
      )}
      {policy && (
        <section
          aria-labelledby="inspector-policy"
          className={`rounded-xl border px-3 py-2 ${policy.allowed ? 'border-emerald-300 bg-emerald-50' : 'border-red-300 bg-red-50'}`}
        >
          <h3 id="inspector-policy" className="text-sm font-semibold text-slate-900">
            {t(policy.allowed ? 'inspector.nf.policyAllowed' : 'inspector.nf.policyDenied', {
              direction: t(`inspector.nf.${policy.direction}`),
              pod: policy.pod,
            })}
          </h3>
          <p className="text-sm text-slate-900">
            {t.dynamic(policy.explain.key, policy.explain.params)}
          </p>
          {policy.policies.length > 0 && (
            <p className="mt-1 font-mono text-xs text-slate-800">{policy.policies.join(', ')}</p>
          )}
        </section>
      )}
    </>
  );
}
