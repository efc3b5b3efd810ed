/** A node collapsed into a summary when a big cluster is zoomed out: its name, addresses and pod count, with the pods a shown packet touches kept in place. */
import { memo } from 'react';
import type { Translate } from '../../i18n';
import type { NodeShape } from './layoutTypes';
import { PodView } from './PodView';
import { frameClass } from './styles';
import { useSelectable } from './useSelectable';

/** Props of a node summary. */
export interface NodeSummaryViewProps {
  /** The node's shape (its pods keep their places, so packets still travel to them). */
  readonly node: NodeShape;
  /** Ids ("ns/name") of the pods a shown packet starts or ends at: drawn as chips. */
  readonly touched: ReadonlySet<string>;
  /** The translate function. */
  readonly t: Translate;
}

/** The type size of a summary's name: large enough to read when the whole node is a few dozen pixels wide; the address line (0.42 of it, monospace) still fits the box's width. */
export function summaryFont(w: number, h: number): number {
  return Math.max(18, Math.min(200, w / 12, h / 4));
}

/** Draws a collapsed node. */
export const NodeSummaryView = memo(function NodeSummaryView({
  node,
  touched,
  t,
}: NodeSummaryViewProps) {
  const count = node.pods.length;
  const { emphasis, props } = useSelectable(
    node.id,
    t('diagram.nodeSummary', { name: node.name, ip: node.ip, cidr: node.podCidr, count }),
  );
  const { x, y, w, h } = node.box;
  const fs = summaryFont(w, h);
  const kept = node.pods.filter((p) => touched.has(p.pod));
  return (
    <g data-node={node.name} data-flipped={node.flipped} data-summary="true">
      <g data-element-id={node.id} {...props}>
        <rect
          x={x}
          y={y}
          width={w}
          height={h}
          rx={Math.min(40, fs / 2)}
          className={`fill-slate-100 stroke-slate-400 ${frameClass(emphasis)}`}
          strokeWidth={Math.max(2, fs / 20)}
        />
        <text
          x={x + fs * 0.5}
          y={y + fs * 1.2}
          fontSize={fs}
          className="pointer-events-none fill-slate-900 font-semibold"
        >
          {t('diagram.nodeTitle', { name: node.name })}
        </text>
        <text
          x={x + fs * 0.5}
          y={y + fs * 1.9}
          fontSize={fs * 0.42}
          className="pointer-events-none fill-slate-700 font-mono"
        >
          {t('diagram.nodeSubtitle', { ip: node.ip, cidr: node.podCidr })}
        </text>
        <text
          x={x + fs * 0.5}
          y={y + fs * 2.6}
          fontSize={fs * 0.5}
          className="pointer-events-none fill-slate-700"
          data-testid="node-pod-count"
        >
          {t('diagram.nodeSummaryPods', { count })}
        </text>
      </g>
      {kept.map((p) => (
        <PodView key={p.id} pod={p} detail="summary" t={t} />
      ))}
    </g>
  );
});
