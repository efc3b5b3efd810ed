/** English messages for DNS lookups and Ingress proxying (loaded with the rest of the later catalog). */
export const dnsEn = {
  // ---------------------------------------------------------------- DNS: the exchanges
  'sim.dns.exchange.query': 'DNS query {{n}}: the A record of {{qname}}',
  'sim.dns.exchange.connection': 'The connection to {{name}} at {{target}}',
  // ---------------------------------------------------------------- DNS: the query sent
  'sim.dns.hop.querySearch':
    '{{container}} connects to {{name}}, so its resolver (glibc) first looks the name up. {{name}} has {{dots}} dots, fewer than ndots:{{ndots}} in /etc/resolv.conf, so the search domains come first: it asks the nameserver {{server}} (the kube-dns Service) for the A record of {{qname}}, a UDP datagram of {{size}} bytes to port 53.',
  'sim.dns.hop.querySearchNext':
    'No address yet, so the resolver tries the next name on its list, with the search domain {{domain}} appended: it asks {{server}} for the A record of {{qname}}, {{size}} bytes over UDP to port 53.',
  'sim.dns.hop.queryAsIsFirst':
    '{{container}} connects to {{name}}, so its resolver (glibc) first looks the name up. {{name}} has {{dots}} dots, at least ndots:{{ndots}}, so it is tried as written first: an A query for {{qname}} to the nameserver {{server}} (the kube-dns Service), {{size}} bytes over UDP to port 53.',
  'sim.dns.hop.queryAsIsLast':
    'Every search domain failed, so the resolver tries the name as written: an A query for {{qname}} to {{server}}, {{size}} bytes over UDP to port 53.',
  'sim.dns.hop.queryAbsolute':
    '{{container}} connects to {{name}}. The name ends with a dot, so it is absolute: the resolver never uses the search domains and asks {{server}} (the kube-dns Service) once, for the A record of {{qname}}, {{size}} bytes over UDP to port 53.',
  // ---------------------------------------------------------------- DNS: what CoreDNS finds
  'sim.dns.hop.corednsClusterIp':
    'CoreDNS ({{container}}) reads the query for {{qname}}. Its kubernetes plugin finds the Service {{service}}, whose ClusterIP is {{ip}}: the answer is that one A record.',
  'sim.dns.hop.corednsHeadless':
    'CoreDNS ({{container}}) reads the query for {{qname}}. The Service {{service}} is headless (clusterIP None): no virtual address, so the answer is an A record for each of its {{count}} ready endpoints, the pods themselves: {{ips}}.',
  'sim.dns.hop.corednsEndpoint':
    'CoreDNS ({{container}}) reads the query for {{qname}}: its first label names one endpoint of the Service {{service}}, so the answer is that pod’s own address, {{ip}}.',
  'sim.dns.hop.corednsPod':
    'CoreDNS ({{container}}) reads the query for {{qname}}: a pod name, the address with dashes. With “pods insecure” it answers {{ip}} without checking that such a pod exists.',
  'sim.dns.hop.corednsNoService':
    'CoreDNS ({{container}}) reads the query for {{qname}}: the name asks for a Service {{service}} in the namespace {{namespace}}, and there is none. The name does not exist: NXDOMAIN.',
  'sim.dns.hop.corednsNoNamespace':
    'CoreDNS ({{container}}) reads the query for {{qname}}: the name would be in the namespace {{namespace}}, which does not exist. NXDOMAIN.',
  'sim.dns.hop.corednsNoEndpoints':
    'CoreDNS ({{container}}) reads the query for {{qname}}: the Service {{namespace}}/{{service}} is headless and has no ready endpoint, so there is no address to give. NXDOMAIN.',
  'sim.dns.hop.corednsNoHost':
    'CoreDNS ({{container}}) reads the query for {{qname}}: it reads the first label as the name of one endpoint of the Service {{namespace}}/{{service}}, and no endpoint has that name. NXDOMAIN.',
  'sim.dns.hop.corednsNotService':
    'CoreDNS ({{container}}) reads the query for {{qname}}: it is in the cluster’s zone cluster.local, for which CoreDNS alone answers, but is not shaped like a Service (<service>.<namespace>.svc.cluster.local) or pod name. NXDOMAIN.',
  'sim.dns.hop.corednsNodata':
    'CoreDNS ({{container}}) reads the query for {{qname}}: the name exists in cluster.local (a namespace or the zone itself) but has no address. It answers NOERROR with no A record (NODATA).',
  'sim.dns.hop.corednsForward':
    'CoreDNS ({{container}}) reads the query for {{qname}}: the name is outside cluster.local, so its forward plugin would send the query on to the nameserver in the node’s own /etc/resolv.conf. That resolver is outside the simulated cluster: the lookup is shown up to here.',
  // ---------------------------------------------------------------- DNS: the response
  'sim.dns.hop.responseAnswer':
    '{{container}} sends the response to {{dst}}: the question and the A records {{ips}}, {{size}} bytes in all (names written out in full: CoreDNS does not compress small answers).',
  'sim.dns.hop.responseNxdomain':
    '{{container}} sends the response to {{dst}}: NXDOMAIN for {{qname}}, with the zone’s SOA record in the authority section, {{size}} bytes in all.',
  'sim.dns.hop.responseNodata':
    '{{container}} sends the response to {{dst}}: NOERROR without an A record for {{qname}}, with the zone’s SOA record, {{size}} bytes in all.',
  // ---------------------------------------------------------------- DNS: the resolver's conclusion
  'sim.dns.resolve.next':
    '{{qname}} does not exist (NXDOMAIN). The resolver in {{container}} does not give up: it tries the next name, {{next}}.',
  'sim.dns.resolve.nextNodata':
    '{{qname}} has no A record (NODATA). The resolver in {{container}} tries the next name, {{next}}.',
  'sim.dns.resolve.address':
    '{{name}} is {{ip}} (found as {{qname}}). getaddrinfo returns the address, and {{container}} now opens its connection to it.',
  'sim.dns.resolve.addresses':
    '{{name}} has {{count}} addresses (found as {{qname}}): {{ips}}. {{container}} connects to the first, {{ip}}. CoreDNS’s loadbalance plugin shuffles the records from one answer to the next, so another lookup may pick another pod.',
  'sim.dns.resolve.nxdomain':
    'No name is left to try: every query got NXDOMAIN. getaddrinfo fails with “Name or service not known”, and {{container}} never sends a packet to {{name}}.',
  'sim.dns.resolve.nodata':
    'No name is left to try, and a name existed without an address. getaddrinfo fails with “No address associated with hostname”, and {{container}} never sends a packet to {{name}}.',
  'sim.dns.resolve.noAnswer':
    'No DNS answer came back for {{qname}} (the hops above show why). The resolver in {{container}} has no other nameserver to try, so after its retries getaddrinfo fails with “Temporary failure in name resolution”.',
  // ---------------------------------------------------------------- DNS: outcomes
  'sim.dns.outcome.nxdomain':
    '{{name}} does not exist in the cluster: every query the resolver sent for it ({{count}} in all) got NXDOMAIN, so the connection is never attempted.',
  'sim.dns.outcome.nodata':
    '{{name}} did not resolve: no query the resolver sent for it ({{count}} in all) got an address, so the connection is never attempted.',
  'sim.dns.outcome.upstream':
    '{{qname}} is outside the cluster’s zone: CoreDNS forwards it to the upstream nameserver, which this simulation does not model. Address the internet host by its IP to follow a packet out of the cluster.',
  'sim.dns.outcome.queryFailed':
    'The DNS query for {{qname}} got no answer from {{server}}, so {{name}} never resolved and the connection is never attempted. The query’s own hops show where it stopped.',
  'sim.dns.outcome.noClusterDns':
    'This scenario has no cluster DNS: there is no Service kube-dns in the namespace kube-system (selector k8s-app=kube-dns, port 53 over UDP and TCP) in front of CoreDNS pods. The pod’s /etc/resolv.conf has no nameserver that could answer, so {{name}} cannot be looked up.',
  'sim.dns.outcome.notClusterFirst':
    '{{container}} runs in a node’s own network namespace, whose /etc/resolv.conf is the node’s, not the cluster’s: it does not ask CoreDNS, and cannot look up {{name}} in the cluster.',
  'sim.dns.outcome.hostNetwork':
    '{{pod}} uses the host network, and for such a pod dnsPolicy ClusterFirst falls back to the node’s /etc/resolv.conf (unless it is ClusterFirstWithHostNet): it does not ask CoreDNS, and cannot look up {{name}} in the cluster.',
  'sim.dns.outcome.badName':
    '“{{name}}” is not a valid host name (labels of letters, digits and hyphens, at most 63 characters each and 253 in all), so the resolver sends no query.',
  'sim.dns.outcome.shm':
    'Shared memory is reached by its name inside one pod, never through DNS: there is nothing to look up for {{name}}.',
  // ---------------------------------------------------------------- Ingress
  'sim.ingress.exchange.client':
    'The client’s connection to the ingress controller (Host {{host}}, path {{path}})',
  'sim.ingress.exchange.upstream': 'The controller’s own connection to {{service}} at {{target}}',
  'sim.ingress.hop.proxy':
    'The ingress controller ({{container}}) ends the client’s TCP connection here and reads the HTTP request: Host {{host}}, path {{path}}. Ingress {{ingress}} matches it (host {{ruleHost}}, {{pathType}} path {{rulePath}}), so it opens a new connection of its own to the Service {{service}} at {{target}}, adding X-Forwarded-For: {{xff}}. Two connections: the backend sees the controller’s address as the source.',
  'sim.ingress.hop.proxyMasqueraded':
    'The ingress controller ({{container}}) ends the client’s TCP connection here and reads the HTTP request: Host {{host}}, path {{path}}. Ingress {{ingress}} matches it (host {{ruleHost}}, {{pathType}} path {{rulePath}}), so it opens a new connection of its own to the Service {{service}} at {{target}}. It adds X-Forwarded-For: {{xff}}, the source it saw — not the client’s {{client}}, which was masqueraded on the way in (externalTrafficPolicy Local would keep it).',
  'sim.ingress.hop.noPath':
    'The ingress controller ({{container}}) reads the HTTP request: Host {{host}}, path {{path}}. Rules exist for this host, but none of their paths matches {{path}}, so its default backend answers 404 Not Found itself. No connection to any Service is opened.',
  'sim.ingress.hop.noHost':
    'The ingress controller ({{container}}) reads the HTTP request: Host {{host}}, path {{path}}. No Ingress rule is for this host and none is for every host, so its default backend answers 404 Not Found itself. No connection to any Service is opened.',
  'sim.ingress.hop.noBackend':
    'The ingress controller ({{container}}) matches a rule whose backend, Service {{service}} port {{port}}, does not exist, so it answers 503 Service Unavailable itself.',
  'sim.ingress.outcome.notFound':
    'The request reached the ingress controller, but no Ingress rule matches Host {{host}} and path {{path}}: the controller answered 404 Not Found itself, and no backend was contacted.',
  'sim.ingress.outcome.noBackend':
    'The request reached the ingress controller, whose matching rule points at {{service}}, which does not exist: the controller answered 503 Service Unavailable itself.',
} as const;
