/** Headers as displayed layers (pure): the packet's stack outermost first, and each ARP frame's Ethernet + ARP. */
import type { ArpFrame, FieldChange, Headers, IpHeader } from '../../sim';
import type { MessageKey } from '../../i18n';

/** One displayed field: its label key, its value and its dotted path in Headers. */
export interface Row {
  readonly label: MessageKey;
  readonly value: string;
  readonly path: string;
}

/** One displayed layer. */
export interface Layer {
  readonly title: MessageKey;
  readonly path: string;
  readonly rows: readonly Row[];
  /** Whether it belongs to the outer (tunnel) headers. */
  readonly outer: boolean;
}

type YesNo = (b: boolean) => string;

const r = (label: MessageKey, value: string | number, path: string): Row => ({
  label,
  value: String(value),
  path,
});

function ipRows(ip: IpHeader, base: string, yesNo: YesNo, protocol: boolean): Row[] {
  const rows = [
    r('field.src', ip.src, `${base}.src`),
    r('field.dst', ip.dst, `${base}.dst`),
    r('sim.header.totalLength', ip.totalLength, `${base}.totalLength`),
    r('field.ttl', ip.ttl, `${base}.ttl`),
  ];
  if (protocol) rows.push(r('field.protocol', ip.protocol, `${base}.protocol`));
  rows.push(r('field.df', yesNo(ip.df), `${base}.df`));
  return rows;
}

function outerLayers(o: NonNullable<Headers['outer']>, yesNo: YesNo): Layer[] {
  return [
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
      rows: ipRows(o.ip, 'outer.ip', yesNo, false),
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
  ];
}

function l4Layer(l4: NonNullable<Headers['l4']>): Layer {
  if (l4.kind === 'icmp') {
    const rows = [r('field.type', l4.type, 'l4.type')];
    if (l4.code !== undefined) rows.push(r('field.code', l4.code, 'l4.code'));
    return { title: 'layer.icmp', path: 'l4', outer: false, rows };
  }
  const rows = [r('field.sport', l4.sport, 'l4.sport'), r('field.dport', l4.dport, 'l4.dport')];
  if (l4.kind === 'tcp') rows.push(r('field.flags', l4.flags.join(' '), 'l4.flags'));
  return { title: l4.kind === 'tcp' ? 'layer.tcp' : 'layer.udp', path: 'l4', outer: false, rows };
}

/** The layers of a packet's headers, outermost first. */
export function layersOf(h: Headers, yesNo: YesNo): Layer[] {
  const out: Layer[] = h.outer ? outerLayers(h.outer, yesNo) : [];
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
  if (h.ip)
    out.push({
      title: 'layer.ip',
      path: 'ip',
      outer: false,
      rows: ipRows(h.ip, 'ip', yesNo, true),
    });
  if (h.l4) out.push(l4Layer(h.l4));
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

/** The two layers of one ARP frame as on the wire: Ethernet, then the ARP message (RFC 826 field order). */
export function arpFrameLayers(f: ArpFrame): Layer[] {
  const a = f.arp;
  return [
    {
      title: 'layer.eth',
      path: 'eth',
      outer: false,
      rows: [
        r('field.src', f.eth.src, 'eth.src'),
        r('field.dst', f.eth.dst, 'eth.dst'),
        r('field.type', f.eth.type, 'eth.type'),
      ],
    },
    {
      title: 'layer.arp',
      path: 'arp',
      outer: false,
      rows: [
        r('field.op', a.op, 'arp.op'),
        r('field.senderMac', a.senderMac, 'arp.senderMac'),
        r('field.senderIp', a.senderIp, 'arp.senderIp'),
        r('field.targetMac', a.targetMac, 'arp.targetMac'),
        r('field.targetIp', a.targetIp, 'arp.targetIp'),
      ],
    },
  ];
}

/** Whether a displayed field was changed at this hop (a change of a whole layer counts). */
export function isChanged(path: string, changes: readonly FieldChange[]): boolean {
  return changes.some((c) => path === c.field || path.startsWith(`${c.field}.`));
}
