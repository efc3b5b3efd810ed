/** English messages for the Linux views at a hop and the packet capture export (loaded with the rest of the later catalog). */
export const linuxViewsEn = {
  'inspector.linux.title': 'On a real node',
  'inspector.linux.hint':
    'What these commands print in {{netns}}, as the conformance suite checks them against the kernel (interface numbers vary between machines).',
  'inspector.linux.copy': 'Copy',
  'inspector.linux.copyLabel': 'Copy {{command}} and what it prints',
  'inspector.linux.copied': 'Copied {{command}} and what it prints.',
  'inspector.linux.copyFailed': 'Copying did not work: select the text and copy it yourself.',
  'inspector.linux.empty': '(prints nothing)',
  'inspector.linux.flush': 'Flush the neighbour caches',
  'inspector.linux.flushHint':
    'ip neigh flush all in every namespace: the next packet you send asks for its neighbours with ARP again.',
  'inspector.linux.flushed':
    'Every neighbour cache is empty now: send a packet to watch it resolve its neighbours with ARP.',
  'inspector.linux.node.title': 'Rules and tracked connections of a node',
  'inspector.linux.node.pick': 'Node',
  'inspector.linux.node.thisHop': '{{node}} (this hop)',
  'inspector.linux.node.hint':
    'In the root namespace of {{node}}: the nat rules kube-proxy and flannel install for this scenario, the filter rules when kube-proxy adds some, and the connections this packet left in conntrack by this hop (a real node tracks many more).',
  'editor.pcap.title': 'Packet capture',
  'editor.pcap.hint':
    'The packet on every interface it crosses, as a pcapng file for Wireshark or tcpdump -r: one interface per device, named with its namespace.',
  'editor.pcap.download': 'Save this flow (pcapng)',
  'editor.pcap.downloadAll': 'Save all flows (pcapng)',
  'editor.pcap.none': 'Send a packet first: nothing is on a wire yet.',
  'editor.pcap.saved': 'Saved {{name}} with {{count}} frames.',
  'editor.pcap.failed': 'The capture could not be made: {{message}}',
  'editor.recipe.title': 'Shell recipe',
  'editor.recipe.hint':
    'A script that builds this scenario in network namespaces on a Linux machine (run it as root), so you can send the same packet for real. The conformance suite runs the same commands.',
  'editor.recipe.show': 'Show the script',
  'editor.recipe.label': 'Shell script',
  'editor.recipe.save': 'Save as {{name}}',
  'editor.recipe.saved': 'Saved {{name}}.',
  'editor.recipe.failed': 'The script could not be made: {{message}}',
} as const;
