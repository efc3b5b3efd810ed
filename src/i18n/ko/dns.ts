/** Korean messages for DNS lookups and Ingress proxying. */
import type { dnsEn } from '../en/dns';

/** Every key of the English part, in Korean. */
export const dnsKo: Record<keyof typeof dnsEn, string> = {
  // ---------------------------------------------------------------- DNS: 주고받기
  'sim.dns.exchange.query': 'DNS 질의 {{n}}: {{qname}}의 A 레코드',
  'sim.dns.exchange.connection': '{{target}}에 있는 {{name}}{{으로/로}}의 연결',
  // ---------------------------------------------------------------- DNS: 질의 보내기
  'sim.dns.hop.querySearch':
    '{{container}}{{이/가}} {{name}}에 연결하려 하므로 리졸버(glibc)가 먼저 이름을 찾는다. {{name}}에는 점이 {{dots}}개 있어 /etc/resolv.conf의 ndots:{{ndots}}보다 적으므로 “search” 도메인을 먼저 붙여 본다. 네임서버 {{server}}(kube-dns 서비스)에 {{qname}}의 A 레코드를 묻는 {{size}}바이트짜리 UDP 데이터그램을 포트 53으로 보낸다.',
  'sim.dns.hop.querySearchNext':
    '아직 주소를 얻지 못했으므로 리졸버는 목록의 다음 이름으로 넘어간다. “search” 도메인 {{domain}}{{을/를}} 붙인 {{qname}}의 A 레코드를 {{server}}에 묻는다({{size}}바이트, UDP 포트 53).',
  'sim.dns.hop.queryAsIsFirst':
    '{{container}}{{이/가}} {{name}}에 연결하려 하므로 리졸버(glibc)가 먼저 이름을 찾는다. {{name}}에는 점이 {{dots}}개 있어 ndots:{{ndots}} 이상이므로 쓴 그대로 먼저 묻는다. 네임서버 {{server}}(kube-dns 서비스)에 {{qname}}의 A 레코드를 묻는다({{size}}바이트, UDP 포트 53).',
  'sim.dns.hop.queryAsIsLast':
    '“search” 도메인을 모두 붙여 봐도 찾지 못했으므로 리졸버는 이름을 쓴 그대로 묻는다. {{server}}에 {{qname}}의 A 레코드를 묻는다({{size}}바이트, UDP 포트 53).',
  'sim.dns.hop.queryAbsolute':
    '{{container}}{{이/가}} {{name}}에 연결하려 한다. 이름이 점으로 끝나므로 절대 이름이다. 리졸버는 “search” 도메인을 쓰지 않고 {{server}}(kube-dns 서비스)에 {{qname}}의 A 레코드를 한 번만 묻는다({{size}}바이트, UDP 포트 53).',
  // ---------------------------------------------------------------- DNS: CoreDNS가 찾은 것
  'sim.dns.hop.corednsClusterIp':
    'CoreDNS({{container}})가 {{qname}}에 대한 질의를 읽는다. “kubernetes” 플러그인이 서비스 {{service}}{{을/를}} 찾고, 그 ClusterIP {{ip}}{{을/를}} A 레코드 하나로 답한다.',
  'sim.dns.hop.corednsHeadless':
    'CoreDNS({{container}})가 {{qname}}에 대한 질의를 읽는다. 서비스 {{service}}{{은/는}} 헤드리스(clusterIP None)라 가상 주소가 없다. 그래서 준비된 엔드포인트 {{count}}개, 곧 파드 자신의 주소마다 A 레코드를 하나씩 답한다: {{ips}}.',
  'sim.dns.hop.corednsEndpoint':
    'CoreDNS({{container}})가 {{qname}}에 대한 질의를 읽는다. 첫 레이블이 서비스 {{service}}의 한 엔드포인트를 가리키므로 그 파드 자신의 주소 {{ip}}{{으로/로}} 답한다.',
  'sim.dns.hop.corednsPod':
    'CoreDNS({{container}})가 {{qname}}에 대한 질의를 읽는다. 주소를 대시로 쓴 파드 이름이다. “pods insecure” 설정이므로 그런 파드가 있는지 확인하지 않고 {{ip}}{{으로/로}} 답한다.',
  'sim.dns.hop.corednsNoService':
    'CoreDNS({{container}})가 {{qname}}에 대한 질의를 읽는다. 이 이름은 네임스페이스 {{namespace}}의 서비스 {{service}}{{을/를}} 가리키지만 그런 서비스는 없다. 없는 이름이므로 NXDOMAIN이다.',
  'sim.dns.hop.corednsNoNamespace':
    'CoreDNS({{container}})가 {{qname}}에 대한 질의를 읽는다. 이 이름이 가리키는 네임스페이스 {{namespace}}{{이/가}} 없으므로 NXDOMAIN이다.',
  'sim.dns.hop.corednsNoEndpoints':
    'CoreDNS({{container}})가 {{qname}}에 대한 질의를 읽는다. 서비스 {{namespace}}/{{service}}{{은/는}} 헤드리스인데 준비된 엔드포인트가 하나도 없어 줄 주소가 없다. NXDOMAIN이다.',
  'sim.dns.hop.corednsNoHost':
    'CoreDNS({{container}})가 {{qname}}에 대한 질의를 읽는다. 첫 레이블을 서비스 {{namespace}}/{{service}}의 한 엔드포인트 이름으로 읽는데, 그런 이름의 엔드포인트가 없다. NXDOMAIN이다.',
  'sim.dns.hop.corednsNotService':
    'CoreDNS({{container}})가 {{qname}}에 대한 질의를 읽는다. 이 이름은 CoreDNS만 답하는 클러스터 영역 cluster.local 안에 있지만, 서비스 이름(<서비스>.<네임스페이스>.svc.cluster.local)이나 파드 이름의 꼴이 아니다. NXDOMAIN이다.',
  'sim.dns.hop.corednsNodata':
    'CoreDNS({{container}})가 {{qname}}에 대한 질의를 읽는다. 이 이름은 cluster.local 안에 있지만(네임스페이스나 영역 자체) 주소가 없다. A 레코드 없이 NOERROR로 답한다(NODATA).',
  'sim.dns.hop.corednsForward':
    'CoreDNS({{container}})가 {{qname}}에 대한 질의를 읽는다. cluster.local 밖의 이름이므로 “forward” 플러그인이 이 질의를 노드 자신의 /etc/resolv.conf에 있는 네임서버로 넘긴다. 그 리졸버는 시뮬레이션하는 클러스터 밖에 있으므로 이름 찾기는 여기까지만 보여 준다.',
  // ---------------------------------------------------------------- DNS: 응답
  'sim.dns.hop.responseAnswer':
    '{{container}}{{이/가}} {{dst}}에 응답을 보낸다. 질문과 A 레코드 {{ips}}{{을/를}} 담아 모두 {{size}}바이트다(작은 응답이라 CoreDNS는 이름을 압축하지 않고 다 쓴다).',
  'sim.dns.hop.responseNxdomain':
    '{{container}}{{이/가}} {{dst}}에 응답을 보낸다. {{qname}}에 대한 NXDOMAIN이고, 권한 섹션에 영역의 SOA 레코드를 담아 모두 {{size}}바이트다.',
  'sim.dns.hop.responseNodata':
    '{{container}}{{이/가}} {{dst}}에 응답을 보낸다. {{qname}}의 A 레코드 없이 NOERROR이고, 영역의 SOA 레코드를 담아 모두 {{size}}바이트다.',
  // ---------------------------------------------------------------- DNS: 리졸버의 결론
  'sim.dns.resolve.next':
    '{{qname}}{{은/는}} 없는 이름이다(NXDOMAIN). {{container}}의 리졸버는 포기하지 않고 다음 이름 {{next}}{{을/를}} 묻는다.',
  'sim.dns.resolve.nextNodata':
    '{{qname}}에는 A 레코드가 없다(NODATA). {{container}}의 리졸버는 다음 이름 {{next}}{{을/를}} 묻는다.',
  'sim.dns.resolve.address':
    '{{name}}의 주소로 {{ip}}{{을/를}} 얻었다({{qname}}{{으로/로}} 찾음). getaddrinfo가 이 주소를 돌려주고, {{container}}{{은/는}} 이제 이 주소로 연결을 연다.',
  'sim.dns.resolve.addresses':
    '{{name}}에는 주소가 {{count}}개 있다({{qname}}{{으로/로}} 찾음): {{ips}}. {{container}}{{은/는}} 첫 주소 {{ip}}에 연결한다. CoreDNS의 “loadbalance” 플러그인이 응답마다 레코드 순서를 섞으므로, 다시 찾으면 다른 파드를 고를 수도 있다.',
  'sim.dns.resolve.nxdomain':
    '더 물어볼 이름이 없다. 모든 질의가 NXDOMAIN을 받았다. getaddrinfo는 “Name or service not known”으로 실패하고, {{container}}{{은/는}} {{name}}에 패킷을 하나도 보내지 않는다.',
  'sim.dns.resolve.nodata':
    '더 물어볼 이름이 없고, 주소 없이 존재하는 이름이 있었다. getaddrinfo는 “No address associated with hostname”으로 실패하고, {{container}}{{은/는}} {{name}}에 패킷을 하나도 보내지 않는다.',
  'sim.dns.resolve.noAnswer':
    '{{qname}}에 대한 DNS 답이 돌아오지 않았다(까닭은 앞의 홉들이 보여 준다). {{container}}의 리졸버에는 물어볼 다른 네임서버가 없으므로, 재시도 끝에 getaddrinfo는 “Temporary failure in name resolution”으로 실패한다.',
  // ---------------------------------------------------------------- DNS: 결과
  'sim.dns.outcome.nxdomain':
    '{{name}}{{은/는}} 클러스터에 없는 이름이다. 리졸버가 보낸 질의가 모두({{count}}개) NXDOMAIN을 받았으므로 연결은 시도조차 하지 않는다.',
  'sim.dns.outcome.nodata':
    '{{name}}{{을/를}} 찾지 못했다. 리졸버가 보낸 질의 {{count}}개 어디에서도 주소를 얻지 못했으므로 연결은 시도조차 하지 않는다.',
  'sim.dns.outcome.upstream':
    '{{qname}}{{은/는}} 클러스터의 영역 밖에 있다. CoreDNS는 이 이름을 상위 네임서버로 넘기는데, 이 시뮬레이션은 그 네임서버를 다루지 않는다. 클러스터 밖으로 나가는 패킷을 따라가려면 인터넷 호스트를 IP 주소로 지정한다.',
  'sim.dns.outcome.queryFailed':
    '{{qname}}에 대한 DNS 질의가 {{server}}에서 응답을 받지 못해 {{name}}{{을/를}} 찾지 못했고, 연결은 시도조차 하지 않는다. 질의가 어디에서 멈췄는지는 그 질의의 홉이 보여 준다.',
  'sim.dns.outcome.noClusterDns':
    '이 시나리오에는 클러스터 DNS가 없다. CoreDNS 파드 앞에 놓일 kube-system 네임스페이스의 서비스 kube-dns(셀렉터 k8s-app=kube-dns, UDP와 TCP 포트 53)가 없다. 파드의 /etc/resolv.conf에 답해 줄 네임서버가 없으므로 {{name}}{{을/를}} 찾을 수 없다.',
  'sim.dns.outcome.notClusterFirst':
    '{{container}}{{은/는}} 노드 자신의 네트워크 네임스페이스에서 돌고, 그 /etc/resolv.conf는 클러스터가 아니라 노드의 것이다. CoreDNS에 묻지 않으므로 클러스터 안에서 {{name}}{{을/를}} 찾을 수 없다.',
  'sim.dns.outcome.hostNetwork':
    '{{pod}}{{은/는}} 호스트 네트워크를 쓴다. 이런 파드에서 dnsPolicy ClusterFirst는 노드의 /etc/resolv.conf로 돌아간다(ClusterFirstWithHostNet이 아니면). CoreDNS에 묻지 않으므로 클러스터 안에서 {{name}}{{을/를}} 찾을 수 없다.',
  'sim.dns.outcome.badName':
    '“{{name}}”{{은/는}} 올바른 호스트네임이 아니다(레이블은 글자, 숫자, 하이픈으로 각각 63자까지, 모두 253자까지). 그래서 리졸버는 질의를 보내지 않는다.',
  'sim.dns.outcome.shm':
    '공유 메모리는 한 파드 안에서 이름으로 찾아가며 DNS를 거치지 않는다. {{name}}에 대해 찾을 것이 없다.',
  // ---------------------------------------------------------------- 인그레스
  'sim.ingress.exchange.client':
    '클라이언트에서 인그레스 컨트롤러로 가는 연결(Host {{host}}, 경로 {{path}})',
  'sim.ingress.exchange.upstream':
    '컨트롤러가 {{target}}에 있는 {{service}}{{으로/로}} 여는 자기 연결',
  'sim.ingress.hop.proxy':
    '인그레스 컨트롤러({{container}})가 클라이언트의 TCP 연결을 여기서 끝내고 HTTP 요청을 읽는다: Host {{host}}, 경로 {{path}}. 인그레스(Ingress) {{ingress}}의 규칙(호스트 {{ruleHost}}, {{pathType}} 경로 {{rulePath}})이 맞으므로, 서비스 {{service}}의 {{target}}{{으로/로}} 자기 연결을 새로 열고 X-Forwarded-For: {{xff}}{{을/를}} 덧붙인다. 연결이 둘이므로 백엔드는 컨트롤러의 주소를 출발지로 본다.',
  'sim.ingress.hop.proxyMasqueraded':
    '인그레스 컨트롤러({{container}})가 클라이언트의 TCP 연결을 여기서 끝내고 HTTP 요청을 읽는다: Host {{host}}, 경로 {{path}}. 인그레스(Ingress) {{ingress}}의 규칙(호스트 {{ruleHost}}, {{pathType}} 경로 {{rulePath}})이 맞으므로, 서비스 {{service}}의 {{target}}{{으로/로}} 자기 연결을 새로 연다. X-Forwarded-For에는 자기가 본 출발지 {{xff}}{{을/를}} 쓰는데, 이는 클라이언트의 주소 {{client}}{{이/가}} 아니다. 들어오는 길에 마스커레이딩되었기 때문이다(externalTrafficPolicy Local이면 그대로 남는다).',
  'sim.ingress.hop.noPath':
    '인그레스 컨트롤러({{container}})가 HTTP 요청을 읽는다: Host {{host}}, 경로 {{path}}. 이 호스트의 규칙은 있지만 경로 {{path}}에 맞는 것이 없으므로 기본 백엔드가 직접 “404 Not Found”로 답한다. 어떤 서비스로도 연결을 열지 않는다.',
  'sim.ingress.hop.noHost':
    '인그레스 컨트롤러({{container}})가 HTTP 요청을 읽는다: Host {{host}}, 경로 {{path}}. 이 호스트의 인그레스 규칙도, 모든 호스트에 맞는 규칙도 없으므로 기본 백엔드가 직접 “404 Not Found”로 답한다. 어떤 서비스로도 연결을 열지 않는다.',
  'sim.ingress.hop.noBackend':
    '인그레스 컨트롤러({{container}})가 맞는 규칙을 찾았지만 그 백엔드인 서비스 {{service}}의 포트 {{port}}{{이/가}} 없으므로 직접 “503 Service Unavailable”로 답한다.',
  'sim.ingress.outcome.notFound':
    '요청은 인그레스 컨트롤러에 닿았지만 Host {{host}}, 경로 {{path}}에 맞는 인그레스 규칙이 없다. 컨트롤러가 직접 “404 Not Found”로 답했고, 어떤 백엔드에도 연결하지 않았다.',
  'sim.ingress.outcome.noBackend':
    '요청은 인그레스 컨트롤러에 닿았지만 맞는 규칙이 가리키는 {{service}}{{이/가}} 없다. 컨트롤러가 직접 “503 Service Unavailable”로 답했다.',
};
