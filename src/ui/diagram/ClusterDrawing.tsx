/** The static cluster drawing: the node network (lines, trunk, uplinks, its tag) and the nodes near the view, in the view's level of detail; memoized so frames never re-render it. */
import { memo, useMemo } from 'react';
import type { Translate } from '../../i18n';
import { contains, intersects } from './cull';
import type { Box } from './geometry';
import type { DiagramLayout, NodeShape } from './layoutTypes';
import { collapses, type Level } from './lod';
import { NodeView } from './NodeView';
import { useProgressive } from './useProgressive';
import { loader, useLoaded } from '../useLoaded';
import { WIRE_CLASS } from './styles';

/** Props of the drawing. */
export interface ClusterDrawingProps {
  /** The laid-out cluster. */
  readonly layout: DiagramLayout;
  /** Full pods, compact chips, or nodes collapsed into summaries. */
  readonly detail: Level;
  /** The part of the model to draw (see cull.ts); null draws everything. */
  readonly rect?: Box | null;
  /** Pods ("ns/name") a shown packet touches: kept visible in node summaries. */
  readonly touched?: ReadonlySet<string>;
  /** The translate function. */
  readonly t: Translate;
}

// Only a cluster that can collapse loads the summary view (as it arrives, before a zoom needs it).
const summaryView = loader(() => import('./NodeSummaryView').then((m) => m.NodeSummaryView));

/** No pod touched. */
const NONE: ReadonlySet<string> = new Set();

/** Draws the cluster. */
export const ClusterDrawing = memo(function ClusterDrawing({
  layout,
  detail,
  rect = null,
  touched = NONE,
  t,
}: ClusterDrawingProps) {
  const { trunk, wires, networkTag: tag } = layout;
  // The nodes meeting the rectangle, and their uplinks (uplink i belongs to node i).
  const [wanted, uplinks] = useMemo(() => {
    const near = (n?: NodeShape) => !rect || !n || intersects(n.box, rect);
    return [layout.nodes.filter(near), layout.uplinks.filter((_, i) => near(layout.nodes[i]))];
  }, [layout, rect]);
  // Nodes new to the view, or to a new level, are drawn a frame's budget at a time, centre first.
  const shown = useProgressive(wanted, detail, rect);
  const big = useMemo(
    () => collapses(layout.nodes.reduce((n, node) => n + node.pods.length, 0)),
    [layout],
  );
  const NodeSummaryView = useLoaded(summaryView, big);
  return (
    <g textRendering="geometricPrecision">
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
      {wanted.map((n) => {
        // Each wanted node has its own group from the start, so a node drawn later is inserted
        // into it alone (React finds no sibling to place it before: no quadratic search).
        const level = shown.get(n.id);
        return (
          <g key={n.id}>
            {level === 'nodes' && NodeSummaryView && (
              <NodeSummaryView node={n} touched={touched} t={t} />
            )}
            {level !== undefined && level !== 'nodes' && (
              <NodeView
                node={n}
                detail={level}
                rect={rect && !contains(rect, n.box) ? rect : null}
                t={t}
              />
            )}
          </g>
        );
      })}
    </g>
  );
});
