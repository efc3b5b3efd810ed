/** One node: its box, header, the bridge bus and spine, the root namespace's rail and devices, kubelet and pods. */
import { memo } from 'react';
import type { Translate } from '../../i18n';
import { intersects } from './cull';
import { DeviceView } from './DeviceView';
import type { Box } from './geometry';
import type { NodeShape } from './layoutTypes';
import type { Detail } from './lod';
import { PodView } from './PodView';
import { frameClass, LINK_CLASS, RAIL_CLASS } from './styles';
import { useSelectable } from './useSelectable';
import { KubeletView } from './KubeletView';

/** Props of a node. */
export interface NodeViewProps {
  /** The node's shape. */
  readonly node: NodeShape;
  /** Full pods or compact chips. */
  readonly detail: Detail;
  /** Draw only the pods meeting this part of the model (null: all of them). */
  readonly rect?: Box | null;
  /** The translate function. */
  readonly t: Translate;
}

/** Draws a node. */
export const NodeView = memo(function NodeView({ node, detail, rect = null, t }: NodeViewProps) {
  const { emphasis, props } = useSelectable(
    node.id,
    t('diagram.node', { name: node.name, ip: node.ip, cidr: node.podCidr }),
  );
  const { x, y, w, h } = node.box;
  const bridge = node.devices.find((d) => d.kind === 'bridge');
  const head = node.headY;
  const rail = node.rail;
  return (
    <g data-node={node.name} data-flipped={node.flipped}>
      <g data-element-id={node.id} {...props}>
        <rect
          x={x}
          y={y}
          width={w}
          height={h}
          rx={20}
          className={`fill-white stroke-slate-300 ${frameClass(emphasis)}`}
        />
        <text
          x={x + 16}
          y={head + 26}
          className="pointer-events-none fill-slate-900 text-[18px] font-semibold"
        >
          {t('diagram.nodeTitle', { name: node.name })}
        </text>
        <text
          x={x + 16}
          y={head + 45}
          className="pointer-events-none fill-slate-600 font-mono text-[12px]"
        >
          {t('diagram.nodeSubtitle', { ip: node.ip, cidr: node.podCidr })}
        </text>
        <text
          x={x + w - 16}
          y={head + 26}
          textAnchor="end"
          className="pointer-events-none fill-slate-600 text-[11px]"
        >
          {t('diagram.rootNs')}
        </text>
      </g>
      <g className={RAIL_CLASS} strokeWidth={2} strokeDasharray="5 4" fill="none">
        <line x1={rail.x1} y1={rail.y} x2={rail.x2} y2={rail.y} />
        {node.hostDrops.map((d) => (
          <line key={d.x} x1={d.x} y1={d.y1} x2={d.x} y2={d.y2} />
        ))}
      </g>
      <g className={LINK_CLASS} strokeWidth={3} fill="none">
        <line x1={node.nicStub.x} y1={node.nicStub.y1} x2={node.nicStub.x} y2={node.nicStub.y2} />
        {node.buses.map((b) => (
          <line key={b.y} x1={b.x1} y1={b.y} x2={b.x2} y2={b.y} />
        ))}
        {bridge && node.buses.length > 0 && (
          <line x1={node.spine.x} y1={node.spine.y1} x2={node.spine.x} y2={node.spine.y2} />
        )}
      </g>
      {(rect ? node.pods.filter((p) => intersects(p.box, rect)) : node.pods).map((p) => (
        <PodView key={p.id} pod={p} detail={detail} t={t} />
      ))}
      {node.devices.map((d) => (
        <DeviceView key={d.id} device={d} showIp={d.kind !== 'nic'} t={t} />
      ))}
      <KubeletView node={node} t={t} />
    </g>
  );
});
