/** English messages for Services, kube-proxy's rules, conntrack, NAT and egress (loaded with the rest of the later catalog). */
export const servicesEn = {
  // ---------------------------------------------------------------- NAT hops
  'sim.hop.dnat':
    '{{node}}’s nat table, {{hook}} hook: the packet to {{from}} matches kube-proxy’s rules for the Service {{service}} — KUBE-SERVICES sends it to the Service’s KUBE-SVC chain, whose probability rules pick endpoint {{index}} of {{count}} (the choice is random per connection; here it follows from the flow), and that endpoint’s KUBE-SEP chain DNATs it: the destination becomes {{to}}. The ClusterIP exists nowhere else — only in these rules. conntrack records the rewrite so the reply can be turned back.',
  'sim.hop.dnatPinned':
    '{{node}}’s nat table, {{hook}} hook: the packet to {{from}} matches kube-proxy’s rules for the Service {{service}} — KUBE-SERVICES, the Service’s KUBE-SVC chain, then the KUBE-SEP chain of endpoint {{index}} of {{count}}, which you pinned (kube-proxy itself picks at random per connection). DNAT rewrites the destination to {{to}}. conntrack records the rewrite so the reply can be turned back.',
  'sim.hop.snatKubeProxy':
    'nat POSTROUTING on {{node}}: the packet carries kube-proxy’s masquerade mark (0x4000, set by KUBE-MARK-MASQ), so KUBE-POSTROUTING MASQUERADEs it: the source {{from}} becomes {{to}}, the address of {{dev}} it leaves by. The endpoint will answer {{to}}, which brings the reply back through this node, where conntrack can undo both rewrites.',
  'sim.hop.snatFlannel':
    'nat POSTROUTING on {{node}}: flannel’s FLANNEL-POSTRTG chain masquerades a pod address leaving the pod network: the source {{from}} becomes {{to}}, the address of {{dev}} it leaves by. Outside the cluster nobody has a route to pod addresses, so without this the answer from {{dst}} could never come back.',
  'sim.hop.unSnat':
    'conntrack on {{node}} recognises the reply of a connection it masqueraded and, before routing, puts the original address back: the destination {{from}} becomes {{to}}.',
  'sim.hop.unDnat':
    'conntrack on {{node}} recognises the reply of a connection it DNATed and, as the packet leaves, puts the address the client used back: the source {{from}} becomes {{to}}. The client sees the answer come from the address it connected to.',
  // ---------------------------------------------------------------- filter hops
  'sim.hop.rejectNoEndpoints':
    'The Service {{service}} has no ready endpoint, so kube-proxy wrote no DNAT rule for it, only a filter rule that refuses it: “{{rule}}”. {{node}} rejects the packet to {{dst}}:{{port}}.',
  'sim.hop.rejectNoEndpointsIcmp':
    'kube-proxy’s REJECT makes the kernel of {{who}} answer with ICMP “destination unreachable — port unreachable” (type 3, code 3), from {{src}} to {{dst}}, quoting the refused packet.',
  'sim.hop.dropNoLocalEndpoints':
    'externalTrafficPolicy Local: {{node}} forwards NodePort traffic only to endpoints on this node, and the Service {{service}} has none here. The KUBE-SVL chain is empty, nothing is DNATed, and kube-proxy’s filter rule drops the packet silently: “{{rule}}”.',
  // ---------------------------------------------------------------- bridge and routing
  'sim.hop.bridgeDnat':
    'With bridge-nf-call-iptables on, the frame met the nat table on the bridge itself. Its new destination {{dst}} sits behind this same bridge, so the node only looks up that pod’s MAC {{mac}} and cni0 bridges the frame straight out of port {{port}}: nothing routes it, the TTL and the source MAC stay the pod’s.',
  'sim.hop.bridgeHairpin':
    'The frame must go back out of the very port it came in by, {{port}}. A bridge never does that — unless the port is in hairpin mode, as flannel’s bridge configuration sets it. So cni0 sends it back towards the pod.',
  'sim.hop.dropHairpinOff':
    'After DNAT the frame’s destination ({{mac}}) is behind the port it came in by, {{port}}. Without hairpin mode a bridge never sends a frame back out of its ingress port, so cni0 drops it. The conntrack entry the DNAT created dies with it unconfirmed — conntrack confirms an entry only when its first packet passes POSTROUTING — so conntrack -L shows nothing.',
  'sim.hop.forwardNoPodCidr':
    '{{dst}} lies in the cluster CIDR {{cidr}}, but no node’s pod range covers it: no node has a route for it, so {{node}} can only use its default route “{{route}}” and forwards it out of {{dev}} to the gateway (TTL {{ttl}}). flannel does not masquerade it (it is a pod-network address).',
  'sim.hop.forwardUpstream':
    'The gateway router has no route for {{dst}} but its default route, so it forwards the packet out of {{dev}} towards its upstream router {{via}} (TTL {{ttl}}). Nothing in this simulation owns {{via}}: before the packet can leave, the gateway must learn that router’s MAC.',
  'sim.hop.wireToClient':
    'The frame crosses the node network from {{from}} to {{to}}, the external client’s {{dev}}.',
  'sim.hop.wireToGateway':
    'The frame crosses the node network from {{from}} to {{to}}, the {{dev}} of the gateway router that connects it to the internet.',
  'sim.hop.wireToInternet':
    'The frame crosses the internet link from {{from}} to {{to}}, the internet host’s {{dev}}.',
  'sim.hop.dropMartian':
    'The packet arrives at {{pod}} with its own address {{src}} as the source — a “martian” packet that cannot have come from outside. The pod’s kernel drops it (accept_local is off). Masquerading the hairpin packet is what avoids this.',
  'sim.hop.rejectStrayTcp':
    'The SYN+ACK arrives from {{got}}, but {{container}} connected to {{expected}}: the reverse NAT never happened, because the reply did not pass the node’s conntrack. No socket matches, so the kernel answers with RST and the connection never opens.',
  'sim.hop.rejectStrayUdp':
    'The answer arrives from {{got}}, but {{container}} sent to {{expected}}: the reverse NAT never happened. No socket matches, so the kernel answers with ICMP port unreachable.',
  'sim.hop.deliverStrayRst':
    'The RST reaches {{who}}, whose kernel matches it to the half-open connection it answered from {{got}} and drops that connection. Nothing reaches a socket; {{container}} still waits for an answer from {{expected}}.',
  'sim.hop.deliverStrayUnreachable':
    'The ICMP port unreachable reaches {{who}}, whose kernel reports it to the socket that answered from {{got}}. {{container}} still waits for an answer from {{expected}}.',
  // ---------------------------------------------------------------- outcomes
  'sim.outcome.noEndpoints':
    'Refused: the Service {{service}} has no ready endpoints, and kube-proxy rejects connections to it (ICMP port unreachable; connect() fails with “Connection refused”).',
  'sim.outcome.noLocalEndpoints':
    'Dropped: with externalTrafficPolicy Local, {{node}} has no endpoint of {{service}}, so kube-proxy drops the packet. The client waits and times out.',
  'sim.outcome.hairpinOff':
    'Dropped: the pod reached itself through its Service, and the frame would have to leave by the port it came in, {{port}}; without hairpin mode the bridge refuses. The connection times out.',
  'sim.outcome.martian':
    'Dropped: without masquerade the pod receives its own packet from its own address {{src}} and drops it as martian. Hairpin traffic needs both hairpin mode and masquerade.',
  'sim.outcome.strayReply':
    'The connection fails: the answer came from {{got}} instead of {{expected}}, because the reply bypassed the conntrack that held the DNAT. {{container}} resets it and retries until it times out.',
  'sim.outcome.noPodCidr':
    '{{dst}} is inside the cluster CIDR {{cidr}}, yet no node’s pod range covers it, so no node owns it. The packet followed the default route out of the cluster to the gateway, whose upstream router {{via}} is beyond this simulation: its ARP goes unanswered and the packet is lost. Outside the cluster nobody knows pod addresses anyway.',
  'sim.outcome.serviceIpNoRule':
    'No answer: {{dst}} is in the service range, but a ClusterIP is only DNAT rules for its TCP and UDP ports — no rule matched this packet and nothing owns the address, so it followed the default route out of the cluster to the gateway. Its upstream router {{via}} is beyond this simulation, so the gateway’s ARP goes unanswered and it reports “host unreachable” after about 3 seconds. A ClusterIP does not answer ping.',
  'sim.outcome.leftToInternet':
    '{{dst}} is on the internet beyond this simulation: the gateway router would send the packet on to its upstream router {{via}}, which is not modelled here, so the gateway’s ARP goes unanswered and it reports “host unreachable” after about 3 seconds.',
  'sim.outcome.unknownService': 'There is no Service {{service}} in this cluster.',
  'sim.outcome.headlessNoIp':
    '{{service}} is headless (clusterIP: None): it has no virtual address and no kube-proxy rules. Reach its pods by name (DNS answers with their IPs) or by their own addresses.',
  // ---------------------------------------------------------------- why a field changed
  'sim.change.dnat': 'DNAT (kube-proxy’s KUBE-SEP rule) rewrote the destination to the endpoint.',
  'sim.change.snat': 'MASQUERADE rewrote the source to the outgoing interface’s address.',
  'sim.change.unDnat': 'conntrack reversed the DNAT: the source is the address the client used.',
  'sim.change.unSnat': 'conntrack reversed the masquerade: the destination is the original sender.',
} as const;
