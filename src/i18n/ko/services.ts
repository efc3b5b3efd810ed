/** Korean messages for Services, kube-proxy's rules, conntrack, NAT and egress. */
import type { servicesEn } from '../en/services';

/** Every key of the English part, in Korean. */
export const servicesKo: Record<keyof typeof servicesEn, string> = {
  // ---------------------------------------------------------------- NAT 홉
  'sim.hop.dnat':
    '{{node}}의 “nat” 테이블, {{hook}} 훅: {{from}}{{으로/로}} 가는 패킷이 서비스 {{service}}에 대한 kube-proxy 규칙에 걸린다. “KUBE-SERVICES” 체인이 서비스의 “KUBE-SVC” 체인으로 보내고, 그 체인의 확률 규칙이 엔드포인트 {{count}}개 가운데 {{index}}번째를 고른다(실제로는 연결마다 무작위이고, 여기서는 흐름에서 정해진다). 그 엔드포인트의 “KUBE-SEP” 체인이 DNAT을 하여 목적지가 {{to}}{{으로/로}} 바뀐다. ClusterIP는 이 규칙 안에만 있고 다른 어디에도 없다. conntrack이 이 변환을 기록해 두므로 응답을 되돌릴 수 있다.',
  'sim.hop.dnatPinned':
    '{{node}}의 “nat” 테이블, {{hook}} 훅: {{from}}{{으로/로}} 가는 패킷이 서비스 {{service}}에 대한 kube-proxy 규칙에 걸린다. “KUBE-SERVICES” 체인, 서비스의 “KUBE-SVC” 체인을 거쳐, 직접 고정한 엔드포인트({{count}}개 가운데 {{index}}번째)의 “KUBE-SEP” 체인으로 간다(kube-proxy는 원래 연결마다 무작위로 고른다). DNAT이 목적지를 {{to}}{{으로/로}} 바꾼다. conntrack이 이 변환을 기록해 두므로 응답을 되돌릴 수 있다.',
  'sim.hop.snatKubeProxy':
    '{{node}}의 “nat” 테이블 “POSTROUTING” 체인: 패킷에 kube-proxy의 마스커레이딩 표시(0x4000)가 있으므로 “KUBE-POSTROUTING” 체인이 MASQUERADE를 한다. 출발지 {{from}}{{이/가}} 패킷이 나가는 {{dev}}의 주소 {{to}}{{으로/로}} 바뀐다. 엔드포인트는 {{to}}에 답하므로 응답이 이 노드를 거쳐 돌아오고, 여기서 conntrack이 두 변환을 모두 되돌린다.',
  'sim.hop.snatFlannel':
    '{{node}}의 “nat” 테이블 “POSTROUTING” 체인: 플란넬(Flannel)의 “FLANNEL-POSTRTG” 체인이 파드 네트워크를 떠나는 파드 주소를 마스커레이딩한다. 출발지 {{from}}{{이/가}} 패킷이 나가는 {{dev}}의 주소 {{to}}{{으로/로}} 바뀐다. 클러스터 밖에는 파드 주소로 가는 경로가 없으므로, 이것이 없으면 {{dst}}의 응답은 돌아올 수 없다.',
  'sim.hop.unSnat':
    '{{node}}의 conntrack이 자신이 마스커레이딩한 연결의 응답을 알아보고, 라우팅 전에 원래 주소를 되돌린다. 목적지 {{from}}{{이/가}} {{to}}{{으로/로}} 바뀐다.',
  'sim.hop.unDnat':
    '{{node}}의 conntrack이 자신이 DNAT으로 바꾼 연결의 응답을 알아보고, 패킷이 나갈 때 클라이언트가 쓴 주소를 되돌린다. 출발지 {{from}}{{이/가}} {{to}}{{으로/로}} 바뀐다. 클라이언트는 자신이 연결한 주소에서 응답이 온 것으로 본다.',
  // ---------------------------------------------------------------- filter 홉
  'sim.hop.rejectNoEndpoints':
    '서비스 {{service}}에는 준비된 엔드포인트가 없으므로 kube-proxy는 DNAT 규칙 없이 거부하는 “filter” 규칙만 썼다: “{{rule}}”. {{node}}{{은/는}} {{dst}}:{{port}}{{으로/로}} 가는 패킷을 거부한다.',
  'sim.hop.rejectNoEndpointsIcmp':
    'kube-proxy의 거부 규칙에 따라 {{who}}의 커널이 ICMP “destination unreachable — port unreachable”(유형 3, 코드 3)로 답한다. {{src}}에서 {{dst}}{{으로/로}} 가며, 거부한 패킷의 앞부분을 담는다.',
  'sim.hop.dropNoLocalEndpoints':
    'externalTrafficPolicy Local: {{node}}{{은/는}} NodePort 트래픽을 이 노드의 엔드포인트로만 보내는데, 서비스 {{service}}의 엔드포인트가 여기에는 없다. “KUBE-SVL” 체인이 비어 있어 DNAT이 일어나지 않고, kube-proxy의 “filter” 규칙이 패킷을 조용히 버린다: “{{rule}}”.',
  // ---------------------------------------------------------------- 브리지와 라우팅
  'sim.hop.bridgeDnat':
    'bridge-nf-call-iptables가 켜져 있어 프레임은 브리지에서 바로 “nat” 테이블을 거쳤다. 새 목적지 {{dst}}{{이/가}} 같은 브리지 뒤에 있으므로 노드는 그 파드의 MAC {{mac}}만 찾고, cni0이 프레임을 포트 {{port}}{{으로/로}} 곧장 브리징한다. 라우팅이 없으므로 TTL과 출발지 MAC은 파드의 것 그대로다.',
  'sim.hop.bridgeHairpin':
    '프레임이 들어온 바로 그 포트 {{port}}{{으로/로}} 다시 나가야 한다. 브리지는 원래 그렇게 하지 않지만, 플란넬의 브리지 설정처럼 포트가 헤어핀(hairpin) 모드이면 예외다. 그래서 cni0이 프레임을 파드 쪽으로 돌려보낸다.',
  'sim.hop.dropHairpinOff':
    'DNAT 뒤 프레임의 목적지({{mac}})는 프레임이 들어온 포트 {{port}} 뒤에 있다. 헤어핀(hairpin) 모드가 아니면 브리지는 들어온 포트로 프레임을 되돌려 보내지 않으므로 cni0이 프레임을 버린다. DNAT이 만든 conntrack 항목은 확정되지 못한 채 프레임과 함께 사라진다. conntrack은 첫 패킷이 “POSTROUTING”를 지날 때에만 항목을 확정하므로 “conntrack -L”에는 아무것도 나오지 않는다.',
  'sim.hop.forwardNoPodCidr':
    '{{dst}}{{은/는}} 클러스터 대역 {{cidr}} 안에 있지만 어느 노드의 파드 대역에도 들지 않는다. 그 주소로 가는 경로를 가진 노드가 없으므로 {{node}}{{은/는}} 기본 경로 “{{route}}”만 쓸 수 있고, 패킷을 {{dev}}에서 게이트웨이로 포워딩한다(TTL {{ttl}}). 파드 네트워크 주소이므로 플란넬은 마스커레이딩하지 않는다.',
  'sim.hop.forwardUpstream':
    '게이트웨이 라우터에는 {{dst}}{{으로/로}} 가는 경로가 기본 경로뿐이므로 패킷을 {{dev}}에서 상위 라우터 {{via}} 쪽으로 포워딩한다(TTL {{ttl}}). 이 시뮬레이션에는 {{via}}의 주인이 없다. 패킷이 나가기 전에 게이트웨이는 그 라우터의 MAC부터 알아내야 한다.',
  'sim.hop.wireToClient':
    '프레임이 노드 네트워크를 건너 {{from}}에서 외부 클라이언트의 {{dev}}인 {{to}}{{으로/로}} 간다.',
  'sim.hop.wireToGateway':
    '프레임이 노드 네트워크를 건너 {{from}}에서 인터넷으로 이어지는 게이트웨이 라우터의 {{dev}}인 {{to}}{{으로/로}} 간다.',
  'sim.hop.wireToInternet':
    '프레임이 인터넷 쪽 링크를 건너 {{from}}에서 인터넷 호스트의 {{dev}}인 {{to}}{{으로/로}} 간다.',
  'sim.hop.dropMartian':
    '패킷이 {{pod}}에 도착했는데 출발지가 자기 주소 {{src}}이다. 밖에서 올 수 없는 “martian” 패킷이므로 파드의 커널이 버린다(“accept_local” 꺼짐). 헤어핀 패킷을 마스커레이딩하면 이 문제가 생기지 않는다.',
  'sim.hop.rejectStrayTcp':
    'SYN+ACK가 {{got}}에서 왔지만 {{container}}{{은/는}} {{expected}}에 연결했다. 응답이 노드의 conntrack을 거치지 않아 주소가 되돌려지지 않았다. 맞는 소켓이 없으므로 커널이 RST로 답하고, 연결은 열리지 않는다.',
  'sim.hop.rejectStrayUdp':
    '응답이 {{got}}에서 왔지만 {{container}}{{은/는}} {{expected}}에 보냈다. 주소가 되돌려지지 않았다. 맞는 소켓이 없으므로 커널이 ICMP 포트 도달 불가로 답한다.',
  'sim.hop.deliverStrayRst':
    'RST가 {{who}}에 닿는다. 그 커널은 RST를 자신이 {{got}}에서 답한, 아직 열리지 않은 연결과 맞춰 보고 그 연결을 버린다. 어떤 소켓에도 닿지 않으며, {{container}}{{은/는}} 여전히 {{expected}}의 답을 기다린다.',
  'sim.hop.deliverStrayUnreachable':
    'ICMP 포트 도달 불가가 {{who}}에 닿고, 그 커널이 {{got}}에서 답한 소켓에 이를 알린다. {{container}}{{은/는}} 여전히 {{expected}}의 답을 기다린다.',
  // ---------------------------------------------------------------- 결과
  'sim.outcome.noEndpoints':
    '거부됨: 서비스 {{service}}에 준비된 엔드포인트가 없어 kube-proxy가 연결을 거부한다(ICMP 포트 도달 불가, connect()는 “Connection refused”로 실패).',
  'sim.outcome.noLocalEndpoints':
    '버려짐: externalTrafficPolicy Local에서 {{node}}에는 {{service}}의 엔드포인트가 없으므로 kube-proxy가 패킷을 버린다. 클라이언트는 기다리다 시간 초과된다.',
  'sim.outcome.hairpinOff':
    '버려짐: 파드가 자기 서비스를 거쳐 자신에게 닿으려면 프레임이 들어온 포트 {{port}}{{으로/로}} 다시 나가야 하는데, 헤어핀(hairpin) 모드가 아니어서 브리지가 거절한다. 연결은 시간 초과된다.',
  'sim.outcome.martian':
    '버려짐: 마스커레이딩이 없으면 파드는 자기 주소 {{src}}에서 온 자기 패킷을 받아 버린다. 헤어핀 트래픽에는 헤어핀 모드와 마스커레이딩이 모두 필요하다.',
  'sim.outcome.strayReply':
    '연결 실패: 응답이 DNAT을 기억하는 conntrack을 거치지 않아 {{expected}}{{이/가}} 아니라 {{got}}에서 왔다. {{container}}{{은/는}} 그 응답을 리셋하고 다시 시도하다 시간 초과된다.',
  'sim.outcome.noPodCidr':
    '{{dst}}{{은/는}} 클러스터 대역 {{cidr}} 안에 있지만 어느 노드의 파드 대역에도 들지 않아 주인이 없다. 패킷은 기본 경로를 따라 클러스터 밖의 게이트웨이로 갔는데, 게이트웨이의 상위 라우터 {{via}}{{은/는}} 이 시뮬레이션 밖에 있어 ARP에 답이 없고 패킷은 사라진다. 클러스터 밖에서는 어차피 아무도 파드 주소를 모른다.',
  'sim.outcome.serviceIpNoRule':
    '응답 없음: {{dst}}{{은/는}} 서비스 대역에 있지만 ClusterIP는 TCP와 UDP 포트에 대한 DNAT 규칙일 뿐이다. 이 패킷에 맞는 규칙이 없고 그 주소의 주인도 없어서, 패킷은 기본 경로를 따라 클러스터 밖의 게이트웨이로 간다. 게이트웨이의 상위 라우터 {{via}}{{은/는}} 이 시뮬레이션 밖에 있어 ARP에 답이 없고, 게이트웨이는 3초쯤 뒤 “host unreachable”로 알린다. ClusterIP는 ping에 답하지 않는다.',
  'sim.outcome.leftToInternet':
    '{{dst}}{{은/는}} 이 시뮬레이션 밖의 인터넷에 있다. 게이트웨이 라우터는 패킷을 상위 라우터 {{via}}{{으로/로}} 넘기려 하지만 그 라우터는 여기 없으므로 ARP에 답이 없고, 게이트웨이는 3초쯤 뒤 “host unreachable”로 알린다.',
  'sim.outcome.unknownService': '이 클러스터에는 서비스 {{service}}{{이/가}} 없습니다.',
  'sim.outcome.headlessNoIp':
    '{{service}}{{은/는}} 헤드리스 서비스(“clusterIP: None”)라서 가상 주소도 kube-proxy 규칙도 없다. 이름으로(DNS가 파드 IP로 답한다) 또는 파드의 주소로 닿아야 한다.',
  // ---------------------------------------------------------------- 필드가 바뀐 까닭
  'sim.change.dnat': 'kube-proxy의 “KUBE-SEP” 규칙이 DNAT으로 목적지를 엔드포인트로 바꿔 썼다.',
  'sim.change.snat': 'MASQUERADE가 출발지를 나가는 인터페이스의 주소로 바꿔 썼다.',
  'sim.change.unDnat': 'conntrack이 DNAT을 되돌렸다. 출발지는 클라이언트가 쓴 주소다.',
  'sim.change.unSnat': 'conntrack이 마스커레이딩을 되돌렸다. 목적지는 원래 보낸 쪽이다.',
};
