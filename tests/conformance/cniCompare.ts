/** Compares one CNI call of the real plugins with the simulation: result JSON, pod, host side, IPAM files. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  leaseFiles,
  type CniOutcome,
  type Netns,
  type Network,
  type NodeCniState,
} from '../../src/sim';
import type { Row } from './compare';
import { run } from './exec';

/** A comparison row. */
export const row = (what: string, sim: string, kernel: string): Row => ({
  what,
  sim,
  kernel,
  ok: sim === kernel,
});
const MAC = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/;
/** Host veth names and MACs are random in the plugin: only their form is compared. */
const shape = (v: string): string =>
  /^veth[0-9a-f]{8}$/.test(v) ? 'veth<8 hex>' : MAC.test(v) ? '<mac>' : v;

/** The plugin's result (or error) JSON against the simulation's, field by field. */
export function resultRows(sim: CniOutcome, stdout: string, status: number | null): Row[] {
  let kernel: Record<string, unknown> = {};
  try {
    kernel = JSON.parse(stdout) as Record<string, unknown>;
  } catch {
    kernel = { unparsed: stdout };
  }
  const simJson = (sim.result ?? sim.error ?? {}) as unknown as Record<string, unknown>;
  const rows = [row('outcome', sim.error ? 'error' : 'ok', status === 0 ? 'ok' : 'error')];
  for (const key of new Set([...Object.keys(simJson), ...Object.keys(kernel)])) {
    if (key === 'interfaces') {
      const a = (simJson[key] ?? []) as Record<string, string>[];
      const b = (kernel[key] ?? []) as Record<string, string>[];
      for (let i = 0; i < Math.max(a.length, b.length); i++)
        for (const f of ['name', 'mac', 'sandbox'])
          rows.push(
            row(
              `result interfaces[${i}].${f}`,
              f === 'sandbox' ? (a[i]?.[f] ? '<netns path>' : '') : shape(a[i]?.[f] ?? ''),
              f === 'sandbox' ? (b[i]?.[f] ? '<netns path>' : '') : shape(b[i]?.[f] ?? ''),
            ),
          );
    } else if (key === 'ips' || key === 'routes') {
      const a = (simJson[key] ?? []) as Record<string, unknown>[];
      const b = (kernel[key] ?? []) as Record<string, unknown>[];
      for (let i = 0; i < Math.max(a.length, b.length); i++)
        for (const f of [
          ...new Set([...Object.keys(a[i] ?? {}), ...Object.keys(b[i] ?? {})]),
        ].sort())
          rows.push(
            row(`result ${key}[${i}].${f}`, JSON.stringify(a[i]?.[f]), JSON.stringify(b[i]?.[f])),
          );
    } else
      rows.push(row(`result ${key}`, JSON.stringify(simJson[key]), JSON.stringify(kernel[key])));
  }
  return rows;
}

/** The pod's addresses and routes as `ip -j` prints them, rendered as text lines. */
/** The pod's eth0 and routes as `ip -j` shows them against createPod's. */
export function podRows(ns: string, sim: CniOutcome, present: boolean): Row[] {
  const addr = JSON.parse(
    run(['ip', '-n', ns, '-j', 'addr', 'show', 'dev', 'eth0']).stdout || '[]',
  ) as {
    mtu: number;
    operstate: string;
    addr_info: { family: string; local: string; prefixlen: number }[];
  }[];
  const eth0 = addr[0];
  const k4 =
    eth0?.addr_info.filter((a) => a.family === 'inet').map((a) => `${a.local}/${a.prefixlen}`) ??
    [];
  const routes = JSON.parse(run(['ip', '-n', ns, '-j', 'route']).stdout || '[]') as Record<
    string,
    string
  >[];
  const kRoutes = routes.map((r) =>
    [
      r.dst,
      r.gateway ? `via ${r.gateway}` : '',
      `dev ${r.dev ?? ''}`,
      r.scope ? `scope ${r.scope}` : '',
      r.prefsrc ? `src ${r.prefsrc}` : '',
    ]
      .filter(Boolean)
      .join(' '),
  );
  const ip = sim.result?.ips[0];
  const gw = ip?.gateway ?? '';
  const local = ip?.address.split('/')[0] ?? '';
  const net = ip ? `${ip.address.replace(/\.\d+\//, '.0/')}` : '';
  const simRoutes = sim.result
    ? [
        ...sim.result.routes.map(
          (r) => `${r.dst === '0.0.0.0/0' ? 'default' : r.dst} via ${r.gw ?? gw} dev eth0`,
        ),
        `${net} dev eth0 scope link src ${local}`,
      ]
    : [];
  const mtu = String(
    JSON.parse(sim.trace.find((s) => s.kind === 'delegate')?.text ?? '{}').mtu ?? '',
  );
  return [
    row('pod eth0 exists', String(present), String(eth0 !== undefined)),
    row('pod eth0 addresses', ip ? ip.address : '', k4.join(' ')),
    row('pod eth0 up', String(sim.result !== undefined), String(eth0?.operstate === 'UP')),
    row('pod eth0 mtu', present ? mtu : '', eth0 ? String(eth0.mtu) : ''),
    row('pod routes', [...simRoutes].sort().join('; '), [...kRoutes].sort().join('; ')),
  ];
}

