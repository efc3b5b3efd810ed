/** Parts of the send form: its class names and the labels of its source and target options. */
import type { Endpoint, Network, PodId, Target } from '../../sim';
import type { useT } from '../useT';
import { decodeEndpoint, decodeTarget, type FormReset } from './sendForm';

type T = ReturnType<typeof useT>;

/** The class names of the form's fields. */
export const field =
  'w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 disabled:bg-slate-100 disabled:text-slate-500';
/** The class names of a field's label. */
export const label = 'mb-1 block text-xs font-medium text-slate-700';

/** The label of a source option. */
export function sourceLabel(t: T, e: Endpoint): string {
  if (e.kind === 'external') return t('send.fromExternal');
  return e.kind === 'container'
    ? t('send.fromContainer', { container: e.container, pod: e.pod })
    : t('send.fromAgent', { agent: t(`send.agent.${e.agent}`), node: e.node });
}

/** Pod and node addresses by id and name, built once per network. */
export interface Addresses {
  /** Pod id → its IP. */
  readonly pods: ReadonlyMap<string, string>;
  /** Node name → its eth0 IP. */
  readonly nodes: ReadonlyMap<string, string>;
}

/** Indexes a network's addresses for the option labels. */
export function addressesOf(net: Network): Addresses {
  return {
    pods: new Map(net.pods.map((p) => [p.id, p.ip])),
    nodes: new Map(net.nodes.map((n) => [n.name, n.ip])),
  };
}

/** The label of a target option. */
export function targetLabel(t: T, x: Target, at: Addresses): string {
  switch (x.kind) {
    case 'localhost':
      return t('send.toLocalhost');
    case 'ip':
      return t('send.toIp');
    case 'pod':
      return t('send.toPod', { pod: x.pod, ip: at.pods.get(x.pod) ?? '' });
    case 'container':
      return t('send.toContainer', { container: x.container, pod: x.pod as PodId });
    case 'node':
      return t('send.toNode', { node: x.node, ip: at.nodes.get(x.node) ?? '' });
    case 'service':
      return t('send.toService', { service: x.service });
    case 'nodeport':
      return t('send.toNodePort', { service: x.service, node: x.node });
    case 'name':
      return t('send.toName');
    case 'internet':
      return t('send.toInternet');
  }
}

/** A sender or target option value named without its address (it may be gone from the cluster). */
export function choiceName(t: T, value: string): string {
  const from = decodeEndpoint(value);
  if (from) return sourceLabel(t, from);
  const to = decodeTarget(value, '');
  switch (to?.kind) {
    case 'pod':
      return to.pod;
    case 'container':
      return t('send.fromContainer', { container: to.container, pod: to.pod });
    case 'node':
      return to.node;
    case 'localhost':
      return t('send.toLocalhost');
    default:
      return value;
  }
}

/** The sentence saying that a scenario change reset a choice, what it was and what it is now. */
export function resetText(t: T, r: FormReset): string {
  const params = { was: choiceName(t, r.was), now: choiceName(t, r.now) };
  return t(r.field === 'from' ? 'send.reset.from' : 'send.reset.to', params);
}
