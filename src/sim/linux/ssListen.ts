/** `ss -ltn`: a namespace's listening TCP sockets as ss prints them when its output is not a terminal. */
import type { Network } from '../model/networkTypes';
import type { NetnsId } from '../model/types';

/**
 * The listen backlog shown as Send-Q: SOMAXCONN (4096 since Linux 5.4), what Go servers such as the
 * kubelet ask for; the model does not know each program's own (nginx asks for 511).
 */
export const DEFAULT_BACKLOG = 4096;

/** One column: its header, alignment, and the text before it. */
interface Column {
  readonly header: string;
  readonly right: boolean;
  readonly before: string;
}

const COLUMNS: readonly Column[] = [
  { header: 'State', right: false, before: '' },
  { header: 'Recv-Q', right: false, before: ' ' },
  { header: 'Send-Q', right: false, before: ' ' },
  { header: 'Local Address:', right: true, before: ' ' },
  { header: 'Port', right: false, before: '' },
  { header: 'Peer Address:', right: true, before: ' ' },
  { header: 'Port', right: false, before: '' },
  { header: 'Process', right: false, before: '' },
];

/**
 * What `ss -ltn` prints (piped, so sized to its content): a header, then one LISTEN line per TCP
 * socket bound to 0.0.0.0, by port (the kernel lists its hash order). Each column is as wide as its
 * widest cell; addresses are right-aligned against their ":", everything else left-aligned.
 */
export function ssListenTcp(network: Network, netns: NetnsId, backlog = DEFAULT_BACKLOG): string {
  const ports = (network.netns.get(netns)?.sockets ?? [])
    .filter((s) => s.protocol === 'TCP')
    .map((s) => s.port)
    .sort((a, b) => a - b);
  const rows = [
    COLUMNS.map((c) => c.header),
    ...ports.map((p) => [
      'LISTEN',
      '0',
      String(backlog),
      '0.0.0.0:',
      String(p),
      '0.0.0.0:',
      '*',
      '',
    ]),
  ];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map(
      (r) =>
        COLUMNS.map((c, i) => {
          const cell = r[i] ?? '';
          const w = widths[i] ?? 0;
          return c.before + (c.right ? cell.padStart(w) : cell.padEnd(w));
        }).join('') + '\n',
    )
    .join('');
}