/** cni0, its address, MTU and ports (hairpin, MTU) in the node namespace against the node's CNI state. */
export function hostRows(
  nodeNs: string,
  node: NodeCniState | undefined,
  gateway: string,
  delegated: Record<string, unknown>,
): Row[] {
  const links = JSON.parse(run(['ip', '-n', nodeNs, '-d', '-j', 'link']).stdout || '[]') as {
    ifname: string;
    mtu: number;
    master?: string;
    linkinfo?: { info_slave_data?: { hairpin?: boolean } };
  }[];
  const cni0 = links.find((l) => l.ifname === 'cni0');
  const ports = links.filter((l) => l.master === 'cni0');
  const brAddr = run(['ip', '-n', nodeNs, '-j', 'addr', 'show', 'dev', 'cni0']).stdout;
  const kAddr =
    (
      JSON.parse(brAddr || '[]') as {
        addr_info: { family: string; local: string; prefixlen: number }[];
      }[]
    )[0]?.addr_info
      .filter((a) => a.family === 'inet')
      .map((a) => `${a.local}/${a.prefixlen}`) ?? [];
  return [
    row('host cni0 exists', String(node?.bridge ?? false), String(cni0 !== undefined)),
    row('host cni0 address', node?.bridge ? gateway : '', kAddr.join(' ')),
    row('host cni0 mtu', String(delegated.mtu), String(cni0?.mtu ?? '')),
    row('host cni0 ports', String(node?.ports.length ?? 0), String(ports.length)),
    row(
      'host ports hairpin on',
      String(delegated.hairpinMode === true ? (node?.ports.length ?? 0) : 0),
      String(ports.filter((p) => p.linkinfo?.info_slave_data?.hairpin).length),
    ),
    row(
      'host ports mtu',
      (node?.ports ?? []).map(() => String(delegated.mtu)).join(' '),
      ports.map((p) => String(p.mtu)).join(' '),
    ),
  ];
}

/** Every host-local file (but the lock) against the leases the simulation keeps. */
export function ipamRows(node: NodeCniState | undefined, dir: string): Row[] {
  const netDir = join(dir, 'cbr0');
  const kernel: Record<string, string> = {};
  for (const f of existsSync(netDir) ? readdirSync(netDir) : [])
    if (f !== 'lock') kernel[f] = readFileSync(join(netDir, f), 'utf8');
  const sim = leaseFiles(node ?? { bridge: false, ports: [], leases: [] });
  const names = [...new Set([...Object.keys(sim), ...Object.keys(kernel)])].sort();
  return names.map((n) =>
    row(`ipam file ${n}`, JSON.stringify(sim[n] ?? null), JSON.stringify(kernel[n] ?? null)),
  );
}

/** The pod's eth0 address, MTU and routes in the network the rest of the simulation derives, against the kernel's. */
export function derivedRows(network: Network, netns: Netns | undefined, podNs: string): Row[] {
  const eth0 = network.devices.get(`${netns?.id ?? ''}#eth0` as never);
  const kAddr = JSON.parse(
    run(['ip', '-n', podNs, '-j', 'addr', 'show', 'dev', 'eth0']).stdout || '[]',
  ) as { mtu: number; addr_info: { family: string; local: string; prefixlen: number }[] }[];
  const k = kAddr[0];
  const kRoutes = (
    JSON.parse(run(['ip', '-n', podNs, '-j', 'route']).stdout || '[]') as Record<string, string>[]
  ).map((r) =>
    r.gateway
      ? `${r.dst} via ${r.gateway}`
      : `${r.dst} scope ${r.scope ?? ''} src ${r.prefsrc ?? ''}`,
  );
  const sRoutes = (netns?.routes ?? []).map((r) =>
    r.via
      ? `${r.dst === '0.0.0.0/0' ? 'default' : r.dst} via ${r.via}`
      : `${r.dst} scope ${r.scope} src ${r.src ?? ''}`,
  );
  return [
    row(
      'derived eth0 address',
      eth0 ? `${eth0.ip ?? ''}/${eth0.prefix ?? ''}` : '',
      k?.addr_info
        .filter((a) => a.family === 'inet')
        .map((a) => `${a.local}/${a.prefixlen}`)
        .join(' ') ?? '',
    ),
    row('derived eth0 mtu', String(eth0?.mtu ?? ''), String(k?.mtu ?? '')),
    row('derived pod routes', [...sRoutes].sort().join('; '), [...kRoutes].sort().join('; ')),
  ];
}
