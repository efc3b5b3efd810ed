/** English titles and descriptions of the presets about Services, DNS, NodePort, egress, Ingress and NetworkPolicy (C12). */
export const presetsServicesEn = {
  'scenario.preset.clusterip-remote.title': 'A Service on another node',
  'scenario.preset.clusterip-remote.description':
    'The client calls the api Service’s ClusterIP, an address no device owns. On the client’s node, kube-proxy’s nat rules pick one of the two endpoints and DNAT the packet to it; conntrack rewrites the reply back. The second packet pins the other endpoint; the third pings the ClusterIP, which answers nothing.',
  'scenario.preset.clusterip-same-node.title': 'A Service endpoint on the same node',
  'scenario.preset.clusterip-same-node.description':
    'The endpoint sits behind the same bridge as the client, so the reply is bridged, not routed. Only because bridge-nf-call-iptables is on does the bridged reply pass netfilter and get its source turned back into the ClusterIP. Turn the switch off in the editor to see the client reset the reply.',
  'scenario.preset.dns-service.title': 'A Service by its DNS name',
  'scenario.preset.dns-service.description':
    'The client in namespace shop connects to “api”. Its resolver first asks kube-dns (10.96.0.10, DNATed to a CoreDNS pod), trying the search list from resolv.conf, then connects to the answer. “api.shop” shows the extra queries ndots:5 causes; “web” does not exist and ends in NXDOMAIN.',
  'scenario.preset.headless-service.title': 'A headless Service',
  'scenario.preset.headless-service.description':
    'The db Service has clusterIP None: kube-proxy writes no rules for it and DNS answers with the pods’ own addresses, so the client connects straight to a pod with no DNAT.',
  'scenario.preset.nodeport-cluster.title': 'NodePort, externalTrafficPolicy Cluster',
  'scenario.preset.nodeport-cluster.description':
    'An external client opens port 30080 on a node. KUBE-NODEPORTS DNATs it to the web pod, wherever it runs; to node1, which has no endpoint, the packet goes on to node2 masqueraded to node1’s address, so the pod never sees the client’s IP.',
  'scenario.preset.nodeport-local.title': 'NodePort, externalTrafficPolicy Local',
  'scenario.preset.nodeport-local.description':
    'With Local, a node sends NodePort traffic only to its own endpoints and keeps the client’s address. node2 runs the web pod and delivers; node1 has none and drops the packet.',
  'scenario.preset.egress-internet.title': 'A pod reaches the internet',
  'scenario.preset.egress-internet.description':
    'The pod’s address means nothing outside the cluster, so its node masquerades the packet to the node’s own address on the way out, and conntrack undoes it on the reply. The second packet goes to an address inside the cluster range that no node owns.',
  'scenario.preset.ingress-two-paths.title': 'Ingress with two paths',
  'scenario.preset.ingress-two-paths.description':
    'An external client reaches the ingress-nginx controller through its NodePort. The controller ends that connection, matches host and path (/api to the api Service, / to web) and opens a second connection of its own, passing the client’s address in X-Forwarded-For.',
  'scenario.preset.policy-default-deny.title': 'Default deny with one allow rule',
  'scenario.preset.policy-default-deny.description':
    'In namespace shop a policy isolates every pod for ingress, and a second one lets only the web pods reach api on port 8080. The web pod’s packet passes; the client’s is dropped where the CNI enforces api’s ingress.',
  'scenario.preset.service-hairpin.title': 'A pod calls itself through its Service',
  'scenario.preset.service-hairpin.description':
    'The api pod is the only endpoint of its own Service. The DNATed packet must leave by the port it came in on (hairpin mode) and is masqueraded, so that the reply comes back through the bridge and the rules that undo the NAT.',
} as const;
