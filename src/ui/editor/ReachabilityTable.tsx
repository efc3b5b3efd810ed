/** "Who can reach whom": the NetworkPolicy verdict for every pod against every listening port, as a table (lazy-loaded). */
import { useMemo } from 'react';
import { reachability, type ClusterSpec } from '../../sim';
import { useT } from '../useT';

/** Most rows and columns drawn; a bigger cluster shows its first ones and says so. */
const MAX = 24;

/** The table for a cluster. */
export default function ReachabilityTable({ cluster }: { readonly cluster: ClusterSpec }) {
  const t = useT();
  const m = useMemo(() => reachability(cluster), [cluster]);
  if (m.rows.length === 0 || m.columns.length === 0)
    return <p className="text-sm text-slate-600">{t('editor.k8s.reach.empty')}</p>;
  const rows = m.rows.slice(0, MAX);
  const cols = m.columns.slice(0, MAX);
  return (
    <div className="overflow-x-auto">
      <table className="border-collapse text-xs">
        <caption className="mb-1 text-left text-xs text-slate-600">
          {t('editor.k8s.reach.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="p-1 text-left font-medium text-slate-700">
              {t('editor.k8s.reach.from')}
            </th>
            {cols.map((c) => (
              <th
                key={`${c.pod}:${c.port}/${c.protocol}`}
                scope="col"
                className="p-1 text-left font-mono font-medium text-slate-700"
              >
                {t('editor.k8s.reach.column', { pod: c.pod, port: c.port, protocol: c.protocol })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r} className="border-t border-slate-200">
              <th scope="row" className="p-1 text-left font-mono font-medium text-slate-800">
                {r}
              </th>
              {cols.map((_c, j) => {
                const cell = m.cells[i]?.[j];
                if (!cell) return <td key={j} />;
                const key = cell.allowed
                  ? 'editor.k8s.reach.allowed'
                  : cell.enforced
                    ? 'editor.k8s.reach.denied'
                    : 'editor.k8s.reach.notEnforced';
                const tone = cell.allowed
                  ? 'bg-emerald-50 text-emerald-900'
                  : cell.enforced
                    ? 'bg-red-50 text-red-900'
                    : 'bg-amber-50 text-amber-950';
                return (
                  <td
                    key={j}
                    className={`p-1 ${tone}`}
                    title={cell.decidedBy.join(', ') || t('editor.k8s.reach.noPolicy')}
                  >
                    {t(key)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {(m.rows.length > MAX || m.columns.length > MAX) && (
        <p className="mt-1 text-xs text-slate-600">
          {t('editor.k8s.reach.cut', { rows: m.rows.length, columns: m.columns.length, max: MAX })}
        </p>
      )}
    </div>
  );
}
