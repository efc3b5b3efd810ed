/** MTU: a don't-fragment packet larger than the output device's MTU never leaves its sender (EMSGSIZE). */
import { ex } from '../trace/explain';
import { pushHop, stop, type LegEnd, type Walk } from '../trace/walkState';
import { ICMP_HEADER_BYTES, IPV4_HEADER_BYTES } from '../trace/sizes';
import type { Device } from '../model/networkTypes';

/** IPv4 (20) and ICMP (8) header bytes: ping's -s counts only the payload after them. */
export const PING_HEADER_BYTES = IPV4_HEADER_BYTES + ICMP_HEADER_BYTES;

/**
 * Stops a DF packet whose Total Length does not fit the MTU of the device its route leaves by: the
 * sender's own kernel refuses it in sendmsg() (EMSGSIZE), so nothing is transmitted; undefined when it fits.
 */
export function tooBigToSend(w: Walk, dev: Device, route: string): LegEnd | undefined {
  const ip = w.headers.ip;
  if (!ip?.df || ip.totalLength <= dev.mtu) return undefined;
  const size = ip.totalLength;
  const params = { size, mtu: dev.mtu, dev: dev.name, route };
  // no device on the hop: the frame never reaches one
  pushHop(
    w,
    { netns: dev.netns, action: 'drop', explain: ex('sim.hop.dropMessageTooLong', params) },
    w.headers,
  );
  return stop('dropped', ex('sim.outcome.messageTooLong', params));
}
