/** Text forms of labels and ports for the editor's fields, and their parsers (null when the text is malformed). */
import type { PortSpec } from '../../sim';

/** Labels as "key=value, key2=value2". */
export function labelsToText(labels: Readonly<Record<string, string>>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

/** Parses "key=value, …"; an empty text is no labels; null when an entry lacks "=". */
export function parseLabels(text: string): Record<string, string> | null {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const part of text.split(',')) {
    const item = part.trim();
    if (item === '') continue;
    const eq = item.indexOf('=');
    if (eq <= 0) return null;
    out[item.slice(0, eq).trim()] = item.slice(eq + 1).trim();
  }
  return { ...out };
}

/** Ports as "80, 53/UDP" (TCP is implied). */
export function portsToText(ports: readonly PortSpec[]): string {
  return ports
    .map((p) => (p.protocol === 'TCP' ? String(p.port) : `${p.port}/${p.protocol}`))
    .join(', ');
}

/** Parses "80, 53/UDP, 8080/tcp"; null when an entry is not a number with an optional protocol. */
export function parsePorts(text: string): PortSpec[] | null {
  const out: PortSpec[] = [];
  for (const part of text.split(',')) {
    const item = part.trim();
    if (item === '') continue;
    const m = /^(\d{1,6})(?:\s*\/\s*(tcp|udp))?$/i.exec(item);
    if (!m) return null;
    const protocol = (m[2] ?? 'TCP').toUpperCase() === 'UDP' ? 'UDP' : 'TCP';
    out.push({ port: Number(m[1]), protocol });
  }
  return out;
}
