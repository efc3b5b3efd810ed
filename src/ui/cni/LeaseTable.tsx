/** host-local's leases on a node: which address each container ID holds, and last_reserved_ip. */
import type { NodeCniState } from '../../sim';
import { useT } from '../useT';

/** A container ID as `crictl pods` shortens it. */
const short = (id: string) => `${id.slice(0, 13)}…`;

/** The leases as a table, container IDs shortened (the full ID is the cell's title). */
export function LeaseTable({ node, label }: { node: NodeCniState; label: string }) {
  const t = useT();
  return (
    <div className="space-y-1">
      {node.leases.length === 0 ? (
        <p className="text-sm text-slate-700">{t('cni.ipam.none')}</p>
      ) : (
        <table aria-label={label} className="w-full border-collapse text-left text-xs">
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th className="px-2 py-1 font-medium">{t('cni.ipam.ip')}</th>
              <th className="px-2 py-1 font-medium">{t('cni.ipam.container')}</th>
              <th className="px-2 py-1 font-medium">{t('cni.ipam.pod')}</th>
            </tr>
          </thead>
          <tbody className="font-mono text-slate-900">
            {node.leases.map((l) => (
              <tr key={l.ip} className="border-t border-slate-200">
                <td className="px-2 py-1">{l.ip}</td>
                <td className="px-2 py-1" title={l.containerId}>
                  {short(l.containerId)}
                </td>
                <td className="px-2 py-1 break-all">{l.pod}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="text-xs text-slate-700">
        <span className="font-mono">{t('cni.ipam.last')}</span>
        {': '}
        <span className="font-mono text-slate-900">{node.lastReserved ?? '—'}</span>
      </p>
    </div>
  );
}
