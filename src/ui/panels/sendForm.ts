/** The send form's model: option values, defaults, validation and the request it builds. */
import { parseIpv4 } from '../../sim';
import type {
  ClusterSpec,
  Endpoint,
  PacketRequest,
  PodId,
  RequestProtocol,
  Target,
} from '../../sim';
import type { MessageKey } from '../../i18n';
import { withSize } from './packetSize';
import { LIMITS } from '../../scenario/limits';

/** What the form holds: option values as strings, as the select and input elements do. */
export interface SendForm {
  /** The encoded source (see encodeEndpoint). */
  readonly from: string;
  /** The encoded target (see encodeTarget); "ip" means the typed address. */
  readonly to: string;
  /** The typed IPv4 address when `to` is "ip". */
  readonly ip: string;
  /** The protocol. */
  readonly protocol: RequestProtocol;
  /** The destination port as typed. */
  readonly port: string;
  /** The ping's total IP size in bytes as typed; empty or absent = a small packet (see ./packetSize). */
  readonly size?: string;
  /** The choices the last scenario change had to reset (the form says which and why); absent when none. */
  readonly reset?: readonly FormReset[];
}

/** A choice a new scenario reset because it no longer has that sender or target. */
export interface FormReset {
  /** Which choice. */
  readonly field: 'from' | 'to';
  /** The option value the learner had chosen. */
  readonly was: string;
  /** The option value it was reset to. */
  readonly now: string;
}

/** The protocols offered, in menu order. */
export const PROTOCOLS: readonly RequestProtocol[] = ['TCP', 'UDP', 'ICMP', 'SHM'];

const SEP = '|';
/** A DNS name as a resolver takes it: dot-separated labels, an optional trailing dot. */
const DNS_NAME =
  /^(?=.{1,253}$)[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?)*\.?$/;

/** Encodes a source as one option value. */
export function encodeEndpoint(e: Endpoint): string {
  if (e.kind === 'external') return 'external';
  return e.kind === 'container'
    ? ['container', e.pod, e.container].join(SEP)
    : ['node', e.node, e.agent].join(SEP);
}

/** Decodes a source option value. */
export function decodeEndpoint(v: string): Endpoint | null {
  const [kind, a, b] = v.split(SEP);
  if (kind === 'container' && a && b) return { kind, pod: a as PodId, container: b };
  if (kind === 'node' && a && (b === 'kubelet' || b === 'host')) return { kind, node: a, agent: b };
  if (kind === 'external') return { kind };
  return null;
}

/** Encodes a target as one option value (typed addresses become "ip"). */
export function encodeTarget(t: Target): string {
  switch (t.kind) {
    case 'localhost':
    case 'ip':
      return t.kind;
    case 'pod':
      return ['pod', t.pod].join(SEP);
    case 'container':
      return ['container', t.pod, t.container].join(SEP);
    case 'node':
      return ['node', t.node].join(SEP);
    case 'service':
      return ['service', t.service].join(SEP);
    case 'nodeport':
      return ['nodeport', t.node, t.service].join(SEP);
    case 'name':
      return 'name';
    case 'internet':
      return 'internet';
  }
}

/** Decodes a target option value; "ip" takes the typed address. */
export function decodeTarget(v: string, ip: string): Target | null {
  const [kind, a, b] = v.split(SEP);
  if (kind === 'localhost') return { kind };
  if (kind === 'ip') return { kind, ip: ip.trim() };
  if (kind === 'pod' && a) return { kind, pod: a as PodId };
  if (kind === 'container' && a && b) return { kind, pod: a as PodId, container: b };
  if (kind === 'node' && a) return { kind, node: a };
  if (kind === 'service' && a) return { kind, service: a };
  if (kind === 'nodeport' && a && b) return { kind, node: a, service: b };
  if (kind === 'name') return { kind, name: (a ?? ip).trim() };
  if (kind === 'internet') return { kind };
  return null;
}

/** Every possible source: each container of each pod, then each node's kubelet and host. */
export function sources(cluster: ClusterSpec): readonly Endpoint[] {
  const out: Endpoint[] = [];
  for (const p of cluster.pods) {
    const pod = `${p.namespace}/${p.name}` as PodId;
    for (const c of p.containers) out.push({ kind: 'container', pod, container: c.name });
  }
  for (const n of cluster.nodes) {
    out.push({ kind: 'node', node: n.name, agent: 'kubelet' });
    out.push({ kind: 'node', node: n.name, agent: 'host' });
  }
  // the external client sits on the node network: there is none without nodes
  if (cluster.nodes.length > 0) out.push({ kind: 'external' });
  return out;
}

/** Every named target: localhost, each pod and its containers, each node. */
export function targets(cluster: ClusterSpec): readonly Target[] {
  const out: Target[] = [{ kind: 'localhost' }];
  for (const p of cluster.pods) {
    const pod = `${p.namespace}/${p.name}` as PodId;
    out.push({ kind: 'pod', pod });
    for (const c of p.containers) out.push({ kind: 'container', pod, container: c.name });
  }
  for (const n of cluster.nodes) out.push({ kind: 'node', node: n.name });
  for (const s of cluster.services ?? []) {
    const service = `${s.namespace}/${s.name}`;
    if (s.clusterIP !== 'None') out.push({ kind: 'service', service });
    if (s.type === 'NodePort')
      for (const n of cluster.nodes) out.push({ kind: 'nodeport', node: n.name, service });
  }
  if (cluster.nodes.length > 0) out.push({ kind: 'internet' });
  return out;
}

