/** Korean texts of the C12 lessons. */
import type { lessonsServicesEn } from '../en/lessonsServices';

/** Every key of the English part, in Korean. */
export const lessonsServicesKo: Record<keyof typeof lessonsServicesEn, string> = {
  'lesson.link.services': '쿠버네티스 문서: 서비스',
  'lesson.link.dns': '쿠버네티스 문서: 서비스 및 파드용 DNS',
  'lesson.link.ingress': '쿠버네티스 문서: 인그레스',
  'lesson.link.networkPolicies': '쿠버네티스 문서: 네트워크 정책',
  // ------------------------------------------------------------ C12 ClusterIP
  'lesson.c12a.title': '서비스: 규칙 속에만 있는 주소',
  'lesson.c12a.intro':
    '파드는 새 주소를 받으며 생겼다 사라지므로, 클라이언트는 서비스를 부른다. 서비스의 ClusterIP는 어느 노드의 어느 장치에도 없다. kube-proxy가 모든 노드의 “nat” 테이블에 이 주소를 규칙으로 적어 두고, 패킷이 들어온 노드가 그 주소를 서비스의 파드 하나로 바꾼다.',
  'lesson.c12a.s1':
    '{{client}}{{이/가}} 서비스 {{api}}의 {{clusterIp}} 포트 80에 연결한다. 이 주소를 가진 장치는 없다. {{node1}}{{이/가}} “nat” 규칙을 적용한 직후의 목적지 주소를 예측해 보자.',
  'lesson.c12a.s2':
    'PREROUTING에서, 라우팅을 결정하기도 전에 KUBE-SERVICES 체인이 {{clusterIp}}:80에 일치해 서비스의 KUBE-SVC 체인으로 넘어갔고, 그 확률 규칙이 엔드포인트 하나를 골랐으며, 그 KUBE-SEP 체인이 DNAT을 했다. 그다음에야 {{node1}}{{이/가}} 이제 {{node2}}의 파드로 향하는 패킷을 라우팅했다. 선 위에는 ClusterIP가 한 번도 나타나지 않고, 엔드포인트는 {{client}}의 실제 주소를 본다.',
  'lesson.c12a.s3':
    '엔드포인트는 자기 주소로 응답한다. {{node1}}의 연결 추적(conntrack)이 DNAT을 기억하고 있다가 응답에서 되돌린다. {{client}}{{이/가}} 받는 응답의 출발지 주소를 예측해 보자.',
  'lesson.c12a.s4':
    'ClusterIP로 ping을 보낸다. kube-proxy의 규칙은 서비스의 포트와 프로토콜에만 일치하고 {{clusterIp}}{{을/를}} 가진 장치는 없으므로, {{node1}}{{은/는}} 에코 요청을 클러스터 밖의 주소처럼 라우팅한다. 마스커레이딩한 뒤 게이트웨이로 내보내지만 게이트웨이의 상위 라우터는 답하지 않고, 게이트웨이가 호스트 도달 불가를 알린다. ClusterIP는 호스트가 아니므로 ping에 답하지 않는다.',
  'lesson.c12a.s5':
    '이번에는 엔드포인트가 {{client}}{{과/와}} 같은 노드에 있다. bridge-nf-call-iptables가 켜져 있으면 브리지는 프레임을 iptables에 통과시키고, DNAT이 일어난 뒤 프레임을 엔드포인트의 포트로 곧장 스위칭한다. 브리지를 지난 뒤의 TTL을 예측해 보자.',
  'lesson.c12a.s6':
    '여기서는 브리지 넷필터(netfilter)가 꺼져 있다. 들어가는 길의 DNAT은 여전히 노드에서 일어나지만, 응답은 iptables를 거치지 않고 브리지를 지나므로 연결 추적이 되돌리지 못한다. {{client}}{{은/는}} 부른 적 없는 파드 주소에서 온 응답을 받고 리셋한다. 쿠버네티스가 bridge-nf-call-iptables를 요구하는 이유다.',
  'lesson.c12a.check':
    '직접 해 보자. 서비스의 ClusterIP로 연결하고(보내기 패널에서 서비스 … (ClusterIP)), DNAT과 역변환을 따라가 본다.',
  'lesson.c12a.done':
    '연결이 서비스를 거쳐 파드에 닿았다. 들어갈 때 DNAT, 돌아올 때 역변환이 일어났다.',
  // ------------------------------------------------------------ C12 DNS
  'lesson.c12b.title': '이름: 연결 전에 DNS부터',
  'lesson.c12b.intro':
    '애플리케이션은 서비스를 이름으로 부른다. 연결하기 전에 파드의 리졸버가 클러스터 DNS인 CoreDNS에 묻는데, CoreDNS에도 서비스를 거쳐 닿는다. kube-dns, {{kubeDns}}이다.',
  'lesson.c12b.s1':
    '“shop” 네임스페이스의 {{client}}{{이/가}} 이름 {{api}}에 연결한다. 먼저 UDP 질의가 kube-dns {{kubeDns}}:53으로 간다. 노드의 DNAT 뒤 그 목적지 주소를 예측해 보자.',
  'lesson.c12b.s2':
    '점이 다섯 개보다 적은 이름은 “resolv.conf”의 검색 도메인을 하나씩 붙여 먼저 시도한다(“options ndots:5”). 그래서 “api.shop”은 먼저 “api.shop.shop.svc.cluster.local”로 물어보고, 그런 이름이 없으니 그다음에야 “api.shop.svc.cluster.local”로 묻는다. 질의가 몇 번인지 세어 보자.',
  'lesson.c12b.s3':
    '여기에는 “web”이라는 서비스가 없다. 리졸버가 시도하는 클러스터 도메인의 이름마다 NXDOMAIN을 받는다. 마지막 시도인 “web” 그대로의 이름은 클러스터 도메인 밖이므로 CoreDNS가 상위 DNS 서버에 묻게 된다(여기서는 시뮬레이션하지 않는다). 연결은 시작조차 하지 않는다.',
  'lesson.c12b.s4':
    '헤드리스 서비스(clusterIP None)에는 주소도 규칙도 없다. DNS가 준비된 파드들의 주소로 답하고, 클라이언트는 DNAT 없이 파드에 곧장 연결한다.',
  'lesson.c12b.check':
    '직접 해 보자. 원하는 이름으로 서비스에 연결한다(보내기 패널에서 DNS 이름 직접 입력…). 예를 들어 전체 이름 “api.shop.svc.cluster.local”을 써 본다.',
  'lesson.c12b.done': '이름이 CoreDNS를 거쳐 주소가 되었고, 연결은 그 주소로 갔다.',
  // ------------------------------------------------------------ C12 NodePort and egress
  'lesson.c12c.title': '밖에서 안으로, 안에서 밖으로: NodePort와 마스커레이딩',
  'lesson.c12c.intro':
    'NodePort 서비스는 같은 포트, 여기서는 {{nodePort}}{{을/를}} 모든 노드에 연다. {{client}}의 외부 클라이언트는 어느 노드든 부를 수 있고, 인터넷으로 나가는 파드는 자기 노드의 주소를 달고 나간다.',
  'lesson.c12c.s1':
    '클라이언트가 {{node1}}의 포트 {{nodePort}}{{을/를}} 부르지만 {{web}}{{은/는}} {{node2}}에서 실행 중이다. {{node1}}의 DNAT 뒤 목적지 주소를 예측해 보자.',
  'lesson.c12c.s2':
    '응답은 연결 추적 항목을 가진 {{node1}}{{을/를}} 거쳐 돌아와야 한다. 그래서 Cluster 트래픽 정책에서는 {{node1}}{{이/가}} 패킷이 나갈 때 출발지도 바꾼다. 마스커레이딩 뒤의 출발지 주소를 예측해 보자.',
  'lesson.c12c.s3':
    'Local 트래픽 정책에서는 노드가 자기 노드의 엔드포인트로만 보내고 클라이언트 주소를 유지한다. 클라이언트가 {{web}}{{이/가}} 실행 중인 {{node2}}{{을/를}} 부른다. {{web}}{{이/가}} 보는 출발지 주소를 예측해 보자.',
  'lesson.c12c.s4':
    '이번에는 클라이언트가 {{node1}}{{을/를}} 부른다. Local 정책에서 {{node1}}에는 자기 엔드포인트가 없으므로 패킷은 어디로도 가지 못한다. 로드 밸런서가 상태 확인을 통과한 노드에만 보내는 이유다.',
  'lesson.c12c.s5':
    '파드가 인터넷에 닿으려 한다. 파드 주소는 클러스터 밖에서 아무 의미가 없으므로 플란넬(Flannel)의 마스커레이딩 규칙이 출발지를 노드 주소로 바꾼다. 그 주소를 예측해 보자.',
  'lesson.c12c.check':
    '직접 해 보자. 외부 클라이언트에서 다른 노드의 NodePort를 거쳐 {{web}}에 닿아 본다.',
  'lesson.c12c.done': '패킷이 노드의 포트로 들어와 서비스 뒤의 파드에 닿았다.',
  // ------------------------------------------------------------ C12 Ingress
  'lesson.c12d.title': '인그레스: 호스트와 경로로 나누는 하나의 입구',
  'lesson.c12d.intro':
    '인그레스(Ingress)는 HTTP 규칙의 모음이다. 컨트롤러 파드, 여기서는 {{controller}}{{이/가}} 이 규칙을 처리한다. 클라이언트의 연결을 끝내고, Host와 경로를 읽고, 맞는 서비스로 자기 연결을 새로 연다.',
  'lesson.c12d.s1':
    '{{host}}에 “GET /api/orders” 요청을 보낸다. 첫 연결은 클라이언트에서 컨트롤러의 NodePort를 거쳐 {{controller}}에서 끝난다. 어디서 멈추는지 보자.',
  'lesson.c12d.s2':
    '경로 “/api”가 {{api}}의 Prefix 규칙에 일치하므로 컨트롤러가 서비스 {{api}}에 연결한다. 컨트롤러가 클라이언트인 두 번째 연결이다. 이 연결의 DNAT 뒤 목적지 주소를 예측해 보자.',
  'lesson.c12d.s3':
    '“GET /”은 {{web}}의 규칙에만 일치한다. 이번에도 연결은 둘이고, 클라이언트 주소는 컨트롤러가 본 주소로 X-Forwarded-For 헤더에 실려 간다.',
  'lesson.c12d.check': '직접 해 보자. 인그레스가 {{web}}{{으로/로}} 보내는 페이지를 요청한다.',
  'lesson.c12d.done': '요청이 컨트롤러의 두 연결을 거쳐 {{web}}에 닿았다.',
  // ------------------------------------------------------------ C12 NetworkPolicy
  'lesson.c12e.title': '네트워크폴리시(NetworkPolicy): 누가 누구와 말할 수 있나',
  'lesson.c12e.intro':
    '정책이 없으면 모든 파드가 모든 파드에 닿는다. 정책이 한 방향으로 파드를 선택하면 어떤 규칙이 허용한 것만 지나간다. 정책은 CNI가 노드에서, 패킷이 파드로 들어가거나 파드에서 나오는 곳에서 적용한다.',
  'lesson.c12e.s1':
    '“shop” 네임스페이스에는 정책이 둘 있다. 들어오는 트래픽을 모두 막는 정책과, app=web이 {{api}}의 포트 {{port}}에 닿도록 허용하는 정책이다. {{web}}{{이/가}} {{api}}에 연결한다. 허용 규칙이 일치한다.',
  'lesson.c12e.s2':
    '이번에는 {{client}}{{이/가}} {{api}}에 연결한다. 허용하는 규칙이 없다. 어떻게 끝날지 예측해 보자.',
  'lesson.c12e.s3':
    '패킷은 노드 네트워크를 건넌 뒤 {{node2}}의 eth0에 도착하자마자, 노드가 cni0 쪽으로 라우팅하려는 순간 필터 테이블의 포워드 체인(FORWARD)에서 버려졌다. 노드가 라우팅해 브리지로 보낸 패킷은 veth로 나갈 때 어떤 규칙도 거치지 않으므로, 정책 에이전트는 그곳에서 {{api}}의 목적지 주소를 맞춰 본다. 패킷은 cni0에 닿지 않는다. 보낸 쪽은 아무 답도 듣지 못하고 다시 시도한다.',
  'lesson.c12e.check':
    '직접 해 보자. {{client}}{{이/가}} {{api}}의 포트 {{port}}에 닿게 한다. 편집기의 네트워크폴리시 항목에서 정책을 추가한 뒤 패킷을 다시 보낸다.',
  'lesson.c12e.done': '이제 규칙이 허용하므로 패킷이 {{api}}에 닿았다.',
};
