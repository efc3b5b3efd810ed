/** English texts of lessons C7, C5, C8, C6, C9 and C10: addresses, ports, the node's agents, localhost, other pods, IPC. */
export const lessonsNetEn = {
  // ------------------------------------------------------------ C7
  'lesson.c7.title': 'An address for every pod',
  'lesson.c7.intro':
    'Every pod gets an IP address of its own, unique in the whole cluster. Where does it come from?',
  'lesson.c7.s1':
    'The cluster owns one block of addresses, 10.244.0.0/16. Each node is given its own slice of it, its pod range: {{node1}} has 10.244.1.0/24 and {{node2}} has 10.244.2.0/24.',
  'lesson.c7.s2':
    'Each pod takes the next free address in the range of its node: {{web}} got 10.244.1.2, {{cache}} 10.244.1.3 and {{api}} 10.244.2.2. The first address of each range (.1) belongs to the node’s bridge cni0, the pods’ gateway. No two pods ever share an address.',
  'lesson.c7.s3':
    'A new pod, {{shop}}, was just added to {{node2}}. It took 10.244.2.3, the next free address there.',
  'lesson.c7.s4':
    '{{web}} sends a request to {{shop}}: that address is all it needs to know. Predict the destination IP address while the packet crosses the node network.',
  'lesson.c7.check':
    'Your turn: add a pod to {{node1}} in Edit, then send it a packet from {{api}} on the other node.',
  'lesson.c7.done':
    'The new pod got the next address of the range of {{node1}}, and {{api}} reached it by that address.',
  // ------------------------------------------------------------ C5
  'lesson.c5.title': 'One port space: containers told apart by port',
  'lesson.c5.intro':
    'Sharing one network namespace also means sharing its ports. Two containers of one pod can never listen on the same port.',
  'lesson.c5.s1':
    'In {{web}}, {{nginx}} listens on port 80 and {{shipper}} on port 2020. Since they share one address, the port alone tells which container a packet is for.',
  'lesson.c5.s2':
    '{{api}} sends to the address of the {{web}} pod, port 2020. Predict how it ends.',
  'lesson.c5.s3':
    'Here {{nginx}} and {{admin}} both want port 80. {{nginx}} starts first and takes it. When {{admin}} asks for the same port, its bind() fails with “Address already in use” (EADDRINUSE) and {{admin}} does not start, so nothing it sends ever leaves.',
  'lesson.c5.check':
    'Your turn: make two containers conflict. In Edit, give {{shipper}} the port {{nginx}} already holds: 80.',
  'lesson.c5.done': '{{shipper}} could not bind port 80: it belongs to {{nginx}} in the same pod.',
  // ------------------------------------------------------------ C8
  'lesson.c8.title': 'The node reaches its pods',
  'lesson.c8.intro':
    'Not everything on a node runs in a pod. The node’s own agents, above all the kubelet, must reach the pods on their node.',
  'lesson.c8.s1':
    'The kubelet is the agent on each node that starts pods and checks that they are healthy. It runs on the node itself, in the node’s own network namespace (the root namespace), outside any pod.',
  'lesson.c8.s2':
    'The kubelet of {{node1}} checks {{nginx}} in {{web}} on port 80, as a readiness probe does. Predict the source address {{web}} sees.',
  'lesson.c8.s3':
    'It is 10.244.1.1, the address of cni0. A packet carries the address of the interface it leaves by, and the node reaches its pods through cni0, its interface towards the bridge. Nothing is routed between nodes: the bridge carries the frame straight to the pod.',
  'lesson.c8.check':
    'Your turn: let the kubelet of {{node2}} reach the {{api}} pod (Send panel: from the kubelet on {{node2}}, to {{api}}, TCP port 8080).',
  'lesson.c8.done':
    'The kubelet reached {{api}} without leaving {{node2}}: the agents of a node can reach every pod on that node.',
  // ------------------------------------------------------------ C6
  'lesson.c6.title': 'localhost: the packet never leaves the pod',
  'lesson.c6.intro':
    'Containers of one pod reach each other at localhost. This lesson follows such a packet and shows why it never leaves the pod.',
  'lesson.c6.s1':
    '{{shipper}} sends to localhost (127.0.0.1), port 80, where {{nginx}} listens. Both live in the same network namespace, so localhost means the same place for both. Predict the device the packet goes to first.',
  'lesson.c6.s2':
    'This is loopback: instead of sending the packet out, the kernel hands it to itself and sends it up the stack. It goes out on lo, comes straight back in and reaches the socket on port 80. It never touches eth0, the veth pair or the node; even its MAC addresses are all zeros.',
  'lesson.c6.s3':
    'Now {{nginx}} calls {{shipper}} by the pod’s own address, 10.244.1.2, port 2020. Predict the destination IP address after the first hop: does the kernel rewrite it to 127.0.0.1?',
  'lesson.c6.check':
    'Your turn: send a packet that never leaves its pod, for example from {{nginx}} to localhost, port 2020.',
  'lesson.c6.done': 'Your packet went out on lo and straight back in: it never left the pod.',
  // ------------------------------------------------------------ C9
  'lesson.c9.title': 'Another pod: by its IP, never by localhost',
  'lesson.c9.intro':
    'To reach a container in another pod, a container needs the IP address of that pod. This lesson shows why localhost cannot work, then follows packets to a pod on the same node and on another node.',
  'lesson.c9.s1':
    '{{curl}} in {{client}} tries localhost, port 80, hoping to reach {{nginx}} in {{web}}. Predict how it ends.',
  'lesson.c9.s2':
    'Refused. localhost is the loopback of {{client}} itself: the packet never left {{client}}, where nothing listens on port 80, so the kernel of {{client}} answered with a reset (RST). Every pod has a localhost of its own.',
  'lesson.c9.s3':
    'Here {{web}} reaches {{api}} on the same node by its address. The packet leaves by eth0, crosses the veth pair to the node, and the bridge cni0 switches it to the veth of {{api}}. Predict the TTL after the bridge.',
  'lesson.c9.s4':
    'Now {{api}} is on {{node2}}. {{node1}} routes the packet to {{node2}} over the node network (host routing), and {{node2}} routes it on to {{api}}. Each router lowers the TTL by one. Predict the TTL after {{node1}} forwards it.',
  'lesson.c9.s5':
    'With an overlay network (VXLAN), {{node1}} wraps the whole packet inside a UDP packet from {{node1}} to {{node2}}, and {{node2}} unwraps it. Predict: after this hop, is the packet wrapped?',
  'lesson.c9.check':
    'Your turn: reach a pod on the other node by its address, for example from {{web}} to {{api}}.',
  'lesson.c9.done':
    'Your packet crossed from one node to the other, addressed to the pod’s own IP.',
  // ------------------------------------------------------------ C10
  'lesson.c10.title': 'Inside a pod: IPC without a network',
  'lesson.c10.intro':
    'Containers of one pod can also talk the way processes on one machine do, through System V semaphores and POSIX shared memory. No packet is involved.',
  'lesson.c10.s1':
    'In {{pipeline}}, {{producer}} writes data into shared memory and {{consumer}} reads it, guarded by a semaphore. They share one IPC namespace (and they can share volumes too), so this works just as between two processes on one host: no address, no port, no hop.',
  'lesson.c10.s2':
    'Across pods this is impossible: {{web}} has an IPC namespace of its own, so {{producer}} cannot see its shared memory. Containers in different pods talk over the network, by IP address.',
  'lesson.c10.check':
    'Your turn: send an IPC message between the two containers of {{web}} (Send panel, protocol: shared memory).',
  'lesson.c10.done':
    'The message went from one container to the other through shared memory, without a single network hop.',
} as const;
