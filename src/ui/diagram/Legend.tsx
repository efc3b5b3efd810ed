/** The legend: every packet colour and shape shown (request, reply, each flow), encapsulation, ARP and failures. */
import { useState, type ReactNode } from 'react';
import type { Translate } from '../../i18n';
import { PACKET_OUTLINE, packetColors } from './packetColors';
import { REPLY_SHAPE, REQUEST_SHAPE } from './packetShapes';
import { ARP_COLOR, MARK_COLOR } from './styles';

/** Props of the legend. */
export interface LegendProps {
  /** How many flows are shown (each gets its own colours). */
  readonly flows: number;
  /** Whether an ARP exchange appears in what is shown. */
  readonly arp: boolean;
  /** The translate function. */
  readonly t: Translate;
}

/** A packet shape in a legend swatch. */
function Shape({ d, fill }: { readonly d: string; readonly fill: string }) {
  return <path d={d} transform="translate(9,9) scale(0.6)" fill={fill} stroke={PACKET_OUTLINE} />;
}

/** Draws the legend. */
export function Legend({ flows, arp, t }: LegendProps) {
  const items: { key: string; label: string; icon: ReactNode }[] = [];
  const n = Math.max(1, flows);
  for (let i = 0; i < n; i++) {
    const [request, reply] = packetColors(i);
    const which = n > 1 ? { n: i + 1 } : undefined;
    items.push(
      {
        key: `q${i}`,
        label: which ? t('diagram.legend.requestN', which) : t('diagram.legend.request'),
        icon: <Shape d={REQUEST_SHAPE} fill={request} />,
      },
      {
        key: `r${i}`,
        label: which ? t('diagram.legend.replyN', which) : t('diagram.legend.reply'),
        icon: <Shape d={REPLY_SHAPE} fill={reply} />,
      },
    );
  }
  items.push({
    key: 'encap',
    label: t('diagram.legend.encap'),
    icon: (
      <circle
        cx={9}
        cy={9}
        r={7.5}
        fill="none"
        stroke={PACKET_OUTLINE}
        strokeWidth={1.5}
        strokeDasharray="3 2"
      />
    ),
  });
  if (arp)
    items.push(
      {
        key: 'arpRequest',
        label: t('diagram.legend.arpRequest'),
        icon: (
          <rect x={4} y={4} width={10} height={10} fill="#fff" stroke={ARP_COLOR} strokeWidth={2} />
        ),
      },
      {
        key: 'arpReply',
        label: t('diagram.legend.arpReply'),
        icon: <rect x={4} y={4} width={10} height={10} fill={ARP_COLOR} />,
      },
    );
  items.push({
    key: 'dropped',
    label: t('diagram.legend.dropped'),
    icon: (
      <path d="M3,3L15,15M15,3L3,15" stroke={MARK_COLOR} strokeWidth={3} strokeLinecap="round" />
    ),
  });
  // On a phone the legend folds to one line, so the diagram keeps its height; open by default elsewhere.
  const [open] = useState(
    () => typeof matchMedia !== 'function' || !matchMedia('(max-width: 639px)').matches,
  );
  return (
    <section
      aria-label={t('diagram.legend')}
      className="shrink-0 border-t border-slate-200 bg-white px-3 py-1.5 text-xs text-slate-700"
    >
      <details open={open} className="group">
        <summary className="cursor-pointer text-slate-700 group-open:sr-only">
          {t('diagram.legend')}
        </summary>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {items.map((it) => (
            <li key={it.key} className="flex items-center gap-1.5" data-legend={it.key}>
              <svg width={18} height={18} viewBox="0 0 18 18" aria-hidden="true">
                {it.icon}
              </svg>
              {it.label}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
