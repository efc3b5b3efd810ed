/** One container inside a pod: its name and listening ports, marked when it failed to start. */
import { memo } from 'react';
import type { Translate } from '../../i18n';
import type { ContainerShape } from './layoutTypes';
import { frameClass, MARK_COLOR } from './styles';
import { fitText, textWidth } from './textFit';
import { useSelectable } from './useSelectable';

/** Props of a container. */
export interface ContainerViewProps {
  /** The container's shape. */
  readonly container: ContainerShape;
  /** The translate function. */
  readonly t: Translate;
}

/** The ports that fit in `max` beside the name (10 px monospace), the others counted: "53/UDP, 53/TCP +1". */
function shownPorts(ports: readonly string[], max: number): string {
  for (let n = ports.length; n > 0; n--) {
    const more = ports.length - n;
    const text = `${ports.slice(0, n).join(', ')}${more > 0 ? ` +${more}` : ''}`;
    if (textWidth(text, 10, true) <= max) return text;
  }
  return fitText(ports.join(', '), max, 10, true);
}

/** Draws a container. */
export const ContainerView = memo(function ContainerView({ container: c, t }: ContainerViewProps) {
  const ports = c.ports.join(', ');
  const label = c.failed
    ? t('diagram.containerFailed', { name: c.name })
    : c.ports.length > 0
      ? t('diagram.container', { name: c.name, ports })
      : t('diagram.containerNoPorts', { name: c.name });
  const { emphasis, props } = useSelectable(c.id, label);
  const { x, y, w, h } = c.box;
  const shown = shownPorts(c.ports, w - 24 - textWidth(c.name, 12));
  return (
    <g data-element-id={c.id} data-failed={c.failed} {...props}>
      <rect
        x={x}
        y={y}
        width={w}
        height={h}
        rx={6}
        className={`${c.failed ? 'fill-red-50 stroke-red-700 [stroke-dasharray:4_3]' : 'fill-white stroke-slate-300'} ${frameClass(emphasis)} group-data-[current=true]:stroke-[3] group-data-[current=true]:stroke-rose-600`}
      />
      <text x={x + 8} y={y + h / 2 + 4} className="pointer-events-none fill-slate-900 text-[12px]">
        {c.name}
      </text>
      <text
        x={x + w - 8}
        y={y + h / 2 + 4}
        textAnchor="end"
        className={`pointer-events-none font-mono text-[10px] ${c.failed ? 'fill-red-700' : 'fill-slate-600'}`}
      >
        {c.failed ? t('diagram.failed') : shown || t('diagram.noPorts')}
      </text>
      {c.failed && (
        <text
          x={x + w - 4}
          y={y + 2}
          fill={MARK_COLOR}
          className="pointer-events-none text-[14px] font-bold"
        >
          {'×'}
        </text>
      )}
    </g>
  );
});
