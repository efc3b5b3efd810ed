/** English messages for NetworkPolicy decisions and the reachability matrix (loaded with the rest of the later catalog). */
export const policyEn = {
  // ---------------------------------------------------------------- allowed
  'sim.policy.notIsolatedIn':
    'No NetworkPolicy of its namespace selects {{pod}} with policyTypes Ingress, so {{pod}} is not isolated for ingress: everything may come in (the default).',
  'sim.policy.notIsolatedEg':
    'No NetworkPolicy of its namespace selects {{pod}} with policyTypes Egress, so {{pod}} is not isolated for egress: it may send anywhere (the default).',
  'sim.policy.allowedIn':
    '{{pod}} is isolated for ingress, and rule {{rule}} allows this packet: its peers include the sender and its ports include this one.',
  'sim.policy.allowedEg':
    '{{pod}} is isolated for egress, and rule {{rule}} allows this packet: its peers include the destination and its ports include this one.',
  'sim.policy.self':
    'The packet goes from {{pod}} to {{pod}} itself. A pod cannot block access to itself: no NetworkPolicy applies.',
  'sim.policy.localNode':
    '{{ip}} is an address of {{node}}, the node {{pod}} runs on. Traffic from a pod’s own node is always allowed (kubelet probes use it), whatever the policies say: the CNI accepts a local source address before any policy rule.',
  'sim.policy.establishedIn':
    'This is a reply of a connection already allowed. {{pod}} is isolated for ingress by {{policies}}, but its chain first accepts packets conntrack knows as ESTABLISHED: policies judge only the packet that opens a connection.',
  'sim.policy.establishedEg':
    'This is a reply of a connection already allowed. {{pod}} is isolated for egress by {{policies}}, but its chain first accepts packets conntrack knows as ESTABLISHED: policies judge only the packet that opens a connection.',
  'sim.policy.bypassedIn':
    '{{pod}} is isolated for ingress by {{policies}} and no rule allows this packet, yet it passes: the frame is bridged from one pod to another on this node, and with net.bridge.bridge-nf-call-iptables = 0 bridged frames never go through iptables, so the CNI’s filter rules never see it. This is one reason Kubernetes requires the setting.',
  'sim.policy.bypassedEg':
    '{{pod}} is isolated for egress by {{policies}} and no rule allows this packet, yet it passes: the frame is bridged from one pod to another on this node, and with net.bridge.bridge-nf-call-iptables = 0 bridged frames never go through iptables, so the CNI’s filter rules never see it. This is one reason Kubernetes requires the setting.',
  // ---------------------------------------------------------------- denied: why no rule matched
  'sim.policy.noRulesIn':
    '{{pod}} is isolated for ingress by {{policies}}, which hold no ingress rule at all: once isolated, {{pod}} accepts only what a rule allows, so nothing may come in.',
  'sim.policy.noRulesEg':
    '{{pod}} is isolated for egress by {{policies}}, which hold no egress rule at all: once isolated, {{pod}} may send only what a rule allows, so nothing may go out.',
  'sim.policy.noPortIn':
    '{{pod}} is isolated for ingress by {{policies}}. A rule’s peers include the sender, but no rule allows {{protocol}} port {{port}}.',
  'sim.policy.noPortEg':
    '{{pod}} is isolated for egress by {{policies}}. A rule’s peers include the destination, but no rule allows {{protocol}} port {{port}}.',
  'sim.policy.noProtocolIn':
    '{{pod}} is isolated for ingress by {{policies}}. A rule’s peers include the sender, but every such rule lists ports, and a list of ports allows only those TCP or UDP ports, never {{protocol}}.',
  'sim.policy.noProtocolEg':
    '{{pod}} is isolated for egress by {{policies}}. A rule’s peers include the destination, but every such rule lists ports, and a list of ports allows only those TCP or UDP ports, never {{protocol}}.',
  'sim.policy.noPeerPodIn':
    '{{pod}} is isolated for ingress by {{policies}}, and no rule’s peers match the sender, {{peer}} (labels {{labels}}, namespace {{namespace}}): a podSelector alone picks pods of the policy’s own namespace; a namespaceSelector picks namespaces by their labels.',
  'sim.policy.noPeerPodEg':
    '{{pod}} is isolated for egress by {{policies}}, and no rule’s peers match the destination, {{peer}} (labels {{labels}}, namespace {{namespace}}): a podSelector alone picks pods of the policy’s own namespace; a namespaceSelector picks namespaces by their labels.',
  'sim.policy.noPeerIpIn':
    '{{pod}} is isolated for ingress by {{policies}}, and no rule’s peers match the sender {{ip}}: it is no pod a selector could pick, and no ipBlock holds it (or an except takes it out).',
  'sim.policy.noPeerIpEg':
    '{{pod}} is isolated for egress by {{policies}}, and no rule’s peers match the destination {{ip}}: it is no pod a selector could pick, and no ipBlock holds it (or an except takes it out).',
  // ---------------------------------------------------------------- the drop
  'sim.policy.hopDenyIn':
    'On {{node}}, before cni0 bridges the frame out of {{dev}} to {{pod}}, the filter table’s FORWARD chain matches that bridge port (iptables -m physdev --physdev-out {{dev}}) and runs {{pod}}’s ingress policies, {{policies}}. No rule allows the packet, so it is dropped here: {{pod}} never sees it, and the sender hears nothing.',
  'sim.policy.hopDenyForward':
    '{{node}} routes the packet for {{dst}} into cni0, and the filter table’s FORWARD chain sends it to {{pod}}’s ingress policies, {{policies}}, by its destination address (-d {{dst}}/32). The policy agent cannot match the bridge port here: a packet the node routes into its bridge meets no iptables hook on the way out of the port. No rule allows the packet, so it is dropped as it is forwarded: it came in by {{dev}} and never reaches cni0 or the veth of {{pod}}; the sender hears nothing.',
  'sim.policy.hopDenyEg':
    'On {{node}}, as the frame from {{pod}} enters cni0 by {{dev}}, the filter table’s FORWARD chain matches that bridge port (iptables -m physdev --physdev-in {{dev}}) and runs {{pod}}’s egress policies, {{policies}}. No rule allows the packet, so it is dropped here, before it leaves the node it was sent on.',
  'sim.policy.outcomeDenyIn':
    'Dropped on {{node}} at {{dev}} by NetworkPolicy: {{pod}} is isolated for ingress by {{policies}} and no rule allows this packet. A TCP client sees its SYN go unanswered and times out.',
  'sim.policy.outcomeDenyEg':
    'Dropped on {{node}} at {{dev}} by NetworkPolicy: {{pod}} is isolated for egress by {{policies}} and no rule allows this packet. A TCP client sees its SYN go unanswered and times out.',
} as const;
