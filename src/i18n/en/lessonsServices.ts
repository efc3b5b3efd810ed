/** English texts of the C12 lessons: ClusterIP, DNS, NodePort and egress, Ingress, NetworkPolicy. */
export const lessonsServicesEn = {
  'lesson.link.services': 'Kubernetes documentation: Service',
  'lesson.link.dns': 'Kubernetes documentation: DNS for Services and Pods',
  'lesson.link.ingress': 'Kubernetes documentation: Ingress',
  'lesson.link.networkPolicies': 'Kubernetes documentation: Network Policies',
  // ------------------------------------------------------------ C12 ClusterIP
  'lesson.c12a.title': 'A Service: an address that exists only in rules',
  'lesson.c12a.intro':
    'Pods come and go with new addresses, so clients call a Service instead. Its ClusterIP belongs to no device on any node: kube-proxy writes it into the nat table of every node, and the node the packet enters rewrites it to one of the Service’s pods.',
  'lesson.c12a.s1':
    '{{client}} connects to the Service {{api}} at {{clusterIp}}, port 80. No device owns that address. Predict the destination address right after {{node1}} applies its nat rules.',
  'lesson.c12a.s2':
    'In PREROUTING, before any routing decision, the chain KUBE-SERVICES matched {{clusterIp}}:80 and jumped to the Service’s KUBE-SVC chain, whose probability rules picked one endpoint; its KUBE-SEP chain did the DNAT. Only then did {{node1}} route the packet, now addressed to a pod on {{node2}}. The wire never sees the ClusterIP, and the endpoint sees the real address of {{client}}.',
  'lesson.c12a.s3':
    'The endpoint answers from its own address. Conntrack on {{node1}} remembers the DNAT and reverses it on the reply. Predict the source address {{client}} sees on the answer.',
  'lesson.c12a.s4':
    'A ping to the ClusterIP: kube-proxy’s rules match only the Service’s ports and protocol, and no device owns {{clusterIp}}, so {{node1}} routes the echo like any address outside the cluster — masqueraded, out to the gateway, whose upstream router never answers; the gateway reports the host unreachable. A ClusterIP is not a host: it never answers ping.',
  'lesson.c12a.s5':
    'Now the endpoint is on the same node as {{client}}. With bridge-nf-call-iptables on, the bridge passes the frame through iptables, the DNAT happens, and the bridge switches the frame straight to the endpoint’s port. Predict the TTL after the bridge.',
  'lesson.c12a.s6':
    'Bridge netfilter is switched off here. The DNAT on the way in still happens at the node, but the reply crosses the bridge without passing iptables, so conntrack never reverses it: {{client}} receives an answer from a pod address it never called, and resets it. This is why Kubernetes requires bridge-nf-call-iptables.',
  'lesson.c12a.check':
    'Your turn: connect to a Service by its ClusterIP (Send panel: Service … (ClusterIP)) and follow the DNAT and the reverse NAT.',
  'lesson.c12a.done':
    'Your connection reached a pod through the Service: DNAT on the way in, the reverse NAT on the way back.',
  // ------------------------------------------------------------ C12 DNS
  'lesson.c12b.title': 'Names: DNS before the connection',
  'lesson.c12b.intro':
    'Applications call Services by name. Before any connection, the pod’s resolver asks the cluster DNS, CoreDNS, which is itself reached through a Service: kube-dns at {{kubeDns}}.',
  'lesson.c12b.s1':
    '{{client}} in namespace shop connects to the name {{api}}. First a UDP query goes to kube-dns, {{kubeDns}}:53. Predict its destination address after the node’s DNAT.',
  'lesson.c12b.s2':
    'A name with fewer than five dots is tried with each search domain of resolv.conf first (options ndots:5). So api.shop is first asked as api.shop.shop.svc.cluster.local, which does not exist, and only then as api.shop.svc.cluster.local. Count the queries.',
  'lesson.c12b.s3':
    'No Service is called web here. Every name in the cluster domain the resolver tries gets NXDOMAIN; the last try, web as it is, is outside the cluster domain, so CoreDNS would ask the DNS servers upstream (not simulated here). The connection never starts.',
  'lesson.c12b.s4':
    'A headless Service (clusterIP None) has no address and no rules: DNS answers with the addresses of its ready pods, and the client connects to a pod directly, without DNAT.',
  'lesson.c12b.check':
    'Your turn: connect to a Service by a name of your choice (Send panel: a DNS name…), for example the full name api.shop.svc.cluster.local.',
  'lesson.c12b.done':
    'Your name became an address through CoreDNS, then the connection went to it.',
  // ------------------------------------------------------------ C12 NodePort and egress
  'lesson.c12c.title': 'From outside and to outside: NodePort and masquerade',
  'lesson.c12c.intro':
    'A NodePort Service opens the same port, here {{nodePort}}, on every node. An external client at {{client}} may call any node, and pods that go out to the internet leave with their node’s address.',
  'lesson.c12c.s1':
    'The client calls {{node1}} on port {{nodePort}}, but {{web}} runs on {{node2}}. Predict the destination address after {{node1}}’s DNAT.',
  'lesson.c12c.s2':
    'The reply must come back through {{node1}}, which holds the conntrack entry. So, with the Cluster traffic policy, {{node1}} also rewrites the source as the packet leaves. Predict the source address after masquerade.',
  'lesson.c12c.s3':
    'With the Local traffic policy, a node sends only to its own endpoints and keeps the client’s address. The client calls {{node2}}, where {{web}} runs. Predict the source address {{web}} sees.',
  'lesson.c12c.s4':
    'Now the client calls {{node1}}, which has no endpoint of its own under the Local policy: the packet goes nowhere. Load balancers send only to nodes that pass the health check for this reason.',
  'lesson.c12c.s5':
    'A pod reaching the internet: pod addresses mean nothing outside the cluster, so flannel’s masquerade rule rewrites the source to the node’s address. Predict it.',
  'lesson.c12c.check':
    'Your turn: reach {{web}} from the external client through the NodePort of the other node.',
  'lesson.c12c.done':
    'Your packet entered at a node’s port and reached the pod behind the Service.',
  // ------------------------------------------------------------ C12 Ingress
  'lesson.c12d.title': 'Ingress: one entrance, routed by host and path',
  'lesson.c12d.intro':
    'An Ingress is a set of HTTP rules. A controller pod, here {{controller}}, serves them: it ends the client’s connection, reads the Host and the path, and opens a connection of its own to the matching Service.',
  'lesson.c12d.s1':
    'GET /api/orders for {{host}}. The first connection goes from the client through the controller’s NodePort and ends at {{controller}}. Watch where it stops.',
  'lesson.c12d.s2':
    'The path /api matches the Prefix rule for {{api}}, so the controller connects to the Service {{api}}: a second connection, with the controller as the client. Predict the destination after that connection’s DNAT.',
  'lesson.c12d.s3':
    'GET / matches only the rule for {{web}}. Two connections again; the client’s address travels in the X-Forwarded-For header, as the address the controller saw.',
  'lesson.c12d.check': 'Your turn: get a page that the Ingress sends to {{web}}.',
  'lesson.c12d.done': 'Your request reached {{web}} through the controller’s two connections.',
  // ------------------------------------------------------------ C12 NetworkPolicy
  'lesson.c12e.title': 'NetworkPolicy: who may talk to whom',
  'lesson.c12e.intro':
    'Without policies every pod may reach every pod. Once a policy selects a pod for a direction, only what some rule allows passes. The CNI enforces policies, on the node, where the packet enters or leaves the pod.',
  'lesson.c12e.s1':
    'Two policies are in namespace shop: deny all incoming traffic, and allow app=web to {{api}} on port {{port}}. {{web}} connects to {{api}}: the allow rule matches.',
  'lesson.c12e.s2': 'Now {{client}} connects to {{api}}. No rule allows it. Predict how it ends.',
  'lesson.c12e.s3':
    'The packet crossed the node network and was dropped on {{node2}} as it arrived on eth0, in the filter table’s FORWARD chain, just as the node was about to route it into cni0: the policy agent matches the destination address of {{api}} there, since a packet the node routes into its bridge never meets a rule on the way out of the veth. It never reaches cni0. The sender hears nothing and retries.',
  'lesson.c12e.check':
    'Your turn: let {{client}} reach {{api}} on port {{port}}. Add a policy in the editor (NetworkPolicies), then send the packet again.',
  'lesson.c12e.done': 'A rule now allows it, and the packet reached {{api}}.',
} as const;
