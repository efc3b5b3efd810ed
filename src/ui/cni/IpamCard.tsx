/** A node's host-local state in its details: the range, which address each container ID holds, and the files host-local writes. */
import { useEffect } from 'react';
import type { AppState } from '../../store';
import { startCni } from '../../store/cni/cniControl';
import { hostLocalRange, leaseFiles } from '../../sim/cni/hostLocal';
import { useAppStore, useStoreApi } from '../storeContext';
import { useT } from '../useT';
import { LeaseTable } from './LeaseTable';

const FILES_DIR = '/var/lib/cni/networks/cbr0';
/** The path of a file host-local keeps. */
const filePath = (name: string) => `${FILES_DIR}/${name}`;

/** The IPAM card of one node; loads the CNI state the first time it is shown. */
export default function IpamCard({ node, podCidr }: { node: string; podCidr: string }) {
  const t = useT();
  const store = useStoreApi();
  const state = useAppStore((s: AppState) => s.cniState?.[node] ?? null);
  const loaded = useAppStore((s: AppState) => s.cniState !== null);
  useEffect(() => {
    void startCni(store);
  }, [store]);
  const title = t('cni.ipam.title', { node });
  if (!loaded) return <p className="text-sm text-slate-600">{t('cni.ipam.loading')}</p>;
  if (!state) return null;
  const files = Object.entries(leaseFiles(state));
  return (
    <section aria-label={title} className="space-y-2" data-testid="ipam">
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      <p className="text-xs text-slate-700">
        {t('cni.ipam.range')}
        {': '}
        <span className="font-mono text-slate-900">{hostLocalRange(podCidr)?.text ?? podCidr}</span>
      </p>
      <LeaseTable node={state} label={title} />
      <details className="text-xs">
        <summary className="cursor-pointer font-medium text-slate-800">
          {t('cni.ipam.files')}
        </summary>
        <ul className="mt-1 space-y-1 font-mono">
          {files.map(([name, content]) => (
            <li key={name} aria-label={t('cni.ipam.file', { name })}>
              <span className="text-slate-600">{filePath(name)}</span>
              <pre className="rounded bg-slate-100 px-2 py-1 whitespace-pre-wrap text-slate-900">
                {content.replace(/\r\n/g, '\n')}
              </pre>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
