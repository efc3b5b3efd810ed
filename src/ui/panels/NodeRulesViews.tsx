/** The node-wide part of "On a real node": iptables-save and conntrack -L on the hop's node or one the learner picks. */
import { useId, useMemo, useState } from 'react';
import type { Network, Trace } from '../../sim';
import { useAppStore } from '../storeContext';
import { useT } from '../useT';
import { CommandBlock } from './CommandBlock';
import { defaultNode, nodeRuleViews } from './nodeRuleViews';

/** A node picker (the hop's node, followed from hop to hop until another is picked) over the node's rules and conntrack table at hop `index`. */
export function NodeRulesViews({
  network,
  trace,
  index,
  onStatus,
}: {
  network: Network;
  trace: Trace;
  index: number;
  onStatus: (message: string) => void;
}) {
  const t = useT();
  const id = useId();
  const cluster = useAppStore((s) => s.scenario.cluster);
  const [picked, setPicked] = useState<string | null>(null);
  const hopNode = defaultNode(network, trace.hops[index]?.node);
  const node = network.nodes.some((n) => n.name === picked) ? picked : hopNode;
  const views = useMemo(
    () => (node === undefined || node === null ? [] : nodeRuleViews(cluster, trace, node, index)),
    [cluster, trace, node, index],
  );
  if (node === undefined || node === null) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-2 border-t border-slate-200 pt-2">
      <h4 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
        {t('inspector.linux.node.title')}
      </h4>
      <div className="flex items-center gap-2">
        <label htmlFor={`${id}-node`} className="text-xs font-medium text-slate-700">
          {t('inspector.linux.node.pick')}
        </label>
        <select
          id={`${id}-node`}
          className="rounded-lg border border-slate-300 bg-white px-2 py-0.5 font-mono text-xs text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
          value={node}
          onChange={(e) => {
            // picking the hop's own node follows the hop again
            const v = e.currentTarget.value;
            setPicked(v === hopNode ? null : v);
          }}
        >
          {network.nodes.map((n) => (
            <option key={n.name} value={n.name}>
              {n.name === hopNode ? t('inspector.linux.node.thisHop', { node: n.name }) : n.name}
            </option>
          ))}
        </select>
      </div>
      <p className="text-xs text-slate-600">{t('inspector.linux.node.hint', { node })}</p>
      {views.map((v) => (
        <CommandBlock key={v.command} command={v.command} output={v.output} onStatus={onStatus} />
      ))}
    </section>
  );
}
