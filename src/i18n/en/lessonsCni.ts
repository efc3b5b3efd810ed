/** English texts of lesson C11 (how the pod network is built at pod creation, through CNI) and its predictions. */
export const lessonsCniEn = {
  'lessons.playSteps': 'Play the steps',
  'lesson.link.networkPlugins': 'Network Plugins',
  'lesson.c11.title': 'How a pod gets its network: CNI',
  'lesson.c11.intro':
    'So far every pod simply had its eth0, its address and its routes. They are made when the pod is created: the container runtime calls a CNI plugin, and the plugin builds the pod’s network step by step. This lesson watches a pod come to life, then watches one go.',
  'lesson.c11.s1':
    'Every pod here has an eth0 with an address from its node’s range, and a veth to cni0 on the node. None of it existed before the pod: when a pod is created, the container runtime asks a CNI (Container Network Interface) plugin to build it.',
  'lesson.c11.s2':
    'A new pod, {{shop}}, is being created on {{node1}}. Step through it with the playback bar: the sandbox and its namespace, flannel reading subnet.env and delegating to the bridge plugin, the veth pair, host-local IPAM, the address and the routes, and the result JSON the runtime gets back. Before IPAM hands out the address, predict which one it will be.',
  'lesson.c11.s3':
    'host-local remembers what it handed out in files, one per address, each holding the container ID of the pod’s sandbox. Select {{node1}} to see them, with last_reserved_ip: the next allocation starts right after that address.',
  'lesson.c11.s4':
    'Deleting {{shop}} runs DEL: flannel loads the configuration it saved at ADD, eth0 goes and its veth peer with it, and host-local deletes the lease file, so the address is free again. cni0 stays on the node.',
  'lesson.c11.s5':
    'In this cluster no pod on {{node1}} has a network of its own (its pod uses the node’s network), so cni0 has never been needed there. A pod is now created on {{node1}}: will the bridge plugin create cni0 for it? Predict, then watch.',
  'lesson.c11.check':
    'Your turn: open Edit, add a pod and put it on {{node2}}. Watch its CNI ADD, then select {{node2}} to see the new lease.',
  'lesson.c11.done':
    'The new pod on {{node2}} got the next address from host-local on {{node2}}, leased to its sandbox’s container ID.',
  'predict.ask.nextIp': 'Which address does host-local hand out to this pod?',
  'predict.ask.bridge': 'Does the bridge plugin create cni0 for this pod?',
  'predict.cni.ip': '{{ip}}',
  'predict.cni.bridge.yes': 'Yes: cni0 does not exist on this node yet',
  'predict.cni.bridge.no': 'No: cni0 is already there',
  'predict.cniStep': 'Before step {{n}}: {{actor}}',
  'predict.cniWhy': 'What happens at this step',
  'predict.cni.why.nextIp':
    'last_reserved_ip on {{node}} was {{last}}: host-local goes on from the address after it, skipping the gateway and addresses already taken, even when a lower one is free again. So the pod gets {{ip}}.',
  'predict.cni.why.nextIpFirst':
    'host-local on {{node}} has handed out no address yet: it starts at the beginning of the range and skips the gateway. So the pod gets {{ip}}.',
  'predict.cni.why.bridge.yes':
    'No pod on {{node}} had a network of its own yet, so cni0 did not exist: the bridge plugin creates it now.',
  'predict.cni.why.bridge.no':
    'cni0 is already on {{node}}: the bridge plugin created it with the node’s first pod and never deletes it, so it goes straight to the veth pair.',
} as const;
