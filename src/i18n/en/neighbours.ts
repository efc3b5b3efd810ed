/** English messages for neighbour caches: ARP at forwarding nodes and under VXLAN, and the "does this hop need ARP?" question. */
export const neighboursEn = {
  'sim.hop.arpForward':
    'ARP from a router: {{dev}} has no neighbour entry for the next hop {{target}} yet, so the node asks on that link — “who-has {{target}} tell {{sender}}”, broadcast to ff:ff:ff:ff:ff:ff. A forwarded packet is not the node’s own, so the request names the address of {{dev}} itself. The owner of {{target}} answers “{{target}} is-at {{mac}}” and learns the asker from the request on the way (so its answer back will need no ARP). The packet, held meanwhile, leaves with destination MAC {{mac}}.',
  'sim.hop.arpUnderlay':
    'ARP under the overlay: the wrapped packet goes to {{target}} out of {{dev}}, and the node’s neighbour cache has no entry for it yet. flannel.1’s permanent entries only cover the inner frame; the outer one is an ordinary packet on the node network. So {{dev}} asks “who-has {{target}} tell {{sender}}”, the node owning {{target}} answers “{{target}} is-at {{mac}}”, and the encapsulated packet leaves with destination MAC {{mac}}.',
  'sim.hop.forwardArp':
    '{{node}} is a router (ip_forward is on). Route lookup for {{dst}} matches “{{route}}”, so the packet leaves by {{dev}} and the TTL drops to {{ttl}}. To write the new Ethernet header the node needs the next hop’s MAC, and its neighbour cache on {{dev}} has none yet: it must ask by ARP first.',
} as const;
