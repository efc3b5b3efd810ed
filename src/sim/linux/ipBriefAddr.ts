/** `ip -br addr`: one line per device of a namespace, its state and addresses, as iproute2 prints it. */
import { devicesIn, linkName, operState } from './ifindex';
import type { Network } from '../model/networkTypes';
import type { NetnsId } from '../model/types';

/**
 * What `ip -br addr` prints in a namespace: the name (with "@ifN" for a veth) padded to 16, the
 * state padded to 14, then each address with its prefix, every field followed by a space. lo has
 * 127.0.0.1/8; IPv6 is off in the model, so no inet6 address shows.
 */
export function ipBriefAddr(network: Network, netns: NetnsId): string {
  return devicesIn(network, netns)
    .map((d) => {
      const addrs =
        d.kind === 'loopback'
          ? ['127.0.0.1/8']
          : d.ip !== undefined
            ? [`${d.ip}/${d.prefix ?? 32}`]
            : [];
      const name = linkName(network, d).padEnd(16);
      const state = operState(network, d).padEnd(14);
      return `${name} ${state} ${addrs.map((a) => `${a} `).join('')}\n`;
    })
    .join('');
}
