/** English messages of the inspector's netfilter and NetworkPolicy card (loaded with the later catalog). */
export const netfilterUiEn = {
  'inspector.nf.exchange': 'Exchange {{n}} of {{count}}:',
  'inspector.nf.title': 'iptables: {{table}} table, {{hook}}',
  'inspector.nf.rules': 'Rules matched, in order',
  'inspector.nf.endpoint':
    'Endpoint {{n}} of {{count}}, picked by the statistic rules (here from a hash of the flow, so the same packet always picks it).',
  'inspector.nf.endpointPinned': 'Endpoint {{n}} of {{count}}, pinned by you.',
  'inspector.nf.conntrack': 'Connection tracking entry (conntrack -L)',
  'inspector.nf.policyAllowed': 'NetworkPolicy: {{direction}} of {{pod}} allowed',
  'inspector.nf.policyDenied': 'NetworkPolicy: {{direction}} of {{pod}} denied',
  'inspector.nf.ingress': 'incoming traffic',
  'inspector.nf.egress': 'outgoing traffic',
  'extras.client': 'external client',
  'extras.gateway': 'gateway router',
  'extras.internet': 'internet host',
  'extras.service.title': 'Service {{name}}',
  'extras.service.addr': '{{ip}} · {{ports}}',
  'extras.service.headless': 'headless · {{ports}}',
  'extras.service.aria':
    'Service {{name}} at {{ip}}: an address that exists only in the iptables rules of every node, with {{count}} endpoints',
  'extras.policy.ring': 'Selected by NetworkPolicy {{policies}}',
} as const;
