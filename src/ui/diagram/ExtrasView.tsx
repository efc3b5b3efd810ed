/** Around the cluster: the hosts outside it on the node network, Services as rule-only addresses with lines to their endpoints, and rings on pods a NetworkPolicy selects (lazy-loaded). */
import { memo } from 'react';
import type { Translate } from '../../i18n';
import { DeviceView } from './DeviceView';
import type { ServiceShape } from './layoutExtrasTypes';
import type { DiagramLayout } from './layoutTypes';
import { WIRE_CLASS } from './styles';

/** Props of the extras. */
export interface ExtrasViewProps {
  /** The laid-out cluster with its extras. */
  readonly layout: DiagramLayout;
  /** The translate function. */
  readonly t: Translate;
  /** Under the nodes: only the Services' faint lines to their endpoints; over them: everything else. */
  readonly layer: 'under' | 'over';
  /** Services ("ns/name") a shown packet goes to: their lines are drawn over the nodes too. */
  readonly active: ReadonlySet<string>;
}

/** One Service's lines to its endpoints. */
function Lines({ lines, strong }: { lines: ServiceShape['lines']; strong: boolean }) {
  return (
    <>
      {lines.map((l) => (
        <path
          key={l.pod}
          d={l.d}
          fill="none"
          className="stroke-violet-700"
          strokeWidth={strong ? 2 : 1.5}
          strokeDasharray="5 4"
          opacity={strong ? 0.9 : 0.55}
        />
      ))}
    </>
  );
}

/** Draws what lies around the cluster. */
const ExtrasView = memo(function ExtrasView({ layout, t, layer, active }: ExtrasViewProps) {
  if (layer === 'under')
    return (
      <g aria-hidden="true">
        {layout.services?.map((s) => (
          <Lines key={s.id} lines={s.lines} strong={false} />
        ))}
      </g>
    );
  const out = layout.outside;
  const pods = new Map(layout.nodes.flatMap((n) => n.pods.map((p) => [p.pod as string, p.box])));
  const rings = layout.nodes.flatMap((n) => n.pods.filter((p) => p.policies));
  return (
    <g data-testid="extras">
      {rings.map((p) => (
        <rect
          key={p.id}
          x={p.box.x - 5}
          y={p.box.y - 5}
          width={p.box.w + 10}
          height={p.box.h + 10}
          rx={14}
          fill="none"
          className="stroke-amber-600"
          strokeWidth={2.5}
          strokeDasharray="8 4"
          data-policies={p.policies?.join(' ')}
        >
          <title>{t('extras.policy.ring', { policies: p.policies?.join(', ') ?? '' })}</title>
        </rect>
      ))}
      {layout.services?.map((s) => (
        <g
          key={s.id}
          data-service={s.id}
          className="group"
          role="img"
          aria-label={t('extras.service.aria', {
            name: s.id,
            ip: s.clusterIp,
            count: s.lines.length,
          })}
        >
          {/* its endpoints outlined while a shown packet goes to it, or while the pill is hovered */}
          <g className={active.has(s.id) ? '' : 'opacity-0 group-hover:opacity-100'}>
            {s.lines.map((l) => {
              const b = pods.get(l.pod);
              return (
                b && (
                  <rect
                    key={l.pod}
                    x={b.x - 9}
                    y={b.y - 9}
                    width={b.w + 18}
                    height={b.h + 18}
                    rx={16}
                    fill="none"
                    className="stroke-violet-700"
                    strokeWidth={2}
                    strokeDasharray="5 4"
                  />
                )
              );
            })}
          </g>
          <rect
            x={s.box.x}
            y={s.box.y}
            width={s.box.w}
            height={s.box.h}
            rx={s.box.h / 2}
            className="fill-violet-50 stroke-violet-700"
            strokeWidth={2}
            strokeDasharray="6 3"
          />
          <text
            x={s.box.x + s.box.w / 2}
            y={s.box.y + 18}
            textAnchor="middle"
            className="fill-slate-900 text-[12px] font-semibold"
          >
            {t('extras.service.title', { name: s.id })}
          </text>
          <text
            x={s.box.x + s.box.w / 2}
            y={s.box.y + 34}
            textAnchor="middle"
            className="fill-slate-800 font-mono text-[11px]"
          >
            {s.clusterIp === 'None'
              ? t('extras.service.headless', { ports: s.ports.join(' ') })
              : t('extras.service.addr', { ip: s.clusterIp, ports: s.ports.join(' ') })}
          </text>
        </g>
      ))}
      {out && (
        <g data-testid="outside">
          <g className={WIRE_CLASS} strokeWidth={5} strokeLinecap="round">
            <line x1={out.wire.x1} y1={out.wire.y} x2={out.wire.x2} y2={out.wire.y} />
            {out.links.map((l, i) => (
              <line key={i} x1={l.x} y1={l.y1} x2={l.x} y2={l.y2} strokeWidth={3} />
            ))}
          </g>
          {out.hosts.map((h) => {
            const nic = h.devices[0];
            const top = h.role === 'client' ? h.box.y + 26 : h.box.y + 38;
            return (
              <g key={h.id} data-outside={h.role}>
                <rect
                  x={h.box.x}
                  y={h.box.y}
                  width={h.box.w}
                  height={h.box.h}
                  rx={12}
                  className="fill-white stroke-slate-500"
                  strokeWidth={2}
                  strokeDasharray={h.role === 'internet' ? '2 4' : undefined}
                />
                <text
                  x={h.box.x + h.box.w / 2}
                  y={top}
                  textAnchor="middle"
                  className="fill-slate-900 text-[13px] font-semibold"
                >
                  {t(`extras.${h.role}`)}
                </text>
                {nic?.ip !== undefined && (
                  <text
                    x={h.box.x + h.box.w / 2}
                    y={top + 17}
                    textAnchor="middle"
                    className="fill-slate-700 font-mono text-[11px]"
                  >
                    {nic.ip}
                  </text>
                )}
                {h.devices.map((d) => (
                  <DeviceView key={d.id} device={d} showIp={false} t={t} />
                ))}
              </g>
            );
          })}
        </g>
      )}
    </g>
  );
});

export default ExtrasView;
