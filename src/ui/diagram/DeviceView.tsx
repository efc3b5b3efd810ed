/** One network device: a small labelled box, focusable, with the sim's DeviceId as its DOM id. */
import { memo } from 'react';
import type { Translate } from '../../i18n';
import type { DeviceShape } from './layoutTypes';
import { DEVICE_CLASS, frameClass } from './styles';
import { useSelectable } from './useSelectable';

/** Props of a device. */
export interface DeviceViewProps {
  /** The device's shape. */
  readonly device: DeviceShape;
  /** Whether to print its address under the name. */
  readonly showIp: boolean;
  /** The translate function. */
  readonly t: Translate;
}

/** Draws a device. */
export const DeviceView = memo(function DeviceView({ device: d, showIp, t }: DeviceViewProps) {
  const kind = t(`diagram.kind.${d.kind}` as const);
  const label =
    d.ip === undefined
      ? t('diagram.device', { name: d.name, kind, owner: d.owner })
      : t('diagram.deviceIp', { name: d.name, kind, owner: d.owner, ip: d.ip });
  const { emphasis, props } = useSelectable(d.id, label);
  const { x, y, w, h } = d.box;
  return (
    <g id={d.id} data-device-id={d.id} data-kind={d.kind} {...props}>
      <rect
        x={x}
        y={y}
        width={w}
        height={h}
        rx={6}
        className={`${DEVICE_CLASS[d.kind]} ${frameClass(emphasis)} group-data-[current=true]:stroke-[3] group-data-[current=true]:stroke-rose-600`}
      />
      <text
        x={x + w / 2}
        y={y + h / 2 + 4}
        textAnchor="middle"
        className="pointer-events-none fill-slate-900 font-mono text-[11px]"
      >
        {d.name}
      </text>
      {showIp && d.ip !== undefined && (
        <text
          x={x + w / 2}
          y={y + h + 12}
          textAnchor="middle"
          className="pointer-events-none fill-slate-700 font-mono text-[10px]"
        >
          {d.ip}
        </text>
      )}
    </g>
  );
});
