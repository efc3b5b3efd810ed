/** English texts of lessons C1–C4: what a pod is, one container or several, the namespace they share. */
export const lessonsPodsEn = {
  // ------------------------------------------------------------ C1
  'lesson.c1.title': 'A pod is the smallest unit',
  'lesson.c1.intro':
    'Kubernetes runs your programs in containers, but it never handles a container on its own: it handles pods. This lesson shows what a pod is and where it lives.',
  'lesson.c1.s1':
    'This is a small cluster of two nodes, {{node1}} and {{node2}}. A node is one machine, real or virtual, with its own operating system. Kubernetes decides which node runs what.',
  'lesson.c1.s2':
    'The boxes inside the nodes are pods. A pod is the smallest thing Kubernetes can create, schedule and manage. It holds one or more containers; a container is a process (or a few) packaged with the files it needs.',
  'lesson.c1.s3':
    'The {{web}} pod holds two containers, {{nginx}} and {{shipper}}. Kubernetes always places the containers of a pod together, on the same node, and runs them in one shared context. It never splits a pod.',
  'lesson.c1.s4':
    'Moving {{web}} to {{node2}} moved both of its containers at once: a pod never spans two nodes. Its address changed too, because each node hands out addresses from its own range (a later lesson shows how).',
  'lesson.c1.check': 'Your turn: open Edit and move the {{cache}} pod to {{node2}}.',
  'lesson.c1.done':
    '{{cache}} now runs on {{node2}} with its container, and it took an address from the range of {{node2}}.',
  // ------------------------------------------------------------ C2
  'lesson.c2.title': 'One container per pod: the pod as a wrapper',
  'lesson.c2.intro':
    'Most pods run a single container. Then the pod is simply a wrapper around it, and Kubernetes manages the wrapper.',
  'lesson.c2.s1':
    'Here each pod runs one container: {{web}} runs {{nginx}}, {{client}} runs {{curl}}. This “one container per pod” model is the most common way to use Kubernetes.',
  'lesson.c2.s2':
    'Think of the pod as a wrapper around its container. Kubernetes starts, stops and moves pods, not containers. The wrapper also gives the container what it needs from the cluster, above all a network interface, eth0, with an address of its own.',
  'lesson.c2.s3':
    '{{curl}} in the {{client}} pod sends a request to the address of the {{web}} pod, port 80. It names the pod, not the container: {{nginx}} gets the request because it listens on port 80 inside that pod. Predict how it ends, then watch.',
  'lesson.c2.check':
    'Your turn: add a pod with Edit (a new pod gets one container that listens on port 80), then send it a packet from the Send panel.',
  'lesson.c2.done': 'The new pod wraps its single container and answers at its own address.',
  // ------------------------------------------------------------ C3
  'lesson.c3.title': 'Several containers, one unit of service',
  'lesson.c3.intro':
    'Sometimes a program needs a helper right beside it. A pod can hold both, and from outside the two look like one thing.',
  'lesson.c3.s1':
    'In {{web}}, {{nginx}} serves web pages and {{shipper}} collects its logs. A helper like {{shipper}} is called a sidecar. The two are tightly coupled and always run together: they form one unit of service.',
  'lesson.c3.s2':
    'The notes compare this to encapsulation in object-oriented programming: an object hides its parts behind one interface. A pod does the same with its containers. From outside there is one pod with one address; what runs inside is its own business.',
  'lesson.c3.s3':
    'On the other node, {{api}} sends a request to the {{web}} pod, port 80. It does not know that a sidecar lives inside. Predict the destination address when the packet arrives.',
  'lesson.c3.check':
    'Your turn: give the {{api}} pod a sidecar. In Edit, add a second container to it.',
  'lesson.c3.done': '{{api}} is now one unit of two containers, still with a single address.',
  // ------------------------------------------------------------ C4
  'lesson.c4.title': 'One network namespace: one IP, one MAC',
  'lesson.c4.intro':
    'A Linux network namespace is a private copy of the network stack: its own interfaces, addresses, routes and ports. Every pod gets exactly one, and all its containers share it.',
  'lesson.c4.s1':
    'When Kubernetes starts {{web}}, it first starts a tiny sandbox container (“pause”) whose only job is to hold the pod’s network namespace. Then {{nginx}} and {{shipper}} start inside that namespace. That is why the namespace is drawn around the pod, not around each container.',
  'lesson.c4.s2':
    'So {{nginx}} and {{shipper}} see the very same interfaces: one lo, and one eth0 with one IP address (10.244.1.2) and one MAC address. Select eth0 in the diagram to see them.',
  'lesson.c4.s3':
    '{{api}} sends to {{nginx}}: to the address of the pod, port 80. Predict the destination MAC address when the frame arrives.',
  'lesson.c4.s4':
    'Now {{api}} sends to {{shipper}}, port 2020. Predict the destination IP address: is it different from the one {{nginx}} got?',
  'lesson.c4.check':
    'Your turn: send one packet to {{nginx}} and one to {{shipper}} (in the Send panel, pick the container as the target). Both arrive at the same address.',
  'lesson.c4.done':
    'Both packets went to 10.244.1.2: one address for the whole pod, and the port alone tells the containers apart.',
} as const;
