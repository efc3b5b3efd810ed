/** The Linux commands of one namespace with what each prints there, then the node's rules and conntrack table, each with a copy button. */
import { useState } from 'react';
import { linuxViews } from '../../sim/linux/linuxViews';
import { neighbourRowsOf } from '../../sim/link/neighbours';
import type { Network, NetnsId, Trace } from '../../sim';
import { useT } from '../useT';
import { CommandBlock } from './CommandBlock';
import { NodeRulesViews } from './NodeRulesViews';

/** Each command as a prompt line over its output, as a terminal shows them; the node's part when a trace is given. */
export default function LinuxViewList({
  network,
  netns,
  trace,
  index = 0,
}: {
  network: Network;
  netns: NetnsId;
  trace?: Trace | undefined;
  index?: number | undefined;
}) {
  const t = useT();
  const [status, setStatus] = useState('');
  // ip neigh shows the caches as the shown trace left them (cold caches), or a warm namespace's
  const views = linuxViews(network, netns, {
    neighbours: neighbourRowsOf(network, netns, trace?.neighbours),
  });
  return (
    <div className="mt-2 space-y-2">
      <p className="text-xs text-slate-600">{t('inspector.linux.hint', { netns })}</p>
      {views.map((v) => (
        <CommandBlock key={v.command} command={v.command} output={v.output} onStatus={setStatus} />
      ))}
      {trace && (
        <NodeRulesViews network={network} trace={trace} index={index} onStatus={setStatus} />
      )}
      <p role="status" className="min-h-4 text-xs text-emerald-800">
        {status}
      </p>
    </div>
  );
}
