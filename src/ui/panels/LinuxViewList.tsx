/** The Linux commands of one namespace with what each prints there, then the node's rules and conntrack table, each with a copy button. */
import { useId, useState } from 'react';
import { linuxViews } from '../../sim/linux/linuxViews';
import { neighbourRowsOf } from '../../sim/link/neighbours';
import type { Network, NetnsId, Trace } from '../../sim';
import type { AppState } from '../../store';
import { BUTTON } from '../share/styles';
import { useAppStore } from '../storeContext';
import { useT } from '../useT';
import { CommandBlock } from './CommandBlock';
import { NodeRulesViews } from './NodeRulesViews';

const selectFlushed = (s: AppState) => s.neighboursFlushed;
const selectFlush = (s: AppState) => s.flushNeighbours;
const selectWarm = (s: AppState) => s.scenario.cluster.neighbourCaches === 'warm';

/** Each command as a prompt line over its output, as a terminal shows them, and a flush of the neighbour caches (cold scenarios); the node's part when a trace is given. */
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
  const hintId = useId();
  const [status, setStatus] = useState('');
  const flushed = useAppStore(selectFlushed);
  const flush = useAppStore(selectFlush);
  const warm = useAppStore(selectWarm);
  // ip neigh shows the caches as the shown trace left them (empty once flushed); a warm scenario
  // resolves every neighbour without asking, so it shows them all and has nothing to flush
  const views = linuxViews(network, netns, {
    neighbours: neighbourRowsOf(network, netns, flushed ? [] : trace?.neighbours),
  });
  return (
    <div className="mt-2 space-y-2">
      <p className="text-xs text-slate-600">{t('inspector.linux.hint', { netns })}</p>
      {views.map((v) => (
        <CommandBlock key={v.command} command={v.command} output={v.output} onStatus={setStatus} />
      ))}
      {!warm && (
        <div className="space-y-1">
          <button type="button" className={BUTTON} aria-describedby={hintId} onClick={flush}>
            {t('inspector.linux.flush')}
          </button>
          {/* Says what the button does, then, once pressed, that it was done (until the next send). */}
          <p id={hintId} role="status" className="text-xs text-slate-600">
            {t(flushed ? 'inspector.linux.flushed' : 'inspector.linux.flushHint')}
          </p>
        </div>
      )}
      {trace && (
        <NodeRulesViews network={network} trace={trace} index={index} onStatus={setStatus} />
      )}
      <p role="status" className="min-h-4 text-xs text-emerald-800">
        {status}
      </p>
    </div>
  );
}
