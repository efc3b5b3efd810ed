/** A small legend of packet styles: request, reply, encapsulated and dropped. */
import type { Translate } from '../../i18n';
import { packetColors } from './packetColors';
import { MARK_COLOR } from './styles';

/** Draws the legend. */
export function Legend({ t }: { readonly t: Translate }) {
  const [request, reply] = packetColors(0);
  const items = [
    {
      key: 'request',
      label: t('diagram.legend.request'),
      icon: <circle cx={9} cy={9} r={6} fill={request} />,
    },
    {
      key: 'reply',
      label: t('diagram.legend.reply'),
      icon: <circle cx={9} cy={9} r={6} fill={reply} />,
    },
    {
      key: 'encap',
      label: t('diagram.legend.encap'),
      icon: (
        <g>
          <circle cx={9} cy={9} r={4.5} fill={request} />
          <circle
            cx={9}
            cy={9}
            r={8}
            fill="none"
            stroke={request}
            strokeWidth={1.5}
            strokeDasharray="3 2"
          />
        </g>
      ),
    },
    {
      key: 'dropped',
      label: t('diagram.legend.dropped'),
      icon: (
        <path d="M3,3L15,15M15,3L3,15" stroke={MARK_COLOR} strokeWidth={3} strokeLinecap="round" />
      ),
    },
  ];
  return (
    <section
      aria-label={t('diagram.legend')}
      className="pointer-events-none absolute bottom-3 left-3 rounded-2xl border border-slate-200 bg-white/95 px-3 py-2 text-xs text-slate-700 shadow-sm"
    >
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {items.map((it) => (
          <li key={it.key} className="flex items-center gap-1.5">
            <svg width={18} height={18} viewBox="0 0 18 18" aria-hidden="true">
              {it.icon}
            </svg>
            {it.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
