/** A node's kubelet: the agent in the node's root namespace that probes pods (C8). */
import { memo } from 'react';
import type { Translate } from '../../i18n';
import type { NodeShape } from './layoutTypes';
import { frameClass } from './styles';
import { useSelectable } from './useSelectable';

/** Props of a kubelet. */
export interface KubeletViewProps {
  /** The node it runs on. */
  readonly node: NodeShape;
  /** The translate function. */
  readonly t: Translate;
}

/** Draws the kubelet box of a node. */
export const KubeletView = memo(function KubeletView({ node, t }: KubeletViewProps) {
  const { id, box: b } = node.kubelet;
  const { emphasis, props } = useSelectable(id, t('diagram.kubeletLabel', { node: node.name }));
  return (
    <g data-element-id={id} {...props}>
      <rect
        x={b.x}
        y={b.y}
        width={b.w}
        height={b.h}
        rx={6}
        className={`fill-slate-100 stroke-slate-500 ${frameClass(emphasis)} group-data-[current=true]:stroke-[3] group-data-[current=true]:stroke-rose-600`}
      />
      <text
        x={b.x + b.w / 2}
        y={b.y + b.h / 2 + 4}
        textAnchor="middle"
        className="pointer-events-none fill-slate-900 text-[12px]"
      >
        {t('diagram.kubelet')}
      </text>
    </g>
  );
});
