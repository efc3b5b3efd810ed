/** The static cluster drawing: the node network (lines, trunk, uplinks, its tag) and every node; memoized so frames never re-render it. */
import { memo } from 'react';
import type { Translate } from '../../i18n';
import type { DiagramLayout } from './layoutTypes';
import type { Detail } from './lod';
import { NodeView } from './NodeView';
import { WIRE_CLASS } from './styles';

/** Props of the drawing. */
export interface ClusterDrawingProps {
  /** The laid-out cluster. */
  readonly layout: DiagramLayout;
  /** Full pods or compact chips. */
  readonly detail: Detail;
  /** The translate function. */
  readonly t: Translate;
}

/** Draws the cluster. */
export const ClusterDrawing = memo(function ClusterDrawing({
  layout,
  detail,
  t,
}: ClusterDrawingProps) {
  const { trunk, wires, uplinks, networkTag: tag } = layout;
  return (
    <g>
      <g className={WIRE_CLASS} strokeWidth={5} strokeLinecap="round" data-testid="node-network">
        {wires.map((w) => (
          <line key={w.y} x1={w.x1} y1={w.y} x2={w.x2} y2={w.y} />
        ))}
        {trunk && <line x1={trunk.x} y1={trunk.y1} x2={trunk.x} y2={trunk.y2} />}
        {uplinks.map((u, i) => (
          <line key={i} x1={u.x} y1={u.y1} x2={u.x} y2={u.y2} strokeWidth={3} />
        ))}
      </g>
      <g>
        <rect
          x={tag.box.x}
          y={tag.box.y}
          width={tag.box.w}
          height={tag.box.h}
          rx={tag.box.h / 2}
          className="fill-white stroke-slate-600"
          strokeWidth={2}
        />
        <text
          x={tag.box.x + tag.box.w / 2}
          y={tag.box.y + tag.box.h / 2 + 4}
          textAnchor="middle"
          className="fill-slate-800 font-mono text-[12px]"
        >
          {t('diagram.nodeNetworkTag', { cidr: tag.cidr })}
        </text>
      </g>
      {layout.nodes.map((n) => (
        <NodeView key={n.id} node={n} detail={detail} t={t} />
      ))}
    </g>
  );
});
