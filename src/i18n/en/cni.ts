/** English texts of pod creation as a trace (CNI ADD/DEL): the steps, who takes them, and host-local's state. */
export const cniEn = {
  'cni.title.ADD': 'Pod creation: CNI ADD',
  'cni.title.DEL': 'Pod deletion: CNI DEL',
  'cni.pod': 'Pod {{pod}} on {{node}}',
  'cni.close': 'Back to packets',
  'cni.steps': 'Steps',
  'cni.stepN': 'Step {{k}}',
  'cni.announce': 'Step {{k}} of {{n}}: {{step}}',
  'cni.who': 'Who',
  'cni.netns': 'Namespace',
  'cni.device': 'Device',
  'cni.address': 'Address',
  'cni.mtu': 'MTU',
  'cni.route': 'Route',
  'cni.hairpin': 'Hairpin mode',
  'cni.on': 'on',
  'cni.off': 'off',
  'cni.failed': 'The plugin failed: {{msg}}',
  'cni.actor.runtime': 'Container runtime',
  'cni.actor.flannel': 'flannel plugin',
  'cni.actor.bridge': 'bridge plugin',
  'cni.actor.host-local': 'host-local IPAM',
  'cni.step.create-sandbox': 'Start the sandbox (pause) container',
  'cni.step.create-netns': 'Create the network namespace',
  'cni.step.exec-plugin': 'Run the CNI plugin',
  'cni.step.read-subnet-env': 'Read subnet.env',
  'cni.step.delegate': 'Delegate to the bridge plugin',
  'cni.step.create-bridge': 'Create the bridge cni0',
  'cni.step.create-veth': 'Create the veth pair',
  'cni.step.attach-bridge': 'Attach the host end to cni0',
  'cni.step.ipam-allocate': 'IPAM: reserve an address',
  'cni.step.set-address': 'Set the address on eth0',
  'cni.step.add-route': 'Add a route',
  'cni.step.bridge-gateway': 'Give cni0 the gateway address',
  'cni.step.result': 'Return the result',
  'cni.step.load-saved-config': 'Load the saved configuration',
  'cni.step.delete-veth': 'Delete the veth pair',
  'cni.step.ipam-release': 'IPAM: release the address',
  'cni.step.remove-sandbox': 'Remove the sandbox and its namespace',
  'cni.why.create-sandbox':
    'The kubelet asks the container runtime for the pod. The runtime first starts the pause container: it holds the namespaces every container of the pod will join. Its ID is the container ID CNI knows the pod by.',
  'cni.why.create-netns':
    'The runtime creates an empty network namespace for the pod: only lo, down. No eth0, no address, no route yet.',
  'cni.why.exec-plugin':
    'The runtime runs the plugin named in /etc/cni/net.d (flannel) with the command, the container ID, the namespace path and the interface name in the environment, and the network configuration on stdin.',
  'cni.why.read-subnet-env':
    'flannel does not set up interfaces itself: it reads the range flanneld leased to this node, the cluster range and the MTU from /run/flannel/subnet.env.',
  'cni.why.delegate':
    'From subnet.env flannel writes a configuration for the bridge plugin with host-local IPAM over the node range, saves it for DEL, and runs the bridge plugin with it.',
  'cni.why.create-bridge':
    'This is the first pod on the node: cni0 does not exist yet, so the bridge plugin creates it and sets it up. Later pods find it there.',
  'cni.why.create-veth':
    'The bridge plugin creates a veth pair inside the pod namespace, names the pod end eth0 and moves the other end into the node root namespace.',
  'cni.why.attach-bridge':
    'The host end becomes a port of cni0, with hairpin mode on, so frames from the pod reach the bridge.',
  'cni.why.ipam-allocate':
    'host-local hands out the first free address after last_reserved_ip (the gateway skipped, wrapping round at the end of the range) and writes a file named after it holding the container ID.',
  'cni.why.set-address':
    'The leased address is set on eth0 with the range prefix, and eth0 comes up.',
  'cni.why.add-route':
    'A route goes into the pod namespace: the cluster range and then the default route, both via cni0, the gateway.',
  'cni.why.bridge-gateway':
    'With the first pod, cni0 gets the gateway address (the range first host) and forwarding is on: the node now routes for its pods.',
  'cni.why.result':
    'The plugin prints its result to the runtime: the interfaces, the address with its gateway and the routes. The runtime then starts the app containers in the ready namespace.',
  'cni.why.resultError':
    'The plugin prints an error instead of a result: the runtime cannot start the pod. The veth created so far stays until a DEL removes it.',
  'cni.why.load-saved-config':
    'For DEL, flannel does not read subnet.env again: it loads the configuration it saved at ADD, so the address is released from the range it came from.',
  'cni.why.delete-veth':
    'Deleting eth0 in the pod namespace deletes its peer too: the port leaves cni0.',
  'cni.why.ipam-release':
    'host-local deletes the files of this container ID: the address is free again. last_reserved_ip stays, so the next pod gets the address after it, not this one.',
  'cni.why.remove-sandbox':
    'The runtime removes the namespace and the pause container. cni0 stays on the node even when no pod is left.',
  'cni.text.create-sandbox': 'Container ID',
  'cni.text.create-netns': 'Namespace path',
  'cni.text.exec-plugin': 'Network configuration (stdin)',
  'cni.text.read-subnet-env': '/run/flannel/subnet.env',
  'cni.text.delegate': 'Delegated configuration (bridge + host-local)',
  'cni.text.load-saved-config': 'Saved delegated configuration',
  'cni.text.result': 'Result JSON (stdout)',
  'cni.text.remove-sandbox': 'Container ID',
  'cni.env': 'Environment',
  'cni.leasesAfter': 'host-local on {{node}} after this step',
  'cni.ipam.title': 'IPAM (host-local) on {{node}}',
  'cni.ipam.range': 'Range',
  'cni.ipam.last': 'last_reserved_ip',
  'cni.ipam.none': 'No address is taken.',
  'cni.ipam.ip': 'Address',
  'cni.ipam.container': 'Container ID',
  'cni.ipam.pod': 'Pod',
  'cni.ipam.files': 'Files in /var/lib/cni/networks/cbr0',
  'cni.ipam.file': 'File {{name}}',
  'cni.ipam.loading': 'Reading host-local state…',
  'cni.overlay.new': 'new',
  'cni.overlay.gone': 'removed',
} as const;
