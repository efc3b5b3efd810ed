/** MTU: a don't-fragment packet larger than the output device's MTU never leaves its sender (EMSGSIZE). */
import { ex } from './explain';
import { pushHop, stop, type LegEnd, type Walk } from './walkState';
import type { Device } from './networkTypes';

/** IPv4 (20) and ICMP (8) header bytes: ping's -s counts only the payload after them. */
export const PING_HEADER_BYTES = 28;

/**
 * Stops a sized DF packet that does not fit the MTU of the device its route leaves by: the sender's
 * own kernel refuses it in sendmsg() (EMSGSIZE), so nothing is transmitted; undefined when it fits.
 */
export function tooBigToSend(w: Walk, dev: Device, route: string): LegEnd | undefined {
  const size = w.size;
  if (size === undefined || !w.headers.ip?.df || size <= dev.mtu) return undefined;
  const params = { size, mtu: dev.mtu, dev: dev.name, route };
  // no device on the hop: the frame never reaches one
  pushHop(
    w,
    { netns: dev.netns, action: 'drop', explain: ex('sim.hop.dropMessageTooLong', params) },
    w.headers,
  );
  return stop('dropped', ex('sim.outcome.messageTooLong', params));
}
