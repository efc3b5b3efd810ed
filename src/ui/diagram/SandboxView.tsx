/** A pod's sandbox (pause) container: the holder of the network namespace its containers join (C4). */
import { memo } from 'react';
import type { Translate } from '../../i18n';
import type { PodShape } from './layoutTypes';
import { frameClass } from './styles';
import { useSelectable } from './useSelectable';

/** Props of a sandbox chip. */
export interface SandboxViewProps {
  /** The pod it belongs to. */
  readonly pod: PodShape;
  /** The translate function. */
  readonly t: Translate;
}

/** Draws the sandbox chip in the pod's top-right corner, with a pause sign. */
export const SandboxView = memo(function SandboxView({ pod, t }: SandboxViewProps) {
  const { id, box: b } = pod.sandbox;
  const label = pod.hostNetwork
    ? t('diagram.sandboxHost', { name: pod.name })
    : t('diagram.sandboxLabel', { name: pod.name });
  const { emphasis, props } = useSelectable(id, label);
  return (
    <g data-element-id={id} data-sandbox="true" {...props}>
      <rect
        x={b.x}
        y={b.y}
        width={b.w}
        height={b.h}
        rx={b.h / 2}
        className={`fill-white stroke-slate-500 ${frameClass(emphasis)}`}
      />
      <path
        d={`M${b.x + 9},${b.y + 6}v8M${b.x + 13},${b.y + 6}v8`}
        className="stroke-slate-700"
        strokeWidth={2}
      />
      <text
        x={b.x + 19}
        y={b.y + b.h / 2 + 4}
        className="pointer-events-none fill-slate-800 font-mono text-[11px]"
      >
        {t('diagram.sandbox')}
      </text>
    </g>
  );
});
