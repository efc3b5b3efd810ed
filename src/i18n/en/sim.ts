/** English explanations of the simulation's hops, outcomes and field changes (keys under "sim."). */
export const simEn = {
  // ---------------------------------------------------------------- hops: sending
  'sim.hop.send':
    '{{container}} sends a {{protocol}} packet from {{src}} to {{target}}. The socket hands it to the network stack of its namespace, which starts it with TTL {{ttl}}.',
  'sim.hop.sendPing':
    '{{container}} runs ping: an ICMP echo request of {{size}} bytes from {{src}} to {{dst}}. The socket hands it to the network stack of its namespace, which starts it with TTL {{ttl}}.',
  'sim.hop.sendSynAck':
    '{{container}} listens on TCP port {{port}}, so its kernel accepts the connection and answers the SYN with SYN+ACK, from {{dst}} back to {{src}}.',
  'sim.hop.sendUdpReply':
    '{{container}} received the datagram on UDP port {{port}} and sends a reply datagram back to {{src}}.',
  'sim.hop.sendEchoReply':
    'The kernel at {{src}} answers the ICMP echo request itself with an echo reply to {{dst}}: no process has to listen for ping. Its own ICMP socket does no path-MTU discovery, so unlike ping’s request the reply leaves without the don’t-fragment (DF) flag.',
  // ---------------------------------------------------------------- hops: loopback
  'sim.hop.loopback':
    '{{dst}} is an address of this very namespace, so the kernel sends the packet through lo: out and straight back in, with the all-zero MAC 00:00:00:00:00:00. It never touches eth0, the veth pair or the node.',
  // ---------------------------------------------------------------- hops: routing and ARP
  'sim.hop.routeOnLink':
    'Route lookup for {{dst}}: the matching route is “{{route}}”. The destination is on-link — in the same subnet — so the packet goes straight out of {{dev}} to {{dst}} itself, without a gateway.',
  'sim.hop.routeGateway':
    'Route lookup for {{dst}}: the matching route is “{{route}}”. The destination is not on this link, so the packet is sent out of {{dev}} to the gateway {{via}}, which will route it further.',
  'sim.hop.arp':
    'ARP: to build the Ethernet frame the sender needs the MAC of {{target}}. It broadcasts “who-has {{target}} tell {{sender}}” on {{dev}} (the bridge floods it to every port) and the owner answers: {{mac}}.',
  'sim.hop.arpNode':
    'ARP on the node network: “who-has {{target}} tell {{sender}}” is broadcast on {{dev}}, and the node owning {{target}} answers with its MAC {{mac}}.',
  'sim.hop.arpExchange':
    'ARP: to build the Ethernet frame the sender needs the MAC of {{target}}. It broadcasts an ARP request out of {{dev}} — “who-has {{target}} tell {{sender}}”, to ff:ff:ff:ff:ff:ff — and the bridge floods it to every port. Only the owner of {{target}} answers, with a unicast ARP reply straight back: “{{target}} is-at {{mac}}”. In that reply the owner is the sender and the asker the target. The packet then leaves with destination MAC {{mac}}.',
  'sim.hop.arpExchangeNode':
    'ARP on the node network: the request “who-has {{target}} tell {{sender}}” leaves {{dev}} for the broadcast MAC ff:ff:ff:ff:ff:ff and reaches the eth0 of every other node. Only the node owning {{target}} answers, with a unicast reply to the asker: “{{target}} is-at {{mac}}”. The packet then leaves with destination MAC {{mac}}.',
  'sim.hop.arpFailed':
    'ARP: “who-has {{target}} tell {{sender}}” is broadcast on {{dev}}, but no answer comes — no device on this link holds {{target}}.',
  'sim.hop.dropMessageTooLong':
    'The route “{{route}}” sends the packet out of {{dev}}, whose MTU is {{mtu}} bytes. The packet is {{size}} bytes and must not be fragmented (DF, ping -M do), so the sender’s own kernel refuses it before it leaves: sendmsg() fails with EMSGSIZE and ping prints “local error: message too long, mtu={{mtu}}”. Nothing goes on the wire. Over VXLAN the pod’s MTU is 1450, leaving 50 bytes for the outer headers within the node network’s 1500.',
  'sim.hop.dropArp':
    'The kernel keeps the packet while it asks again, about once a second. After three unanswered ARP requests (about 3 s) it gives up: the neighbour entry for {{target}} becomes FAILED and the waiting packet is dropped.',
  // ---------------------------------------------------------------- hops: veth and bridge
  'sim.hop.vethToNode':
    'The frame crosses the veth pair: whatever enters {{from}} inside the pod comes out of its peer {{to}} in the node’s root namespace — a virtual cable between two namespaces. Nothing in the frame changes.',
  'sim.hop.vethToPod':
    'The frame crosses the veth pair from {{from}} in the node to its peer {{to}}, the pod’s eth0. Nothing in the frame changes.',
  'sim.hop.bridge':
    'cni0 is a Linux bridge: it looks up the destination MAC {{mac}} in its forwarding table and sends the frame from port {{from}} out of port {{port}}. A bridge switches by MAC — nothing routes this frame, so the TTL stays the same.',
  'sim.hop.bridgeFromNode':
    'The node hands the frame to cni0, its own port on the bridge. The bridge finds the destination MAC {{mac}} behind port {{port}} and switches the frame there.',
  'sim.hop.bridgeUp':
    'The destination MAC {{mac}} is cni0’s own address — the pod sent the frame to its gateway — so the bridge does not switch it to another port: it hands it up to the node’s IP stack, which sees it arrive on cni0.',
  // ---------------------------------------------------------------- hops: forwarding between nodes
  'sim.hop.forward':
    '{{node}} is a router (ip_forward is on). Route lookup for {{dst}} matches “{{route}}”, so the packet leaves by {{dev}}. Forwarding decrements the TTL to {{ttl}} and writes a new Ethernet header for the next link (to {{mac}}); the IP addresses do not change.',
  'sim.hop.forwardVxlan':
    '{{node}} routes the packet: “{{route}}” sends it to flannel.1, the VXLAN device. The TTL drops to {{ttl}}. The gateway’s MAC comes from a permanent neighbour entry flannel wrote — the remote node’s flannel.1 MAC {{mac}} — so no ARP is needed.',
  'sim.hop.wire':
    'The frame crosses the node network from {{from}} to {{to}}, the eth0 of {{node}}.',
  'sim.hop.encapsulate':
    'flannel.1 wraps the whole frame in UDP: the FDB says the remote VTEP MAC lives at {{remote}}, so it adds outer headers {{local}} → {{remote}} (a fresh TTL 64 and no DF flag), UDP {{sport}} → {{port}} and VXLAN VNI {{vni}}. The source port is a hash of the inner flow. Those 50 extra bytes are why pods get MTU 1450.',
  'sim.hop.encapsulateSized':
    'flannel.1 wraps the whole frame in UDP: the FDB says the remote VTEP MAC lives at {{remote}}, so it adds outer headers {{local}} → {{remote}} (a fresh TTL 64 and no DF flag), UDP {{sport}} → {{port}} and VXLAN VNI {{vni}}. The source port is a hash of the inner flow. The inner IP packet is {{inner}} bytes; the 50 bytes added around it (inner Ethernet 14, VXLAN 8, UDP 8, outer IPv4 20) make the outer IP packet {{outer}} bytes, within the MTU {{mtu}} of eth0. That is why flannel.1 and the pods behind it get MTU {{vtepMtu}}: a {{vtepMtu}}-byte packet becomes exactly {{mtu}} bytes on the wire.',
  'sim.hop.wireVxlan':
    'The encapsulated frame crosses the node network from {{local}} to {{remote}}. On the wire it is just UDP between two nodes; the pod packet travels inside it untouched.',
  'sim.hop.decapsulate':
    '{{node}} receives UDP port {{port}}, which belongs to flannel.1: the device checks VNI {{vni}}, strips the outer headers and passes the inner packet to the stack as if it had arrived on flannel.1.',
  'sim.hop.dropGateway':
    '{{dst}} matches only the default route, so it would leave by {{dev}} for the gateway {{gw}} — a router outside this cluster. The trace stops here: without masquerading, the outside world could not even answer a pod address.',
  'sim.hop.dropNotMine':
    'This namespace does not own {{dst}} and does not forward packets, so it drops it.',
  'sim.hop.dropTtl':
    'The TTL would reach zero here, so the router drops the packet to {{dst}} (a routing loop never lasts forever).',
  // ---------------------------------------------------------------- hops: arrival
  'sim.hop.deliver':
    '{{dst}} is an address of this namespace and {{container}} listens on {{protocol}} port {{port}}: the kernel hands the packet to its socket. The application sees the source {{src}}.',
  'sim.hop.deliverEcho':
    '{{dst}} is an address of this namespace: the kernel itself handles the ICMP echo request from {{src}}.',
  'sim.hop.deliverReply':
    'The answer from {{src}} reaches {{container}}: the exchange is complete.',
  'sim.hop.deliverSynAck':
    'The SYN+ACK from {{src}} reaches the kernel of {{container}}, which answers with the final ACK (not traced here): the three-way handshake completes with that ACK, and connect() returns.',
  'sim.hop.deliverRefused':
    'The refusal from {{src}} reaches {{container}}: its connect() or send fails with “Connection refused” (ECONNREFUSED).',
  'sim.hop.rejectTcp':
    'Nobody listens on TCP port {{port}} at {{dst}}, so the destination’s own kernel answers the SYN with RST+ACK: “Connection refused”.',
  'sim.hop.rejectHostUnreachable':
    'Having given up on ARP for {{target}}, the kernel of {{who}} tells the sender: it sends an ICMP “destination unreachable — host unreachable” (type 3, code 1) from {{src}}, its own address towards {{dst}}, back to {{dst}}. The error carries the start of the dropped packet so the sender knows which connection failed.',
  'sim.hop.deliverHostUnreachable':
    'The ICMP host unreachable from {{src}} reaches the kernel of {{container}}, which matches it to the packet it quotes and fails that socket: connect() returns “No route to host” (EHOSTUNREACH), and ping prints “Destination Host Unreachable”. The error comes about 3 s late: that is how long ARP waited for {{target}}.',
  'sim.hop.rejectTimeExceeded':
    'The packet to {{target}} reached {{who}} with TTL 1, and a router may not forward a packet whose TTL would reach 0: the kernel drops it and tells the sender with an ICMP “time exceeded — TTL exceeded in transit” (type 11, code 0) from {{src}}, its own address towards {{dst}}. The error quotes the start of the dropped packet; traceroute is built on this answer.',
  'sim.hop.deliverTimeExceeded':
    'The ICMP time exceeded from {{src}} reaches the kernel of {{container}}, which matches it to the packet it quotes: ping prints “From {{src}} … Time to live exceeded”, while a TCP connect() only notes it and keeps trying until it times out. The packet never reached {{target}}.',
  'sim.hop.rejectUdp':
    'Nobody listens on UDP port {{port}} at {{dst}}, so the kernel answers with ICMP “port unreachable”.',
  'sim.hop.rejectLocalhost':
    'Nothing listens on {{protocol}} port {{port}} in the namespace of {{pod}}. localhost is always the sender’s own lo: a port open in another pod is simply not here, so the kernel refuses (RST for TCP, ICMP port unreachable for UDP).',
  // ---------------------------------------------------------------- hops: containers and IPC
  'sim.hop.bindFail':
    '{{container}} could not start: bind() to {{protocol}} port {{port}} failed with EADDRINUSE (“Address already in use”). The containers of a pod share one port space, and {{heldBy}} already holds that port.',
  'sim.hop.bindFailNode':
    '{{container}} could not start: bind() to {{protocol}} port {{port}} failed with EADDRINUSE (“Address already in use”). A hostNetwork pod shares the node’s port space, where {{heldBy}} ({{pod}}) already holds that port.',
  'sim.hop.ipc':
    '{{from}} writes to the POSIX shared memory {{name}} and {{to}} reads it directly. The containers of a pod share one IPC namespace — System V semaphores and POSIX shared memory work between them as between processes on one host — so no packet and no network device is involved.',
  // ---------------------------------------------------------------- outcomes
  'sim.outcome.deliveredLoopback':
    'Delivered over lo, and answered the same way: the packet never left the namespace (TTL {{ttl}}, untouched).',
  'sim.outcome.deliveredBridge':
    'Delivered through the cni0 bridge: switched by MAC, never routed, so it arrived with TTL {{ttl}}.',
  'sim.outcome.deliveredRouted':
    'Delivered across nodes by plain routing (host-gw): each node routed it once, so it arrived with TTL {{ttl}}.',
  'sim.outcome.deliveredOverlay':
    'Delivered across nodes through the VXLAN overlay: routed by both nodes and carried inside UDP between them, it arrived with TTL {{ttl}}.',
  'sim.outcome.deliveredNode': 'Delivered to the node’s own network stack, which answered.',
  'sim.outcome.deliveredIpc':
    '{{from}} and {{to}} exchanged data through shared memory inside their pod, with no network at all.',
  'sim.outcome.refusedTcp':
    'Connection refused: nothing listens on TCP port {{port}} at {{ip}}, and its kernel answered with RST.',
  'sim.outcome.refusedUdp':
    'Refused: nothing listens on UDP port {{port}} at {{ip}}, and its kernel answered with ICMP port unreachable.',
  'sim.outcome.refusedLocalhost':
    'Refused: localhost is per pod. 127.0.0.1:{{port}} always means the sender’s own namespace ({{pod}}); to reach another pod, use that pod’s IP.',
  'sim.outcome.hostUnreachable':
    'Host unreachable: nobody answered ARP for {{ip}}, so the packet could not be delivered. The kernel that asked gave up after about 3 s and sent ICMP host unreachable back to the sender.',
  'sim.outcome.messageTooLong':
    'Never sent: {{size}} bytes with don’t-fragment set do not fit the MTU {{mtu}} of {{dev}}, so the sender’s kernel refused it (EMSGSIZE). Packets up to {{mtu}} bytes pass.',
  'sim.outcome.noRoute': 'Network unreachable: no route covers {{ip}}.',
  'sim.outcome.leftCluster':
    '{{ip}} is outside the cluster: the packet leaves towards the node network’s gateway, outside this simulation.',
  'sim.outcome.notMine':
    'Dropped: the packet to {{ip}} reached a namespace that neither owns nor forwards it.',
  'sim.outcome.ttlExpired': 'Dropped: the TTL of the packet to {{ip}} ran out.',
  'sim.outcome.bridgeUnknownMac': 'Dropped: no bridge port knows the MAC {{mac}}.',
  'sim.outcome.noBridge': 'Dropped: {{dev}} is not attached to a bridge.',
  'sim.outcome.noVtep': 'Dropped: {{dev}} has no forwarding entry for the remote VTEP.',
  'sim.outcome.failedToStart':
    '{{container}} never started: {{protocol}} port {{port}} was already held by {{heldBy}}, so its bind() failed with EADDRINUSE.',
  'sim.outcome.ipcAcrossPods':
    'Impossible: {{from}} and {{to}} are different pods, each with its own IPC namespace, so they cannot share memory or semaphores. Pods talk over the network instead.',
  'sim.outcome.ipcNeedsPods':
    'Impossible: shared memory connects containers of one pod; it needs a container on both ends.',
  'sim.outcome.unknownPod': 'There is no pod {{pod}} in this cluster.',
  'sim.outcome.notTraced': 'The simulator cannot trace a packet of this kind ({{what}}) yet.',
  'sim.outcome.unknownNode': 'There is no node {{node}} in this cluster.',
  'sim.outcome.unknownContainer': 'Pod {{pod}} has no container {{container}}.',
  'sim.outcome.badAddress': '“{{ip}}” is not an IPv4 address.',
  'sim.outcome.badPort':
    'TCP and UDP need a destination port between 1 and 65535 (got “{{port}}”).',
  // ---------------------------------------------------------------- why a header field changed
  'sim.change.ttl':
    '{{node}} routed the packet: every router decrements the TTL by one, so a packet caught in a loop eventually dies.',
  'sim.change.ethArp': 'The sender wrote the Ethernet header with the MAC that ARP just resolved.',
  'sim.change.ethNeighbour':
    'The MAC came from the neighbour cache: an earlier ARP exchange left it there — the answer this namespace asked for, or the asker it learned from a request it answered.',
  'sim.change.ethSrcOwn':
    'The source MAC is the sender’s own: the MAC of the device the frame leaves by. Only the destination MAC had to be found (by ARP, or in the neighbour cache).',
  'sim.change.ethDstArp':
    'The destination MAC is the one the ARP reply just gave: the MAC of the next hop on this link.',
  'sim.change.ethDstPermanent':
    'The destination MAC comes from a permanent neighbour entry that flannel wrote for the remote flannel.1: no ARP is needed.',
  'sim.change.ethForward':
    '{{node}} forwarded the packet, and a router writes a new Ethernet header for each link: its own MAC as source, the next hop’s as destination.',
  'sim.change.ethLoopback': 'Frames on lo carry the all-zero MAC both ways.',
  'sim.change.outerAdded':
    'VXLAN encapsulation added outer Ethernet, IP, UDP and VXLAN headers around the frame.',
  'sim.change.outerRemoved': 'VXLAN decapsulation removed the outer headers.',
  'sim.change.nat': 'Network address translation rewrote the address.',
  'sim.change.other': 'This field changed at this hop.',
  // ---------------------------------------------------------------- the headers panel
  'sim.header.packet': 'The packet itself',
  'sim.header.arpRequest': 'ARP request — broadcast',
  'sim.header.arpReply': 'ARP reply — unicast',
  'sim.header.arpNoReply': 'No ARP reply: nobody on this link answered.',
  'sim.header.totalLength': 'Total length (bytes)',
  'sim.sandbox.note':
    'The sandbox container starts first and holds the pod’s network namespace. It runs nothing but a pause; every other container of the pod joins its namespace, so they share one IP, one MAC, one lo and one eth0 (C4).',
  'sim.sandbox.hostNote':
    'The sandbox container starts first. This pod uses the host network, so the sandbox joins the node’s root namespace instead of creating one, and every container of the pod shares the node’s addresses.',
} as const;
