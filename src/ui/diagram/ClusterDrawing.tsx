/** The static cluster drawing: node network lines and every node; memoized so frames never re-render it. */
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
  const { trunk, wires } = layout;
  return (
    <g>
      <g className={WIRE_CLASS} strokeWidth={4}>
        {wires.map((w) => (
          <line key={w.y} x1={w.x1} y1={w.y} x2={w.x2} y2={w.y} />
        ))}
        {wires.length > 1 && <line x1={trunk.x} y1={trunk.y1} x2={trunk.x} y2={trunk.y2} />}
      </g>
      {wires.map((w) => (
        <text key={w.y} x={w.x1 + 8} y={w.y - 8} className="fill-amber-800 text-[12px]">
          {t('diagram.nodeNetwork')}
        </text>
      ))}
      {layout.nodes.map((n) => (
        <NodeView key={n.id} node={n} detail={detail} t={t} />
      ))}
    </g>
  );
});
