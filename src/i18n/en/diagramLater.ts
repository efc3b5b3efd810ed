/** English messages of the diagram that the built-in first scenario does not show: node summaries, failed pods, host-network pods, the overlay, drop marks, the legend's extra entries. */
export const diagramLaterEn = {
  'diagram.nodeSummaryPods': '{{count}} pods',
  'diagram.nodeSummary':
    'Node {{name}}, eth0 {{ip}}, pod range {{cidr}}, {{count}} pods (zoom in to see them)',
  'diagram.podHost': 'Pod {{name}} on the host network, IP {{ip}}',
  'diagram.podFailed': 'Pod {{name}}, IP {{ip}}: a container failed to start',
  'diagram.hostNetwork': 'hostNetwork',
  'diagram.containerNoPorts': 'Container {{name}}, no listening ports',
  'diagram.containerFailed': 'Container {{name}} failed to start: address already in use',
  'diagram.failed': 'failed',
  'diagram.noPorts': 'no ports',
  'diagram.kind.vxlan': 'VXLAN tunnel device',
  'diagram.nodeNetwork': 'node network',
  'diagram.sandboxHost':
    'Sandbox container (pause) of pod {{name}}: on the host network, it joins the node namespace',
  'diagram.vxlan': 'VXLAN',
  'diagram.rst': 'RST',
  'diagram.mark.dropped': 'dropped',
  'diagram.mark.bind-fail': 'failed to start',
  'diagram.mark.refused': 'refused',
  'diagram.mark.unreachable': 'unreachable',
  'diagram.mark.impossible': 'impossible',
  'diagram.legend.requestN': 'request {{n}}',
  'diagram.legend.replyN': 'reply {{n}}',
  'diagram.legend.arpRequest': 'ARP request (broadcast)',
  'diagram.legend.arpReply': 'ARP reply',
} as const;
