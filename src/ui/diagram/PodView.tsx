/** One pod: its network namespace drawn around it, its sandbox, containers, lo and eth0, and the veth to the bridge. */
import { memo } from 'react';
import type { Translate } from '../../i18n';
import { ContainerView } from './ContainerView';
import { DeviceView } from './DeviceView';
import type { PodShape } from './layoutTypes';
import type { Detail } from './lod';
import { SandboxView } from './SandboxView';
import { frameClass, LINK_CLASS } from './styles';
import { fitText } from './textFit';
import { useSelectable } from './useSelectable';

/** Props of a pod. */
export interface PodViewProps {
  /** The pod's shape. */
  readonly pod: PodShape;
  /** Full pods or compact chips. */
  readonly detail: Detail;
  /** The translate function. */
  readonly t: Translate;
}

/** Draws a pod with its veth host end (which belongs to the node but hangs under the pod). */
export const PodView = memo(function PodView({ pod, detail, t }: PodViewProps) {
  const label = pod.failed
    ? t('diagram.podFailed', { name: pod.name, ip: pod.ip })
    : pod.hostNetwork
      ? t('diagram.podHost', { name: pod.name, ip: pod.ip })
      : t('diagram.pod', { name: pod.name, ip: pod.ip, mac: pod.mac });
  const { emphasis, props } = useSelectable(pod.id, label);
  const { x, y, w, h } = pod.box;
  const eth0 = pod.devices.find((d) => d.kind === 'veth-pod');
  const veth = pod.vethHost;
  const full = detail === 'full';
  // Full: the name stops short of the sandbox chip; summary: large type across the chip.
  const name = full ? fitText(pod.name, w - 84, 16) : fitText(pod.name, w - 50, 32);
  return (
    <g data-pod-id={pod.pod}>
      {eth0 && veth && (
        <line
          x1={eth0.box.x + eth0.box.w / 2}
          y1={eth0.box.y + eth0.box.h}
          x2={veth.box.x + veth.box.w / 2}
          y2={veth.box.y}
          strokeWidth={3}
          className={LINK_CLASS}
        />
      )}
      <g data-element-id={pod.id} data-host-network={pod.hostNetwork} {...props}>
        <rect
          x={x}
          y={y}
          width={w}
          height={h}
          rx={14}
          className={`${pod.hostNetwork ? 'fill-amber-50/60 stroke-amber-700' : 'fill-indigo-50/60 stroke-indigo-400'} [stroke-dasharray:6_4] ${frameClass(emphasis)}`}
        />
        <text
          x={x + 12}
          y={y + (full ? 23 : h / 2)}
          className={`pointer-events-none fill-slate-900 font-semibold ${full ? 'text-[16px]' : 'text-[32px]'}`}
        >
          {name}
          {name !== pod.name && <title>{pod.name}</title>}
        </text>
        <text
          x={x + 12}
          y={y + (full ? 41 : h / 2 + 30)}
          className={`pointer-events-none fill-slate-700 font-mono ${full ? 'text-[13px]' : 'text-[22px]'}`}
        >
          {pod.ip}
        </text>
        {full && !pod.hostNetwork && (
          <text
            x={x + 12}
            y={y + 57}
            className="pointer-events-none fill-slate-700 font-mono text-[12px]"
          >
            {pod.mac}
          </text>
        )}
        {full && (
          <text
            x={x + w - 10}
            y={y + 41}
            textAnchor="end"
            className="pointer-events-none fill-slate-600 text-[10px] uppercase"
          >
            {pod.hostNetwork ? t('diagram.hostNetwork') : t('diagram.netns')}
          </text>
        )}
        {!full && pod.failed && (
          <text
            x={x + w - 30}
            y={y + h / 2 + 8}
            className="pointer-events-none fill-red-700 text-[22px] font-bold"
          >
            {'×'}
          </text>
        )}
      </g>
      {full && <SandboxView pod={pod} t={t} />}
      {full && pod.containers.map((c) => <ContainerView key={c.id} container={c} t={t} />)}
      {full && pod.devices.map((d) => <DeviceView key={d.id} device={d} showIp={false} t={t} />)}
      {veth && <DeviceView device={veth} showIp={false} t={t} />}
    </g>
  );
});
