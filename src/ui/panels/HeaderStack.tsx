/** The headers of a hop as stacked layers, outermost first, with fields changed at the hop marked. */
import type { FieldChange, Headers } from '../../sim';
import type { MessageKey } from '../../i18n';
import { useT } from '../useT';

/** One displayed field: its label key, its value and its dotted path in Headers. */
interface Row {
  readonly label: MessageKey;
  readonly value: string;
  readonly path: string;
}

/** One displayed layer. */
interface Layer {
  readonly title: MessageKey;
  readonly path: string;
  readonly rows: readonly Row[];
  /** Whether it belongs to the outer (tunnel) headers. */
  readonly outer: boolean;
}

type YesNo = (b: boolean) => string;

/** The layers of a set of headers, outermost first. */
export function layersOf(h: Headers, yesNo: YesNo): Layer[] {
  const out: Layer[] = [];
  const r = (label: MessageKey, value: string | number, path: string): Row => ({
    label,
    value: String(value),
    path,
  });
  if (h.outer) {
    const o = h.outer;
    out.push(
      {
        title: 'layer.eth',
        path: 'outer.eth',
        outer: true,
        rows: [
          r('field.src', o.eth.src, 'outer.eth.src'),
          r('field.dst', o.eth.dst, 'outer.eth.dst'),
        ],
      },
      {
        title: 'layer.ip',
        path: 'outer.ip',
        outer: true,
        rows: [
          r('field.src', o.ip.src, 'outer.ip.src'),
          r('field.dst', o.ip.dst, 'outer.ip.dst'),
          r('field.ttl', o.ip.ttl, 'outer.ip.ttl'),
          r('field.df', yesNo(o.ip.df), 'outer.ip.df'),
        ],
      },
      {
        title: 'layer.udp',
        path: 'outer.udp',
        outer: true,
        rows: [
          r('field.sport', o.udp.sport, 'outer.udp.sport'),
          r('field.dport', o.udp.dport, 'outer.udp.dport'),
        ],
      },
      {
        title: 'layer.vxlan',
        path: 'outer.vxlan',
        outer: true,
        rows: [r('field.vni', o.vxlan.vni, 'outer.vxlan.vni')],
      },
    );
  }
  if (h.eth) {
    out.push({
      title: 'layer.eth',
      path: 'eth',
      outer: false,
      rows: [
        r('field.src', h.eth.src, 'eth.src'),
        r('field.dst', h.eth.dst, 'eth.dst'),
        r('field.type', h.eth.type, 'eth.type'),
      ],
    });
  }
  if (h.arp) {
    const a = h.arp;
    const rows = [
      r('field.op', a.op, 'arp.op'),
      r('field.senderIp', a.senderIp, 'arp.senderIp'),
      r('field.senderMac', a.senderMac, 'arp.senderMac'),
      r('field.targetIp', a.targetIp, 'arp.targetIp'),
    ];
    if (a.targetMac) rows.push(r('field.targetMac', a.targetMac, 'arp.targetMac'));
    out.push({ title: 'layer.arp', path: 'arp', outer: false, rows });
  }
  if (h.ip) {
    out.push({
      title: 'layer.ip',
      path: 'ip',
      outer: false,
      rows: [
        r('field.src', h.ip.src, 'ip.src'),
        r('field.dst', h.ip.dst, 'ip.dst'),
        r('field.ttl', h.ip.ttl, 'ip.ttl'),
        r('field.protocol', h.ip.protocol, 'ip.protocol'),
        r('field.df', yesNo(h.ip.df), 'ip.df'),
      ],
    });
  }
  const l4 = h.l4;
  if (l4?.kind === 'tcp' || l4?.kind === 'udp') {
    const rows = [r('field.sport', l4.sport, 'l4.sport'), r('field.dport', l4.dport, 'l4.dport')];
    if (l4.kind === 'tcp') rows.push(r('field.flags', l4.flags.join(' '), 'l4.flags'));
    out.push({
      title: l4.kind === 'tcp' ? 'layer.tcp' : 'layer.udp',
      path: 'l4',
      outer: false,
      rows,
    });
  } else if (l4?.kind === 'icmp') {
    const rows = [r('field.type', l4.type, 'l4.type')];
    if (l4.code !== undefined) rows.push(r('field.code', l4.code, 'l4.code'));
    out.push({ title: 'layer.icmp', path: 'l4', outer: false, rows });
  }
  if (h.ipc) {
    out.push({
      title: 'layer.ipc',
      path: 'ipc',
      outer: false,
      rows: [
        r('field.mechanism', h.ipc.mechanism, 'ipc.mechanism'),
        r('field.name', h.ipc.name, 'ipc.name'),
      ],
    });
  }
  return out;
}

/** Whether a displayed field was changed at this hop (a change of a whole layer counts). */
export function isChanged(path: string, changes: readonly FieldChange[]): boolean {
  return changes.some((c) => path === c.field || path.startsWith(`${c.field}.`));
}

/** The stacked header layers of one hop. */
export function HeaderStack({
  headers,
  changes,
}: {
  headers: Headers;
  changes: readonly FieldChange[];
}) {
  const t = useT();
  const layers = layersOf(headers, (b) => t(b ? 'value.yes' : 'value.no'));
  if (layers.length === 0)
    return <p className="text-sm text-slate-600">{t('inspector.noHeaders')}</p>;
  const firstInner = layers.findIndex((l) => !l.outer);
  return (
    <div className="space-y-1.5">
      {layers.map((layer, i) => (
        <div key={`${layer.path}-${i}`}>
          {i === 0 && layer.outer && (
            <p className="mb-1 text-xs font-semibold text-amber-800">{t('layer.outer')}</p>
          )}
          <section
            aria-label={t(layer.title)}
            className={`rounded-xl border px-3 py-2 ${layer.outer ? 'border-amber-300 bg-amber-50' : 'border-slate-200 bg-slate-50'} ${i === firstInner && i > 0 ? 'mt-3' : ''}`}
          >
            <h4 className="text-xs font-semibold text-slate-700">{t(layer.title)}</h4>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
              {layer.rows.map((row) => {
                const changed = isChanged(row.path, changes);
                return (
                  <div key={row.path} className="contents" data-changed={changed || undefined}>
                    <dt className="text-slate-600">{t(row.label)}</dt>
                    <dd
                      className={`font-mono break-all ${changed ? 'rounded bg-yellow-100 px-1 font-semibold text-slate-900 ring-1 ring-yellow-500' : 'text-slate-900'}`}
                    >
                      {row.value}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        </div>
      ))}
    </div>
  );
}
