/** Text forms of Service ports and Ingress paths for the editor's fields (kubectl's "port:targetPort" style), and their parsers. */
import type { IngressRuleSpec, ServicePortSpec } from '../../sim';

const NAME = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;

/** Service ports as "http=80:8080:30080/TCP, 53:dns/UDP" (name, nodePort and TCP optional). */
export function servicePortsToText(ports: readonly ServicePortSpec[]): string {
  return ports
    .map((p) => {
      const name = p.name !== undefined ? `${p.name}=` : '';
      const node = p.nodePort !== undefined ? `:${p.nodePort}` : '';
      const proto = p.protocol === 'TCP' ? '' : `/${p.protocol}`;
      return `${name}${p.port}:${p.targetPort}${node}${proto}`;
    })
    .join(', ');
}

/** Parses Service ports; null when an entry is malformed (the validator checks ranges). */
export function parseServicePorts(text: string): ServicePortSpec[] | null {
  const out: ServicePortSpec[] = [];
  for (const part of text.split(',')) {
    const item = part.trim();
    if (item === '') continue;
    const m =
      /^(?:([a-z0-9-]+)\s*=\s*)?(\d{1,5})(?::([a-z0-9-]+|\d{1,5}))?(?::(\d{1,5}))?(?:\s*\/\s*(tcp|udp))?$/i.exec(
        item,
      );
    if (!m) return null;
    const [, name, port, target, nodePort, proto] = m;
    if (name !== undefined && !NAME.test(name)) return null;
    const targetPort =
      target === undefined ? Number(port) : /^\d+$/.test(target) ? Number(target) : target;
    out.push({
      ...(name !== undefined ? { name } : {}),
      protocol: proto?.toUpperCase() === 'UDP' ? 'UDP' : 'TCP',
      port: Number(port),
      targetPort,
      ...(nodePort !== undefined ? { nodePort: Number(nodePort) } : {}),
    });
  }
  return out;
}

/** Ingress rules as lines "host path Prefix|Exact service:port" ("*" = any host). */
export function ingressRulesToText(rules: readonly IngressRuleSpec[]): string {
  return rules
    .flatMap((r) =>
      r.paths.map((p) => `${r.host ?? '*'} ${p.path} ${p.pathType} ${p.service}:${p.port}`),
    )
    .join('\n');
}

/** Parses Ingress rule lines, grouping paths by host in first-seen order; null when a line is malformed. */
export function parseIngressRules(text: string): IngressRuleSpec[] | null {
  const byHost = new Map<string, IngressRuleSpec['paths'][number][]>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const m = /^(\S+)\s+(\/\S*)\s+(prefix|exact)\s+([a-z0-9-]+):([a-z0-9-]+)$/i.exec(line);
    if (!m) return null;
    const [, host = '*', path = '/', type = 'Prefix', service = '', port = ''] = m;
    const paths = byHost.get(host) ?? [];
    paths.push({
      path,
      pathType: type.toLowerCase() === 'exact' ? 'Exact' : 'Prefix',
      service,
      port: /^\d+$/.test(port) ? Number(port) : port,
    });
    byHost.set(host, paths);
  }
  return [...byHost].map(([host, paths]) => (host === '*' ? { paths } : { host, paths }));
}
