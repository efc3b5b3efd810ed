/** The inspector's "On a real node" section: the Linux commands of the hop's namespace and node, loaded when opened. */
import { lazy, Suspense, useState } from 'react';
import type { Network, NetnsId, Trace } from '../../sim';
import { useT } from '../useT';

const LinuxViewList = lazy(() => import('./LinuxViewList'));

/** A disclosure that shows, once opened, what `ip`, `bridge` and `ss` print in `netns`, and with a trace what `iptables-save` and `conntrack -L` print on a node at hop `index`. */
export function LinuxSection({
  network,
  netns,
  trace,
  index,
}: {
  network: Network;
  netns: NetnsId;
  trace?: Trace;
  index?: number;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="rounded-xl border border-slate-200 px-3 py-2"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="cursor-pointer text-sm font-semibold text-slate-900">
        {t('inspector.linux.title')}
      </summary>
      {open && (
        <Suspense fallback={null}>
          <LinuxViewList network={network} netns={netns} trace={trace} index={index} />
        </Suspense>
      )}
    </details>
  );
}
