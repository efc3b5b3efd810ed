/** English messages for the editor's Services, Ingress and NetworkPolicy fields (loaded with the rest of the later catalog). */
export const k8sEditorEn = {
  'editor.k8s.name': 'Name',
  'editor.k8s.namespace': 'Namespace',
  'editor.k8s.services.heading': 'Services',
  'editor.k8s.services.add': 'Add a Service',
  'editor.k8s.service.legend': 'Service {{name}}',
  'editor.k8s.service.type': 'Type',
  'editor.k8s.service.trafficPolicy': 'External traffic policy',
  'editor.k8s.service.policyCluster': 'Cluster (any endpoint, client address hidden)',
  'editor.k8s.service.policyLocal': 'Local (this node’s endpoints, client address kept)',
  'editor.k8s.service.headless': 'Headless (no ClusterIP: DNS answers with pod addresses)',
  'editor.k8s.service.clusterIp': 'ClusterIP',
  'editor.k8s.service.clusterIpHint': 'Leave empty to have one allocated from the service range.',
  'editor.k8s.service.selector': 'Selector',
  'editor.k8s.service.selectorHint':
    'The labels its pods carry, as key=value, key2=value2. Ready pods of its namespace that match are its endpoints.',
  'editor.k8s.service.ports': 'Ports',
  'editor.k8s.service.portsHint':
    'port:targetPort, as kubectl writes them: 80:8080, a named target 80:http, a nodePort 80:8080:30080, UDP 53/UDP, a port name http=80:8080.',
  'editor.k8s.service.portsBad':
    'Write each port as port:targetPort, e.g. 80:8080 or 53/UDP, separated by commas.',
  'editor.k8s.service.remove': 'Remove Service {{name}}',
  'editor.k8s.ingresses.heading': 'Ingress',
  'editor.k8s.ingresses.controller': 'Ingress controller pod',
  'editor.k8s.ingresses.noController': '(none: Ingress rules are not served)',
  'editor.k8s.ingresses.add': 'Add an Ingress',
  'editor.k8s.ingress.legend': 'Ingress {{name}}',
  'editor.k8s.ingress.rules': 'Rules',
  'editor.k8s.ingress.rulesHint':
    'One path a line: host path Prefix|Exact service:port, e.g. shop.example.com /api Prefix api:80 (* for any host). Ctrl+Enter applies.',
  'editor.k8s.ingress.rulesBad':
    'Each line needs a host (or *), a path starting with /, Prefix or Exact, and service:port.',
  'editor.k8s.ingress.remove': 'Remove Ingress {{name}}',
  'editor.k8s.policies.heading': 'NetworkPolicies',
  'editor.k8s.policies.hint':
    'Once a policy selects a pod for a direction, only what some rule allows passes. Edit a policy as the manifest you would apply with kubectl.',
  'editor.k8s.policies.loading': 'Loading the YAML reader…',
  'editor.k8s.policies.add': 'Add a default-deny policy',
  'editor.k8s.policy.legend': 'NetworkPolicy {{name}}',
  'editor.k8s.policy.manifest': 'Manifest (YAML)',
  'editor.k8s.policy.manifestHint':
    'Ctrl+Enter or leaving the field applies it; Escape undoes your typing.',
  'editor.k8s.policy.bad':
    'This manifest cannot be read at {{where}}: {{what}} expected or malformed.',
  'editor.k8s.policy.invalid':
    'The policy reads, but the scenario would be invalid with it (see the list at the top).',
  'editor.k8s.policy.remove': 'Remove NetworkPolicy {{name}}',
  'editor.k8s.reach.show': 'Who can reach whom',
  'editor.k8s.reach.caption':
    'Rows send, columns listen: may a connection open under the NetworkPolicies? Hover a cell for the rule or policy that decided it.',
  'editor.k8s.reach.from': 'From ↓ / to →',
  'editor.k8s.reach.column': '{{pod}} :{{port}}/{{protocol}}',
  'editor.k8s.reach.allowed': 'allowed',
  'editor.k8s.reach.denied': 'denied',
  'editor.k8s.reach.notEnforced': 'denied, not enforced',
  'editor.k8s.reach.noPolicy': 'No policy selects either pod: allowed by default.',
  'editor.k8s.reach.empty': 'No pod listens on a port yet.',
  'editor.k8s.reach.cut': 'Showing the first {{max}} of {{rows}} senders and {{columns}} ports.',
  'editor.k8s.namespaces.heading': 'Namespace labels',
  'editor.k8s.namespaces.labels': 'Labels of namespace {{name}}',
  'editor.k8s.kernel.heading': 'Kernel switches on every node',
  'editor.k8s.kernel.bridgeNf': 'bridge-nf-call-iptables',
  'editor.k8s.kernel.bridgeNfHint':
    'Bridged frames pass iptables, so a Service’s reply to a pod on the same node is un-DNATed. Kubernetes requires it on; turn it off to see why.',
  'editor.k8s.kernel.hairpin': 'Hairpin mode on the pods’ bridge ports',
  'editor.k8s.kernel.hairpinHint':
    'Lets the bridge send a frame back out of the port it came in on: a pod reaching itself through its own Service needs it.',
} as const;
