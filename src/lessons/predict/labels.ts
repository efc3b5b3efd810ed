/** How an answer is shown: a message key of the lesson catalog and its values, naming whose address or device it is. */
import type { Network, OutcomeKind } from '../../sim';
import type { QuestionKind } from '../types';

/** A text to show: a "predict." key and its parameters. */
export interface Label {
  /** The message key. */
  readonly key: `predict.${string}`;
  /** Values for its placeholders. */
  readonly params: Readonly<Record<string, string | number>>;
}

/** The MAC every frame on lo carries. */
export const ZERO_MAC = '00:00:00:00:00:00';
/** The broadcast MAC of an ARP request. */
export const BROADCAST_MAC = 'ff:ff:ff:ff:ff:ff';
/** The loopback address. */
export const LOOPBACK_IP = '127.0.0.1';

/** The short name of a pod id ("default/web" → "web"). */
const podName = (id: string) => id.slice(id.indexOf('/') + 1);

/** Where a namespace is, as label parameters: a pod's name or a node's. */
function place(net: Network, netns: string): { readonly pod: string } | { readonly node: string } {
  const ns = net.netns.get(netns as never);
  return ns?.kind === 'pod' && ns.pod ? { pod: podName(ns.pod) } : { node: ns?.node ?? netns };
}

/** A device by its name and where it is: "cni0 on node1", "eth0 in pod web". */
export function deviceLabel(net: Network, id: string): Label {
  const d = net.devices.get(id as never);
  const name = d?.name ?? id.slice(id.indexOf('#') + 1);
  const at = place(net, d?.netns ?? id.slice(0, id.indexOf('#')));
  return 'pod' in at
    ? { key: 'predict.device.pod', params: { name, pod: at.pod } }
    : { key: 'predict.device.node', params: { name, node: at.node } };
}

/** An IP address with whose it is. */
export function ipLabel(net: Network, ip: string): Label {
  if (ip === LOOPBACK_IP) return { key: 'predict.ip.loopback', params: { ip } };
  for (const d of net.devices.values()) {
    if (d.ip !== ip) continue;
    const at = place(net, d.netns);
    return 'pod' in at
      ? { key: 'predict.ip.pod', params: { ip, pod: at.pod } }
      : { key: 'predict.ip.node', params: { ip, name: d.name, node: at.node } };
  }
  return { key: 'predict.ip.plain', params: { ip } };
}

/** A MAC address with whose it is. */
export function macLabel(net: Network, mac: string): Label {
  if (mac === ZERO_MAC) return { key: 'predict.mac.zero', params: { mac } };
  if (mac === BROADCAST_MAC) return { key: 'predict.mac.broadcast', params: { mac } };
  for (const d of net.devices.values()) {
    if (d.mac !== mac) continue;
    const at = place(net, d.netns);
    return 'pod' in at
      ? { key: 'predict.mac.pod', params: { mac, name: d.name, pod: at.pod } }
      : { key: 'predict.mac.node', params: { mac, name: d.name, node: at.node } };
  }
  return { key: 'predict.mac.plain', params: { mac } };
}

/** The label of any answer value of a kind of question. */
export function valueLabel(net: Network, kind: QuestionKind, value: string): Label {
  switch (kind) {
    case 'device':
      return deviceLabel(net, value);
    case 'srcIp':
    case 'dstIp':
      return ipLabel(net, value);
    case 'srcMac':
    case 'dstMac':
      return macLabel(net, value);
    case 'ttl':
      return { key: 'predict.ttl', params: { ttl: value } };
    case 'encapsulated':
      return { key: value === 'yes' ? 'predict.encap.yes' : 'predict.encap.no', params: {} };
    case 'arp':
      return { key: value === 'yes' ? 'predict.arp.yes' : 'predict.arp.no', params: {} };
    case 'outcome':
      return { key: `predict.outcome.${value as OutcomeKind}`, params: {} };
  }
}