/** The first packet offered: the scenario's first, else a container to another pod's first port. */
export function defaultRequest(
  cluster: ClusterSpec,
  packets: readonly PacketRequest[],
): PacketRequest | null {
  const first = packets[0];
  if (first) return first;
  const all = allTraffic(cluster, [], 1);
  if (all[0]) return all[0];
  const src = sources(cluster)[0];
  return src ? { from: src, to: { kind: 'localhost' }, protocol: 'ICMP' } : null;
}

/** Traffic for "play all": every packet of the scenario, else each container to every other pod's ports (at most `cap`: as many as a scenario may prepare). */
export function allTraffic(
  cluster: ClusterSpec,
  packets: readonly PacketRequest[],
  cap: number = LIMITS.packets,
): readonly PacketRequest[] {
  if (packets.length > 0) return packets;
  const out: PacketRequest[] = [];
  for (const from of sources(cluster)) {
    if (from.kind !== 'container') continue;
    for (const p of cluster.pods) {
      const pod = `${p.namespace}/${p.name}` as PodId;
      if (pod === from.pod) continue;
      for (const c of p.containers) {
        for (const port of c.ports) {
          if (out.length >= cap) return out;
          out.push({ from, to: { kind: 'pod', pod }, protocol: port.protocol, port: port.port });
        }
      }
    }
  }
  return out;
}

/** The form showing a request. */
export function formFromRequest(req: PacketRequest): SendForm {
  return {
    from: encodeEndpoint(req.from),
    to: encodeTarget(req.to),
    ip: req.to.kind === 'ip' ? req.to.ip : req.to.kind === 'name' ? req.to.name : '',
    protocol: req.protocol,
    port: req.port === undefined ? '' : String(req.port),
    ...(req.size === undefined ? {} : { size: String(req.size) }),
  };
}

/** Whether the protocol needs a port. */
export function needsPort(protocol: RequestProtocol): boolean {
  return protocol === 'TCP' || protocol === 'UDP';
}

/** Splits a typed "10.0.0.1:80" into address and port (port null when none was typed). */
export function splitHostPort(text: string): {
  readonly host: string;
  readonly port: string | null;
} {
  const t = text.trim();
  const colon = t.lastIndexOf(':');
  return colon < 0
    ? { host: t, port: null }
    : { host: t.slice(0, colon), port: t.slice(colon + 1) };
}

/** The request the form describes, or the message key of what to fix. */
export function requestFromForm(
  form: SendForm,
):
  | { readonly ok: true; readonly req: PacketRequest }
  | { readonly ok: false; readonly error: MessageKey } {
  const from = decodeEndpoint(form.from);
  if (!from) return { ok: false, error: 'send.error.noSource' };
  const typed = splitHostPort(form.ip);
  if (form.to === 'ip' && typed.port !== null) form = { ...form, ip: typed.host, port: typed.port };
  const to = decodeTarget(form.to, form.ip);
  if (to?.kind === 'name' && !DNS_NAME.test(to.name))
    return { ok: false, error: 'send.error.name' };
  if (!to || (to.kind === 'ip' && parseIpv4(to.ip) === null)) {
    return { ok: false, error: 'send.error.ip' };
  }
  if (form.protocol === 'SHM' && to.kind !== 'container') {
    return { ok: false, error: 'send.error.shm' };
  }
  if (!needsPort(form.protocol)) return withSize({ from, to, protocol: form.protocol }, form.size);
  const port = Number(form.port.trim());
  if (!/^\d+$/.test(form.port.trim()) || port < 1 || port > 65535) {
    return { ok: false, error: 'send.error.port' };
  }
  return { ok: true, req: { from, to, protocol: form.protocol, port } };
}

/** The form after choosing a target: a container target suggests its first port. */
export function withTarget(form: SendForm, to: string, cluster: ClusterSpec): SendForm {
  const t = decodeTarget(to, form.ip);
  if (t && (t.kind === 'container' || t.kind === 'pod')) {
    const pod = cluster.pods.find((p) => `${p.namespace}/${p.name}` === t.pod);
    const c =
      t.kind === 'container'
        ? pod?.containers.find((x) => x.name === t.container)
        : pod?.containers[0];
    const first = c?.ports[0];
    if (first && form.protocol !== 'SHM' && form.protocol !== 'ICMP') {
      return { ...form, to, port: String(first.port), protocol: first.protocol };
    }
  }
  const service = t?.kind === 'service' || t?.kind === 'nodeport' ? t.service : undefined;
  const svc = cluster.services?.find((s) => `${s.namespace}/${s.name}` === service);
  const sp = svc?.ports[0];
  const port = t?.kind === 'nodeport' ? sp?.nodePort : sp?.port;
  if (sp && port !== undefined && form.protocol !== 'SHM')
    return { ...form, to, port: String(port), protocol: sp.protocol };
  return { ...form, to };
}

/**
 * The form in another cluster: every choice the learner made is kept, except a sender or target
 * the cluster does not have, which takes the fallback's value and is listed in `reset`.
 */
export function keepChoices(form: SendForm, cluster: ClusterSpec, fallback: SendForm): SendForm {
  const { reset: _earlier, ...kept } = form;
  let next: SendForm = kept;
  const reset: FormReset[] = [];
  if (
    !sources(cluster).some((s) => encodeEndpoint(s) === form.from) &&
    form.from !== fallback.from
  ) {
    reset.push({ field: 'from', was: form.from, now: fallback.from });
    next = { ...next, from: fallback.from };
  }
  const hasTarget =
    form.to === 'ip' ||
    form.to === 'name' ||
    targets(cluster).some((t) => encodeTarget(t) === form.to);
  if (!hasTarget && form.to !== fallback.to) {
    reset.push({ field: 'to', was: form.to, now: fallback.to });
    next = { ...next, to: fallback.to, ip: fallback.to === 'ip' ? fallback.ip : form.ip };
  }
  return reset.length > 0 ? { ...next, reset } : next;
}
