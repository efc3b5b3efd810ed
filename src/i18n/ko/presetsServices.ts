/** Korean titles and descriptions of the presets about Services, DNS, NodePort, egress, Ingress and NetworkPolicy (C12). */
import type { presetsServicesEn } from '../en/presetsServices';

/** Key for key with the English texts. */
export const presetsServicesKo: Record<keyof typeof presetsServicesEn, string> = {
  'scenario.preset.clusterip-remote.title': '다른 노드에 있는 서비스',
  'scenario.preset.clusterip-remote.description':
    '클라이언트가 “api” 서비스의 ClusterIP를 부릅니다. 이 주소를 가진 장치는 없습니다. 클라이언트 노드에서 kube-proxy의 NAT 규칙이 두 엔드포인트 중 하나를 골라 패킷을 DNAT하고, 응답은 연결 추적(conntrack)이 되돌려 씁니다. 두 번째 패킷은 다른 엔드포인트로 고정하고, 세 번째는 ClusterIP에 ping을 보내지만 아무도 응답하지 않습니다.',
  'scenario.preset.clusterip-same-node.title': '같은 노드에 있는 서비스 엔드포인트',
  'scenario.preset.clusterip-same-node.description':
    '엔드포인트가 클라이언트와 같은 브리지 뒤에 있어서 응답은 라우팅되지 않고 브리지를 지납니다. bridge-nf-call-iptables가 켜져 있기 때문에 브리지를 지나는 응답도 넷필터를 거쳐 출발지가 다시 ClusterIP로 바뀝니다. 편집기에서 이 스위치를 끄면 클라이언트가 응답을 리셋하는 것을 볼 수 있습니다.',
  'scenario.preset.dns-service.title': 'DNS 이름으로 찾는 서비스',
  'scenario.preset.dns-service.description':
    '“shop” 네임스페이스의 클라이언트가 “api”에 연결합니다. 리졸버는 먼저 “resolv.conf”의 “search” 목록을 차례로 붙여 kube-dns(10.96.0.10, CoreDNS 파드로 DNAT됨)에 묻고, 받은 답으로 연결합니다. “api.shop”은 “ndots:5” 때문에 생기는 추가 질의를 보여 주고, “web”은 없는 이름이라 “NXDOMAIN”으로 끝납니다.',
  'scenario.preset.headless-service.title': '헤드리스 서비스',
  'scenario.preset.headless-service.description':
    '“db” 서비스는 ClusterIP가 “None”입니다. kube-proxy는 이 서비스에 규칙을 쓰지 않고 DNS가 파드 자신의 주소로 답하므로, 클라이언트는 DNAT 없이 파드에 바로 연결합니다.',
  'scenario.preset.nodeport-cluster.title': 'NodePort, externalTrafficPolicy Cluster',
  'scenario.preset.nodeport-cluster.description':
    '외부 클라이언트가 노드의 30080번 포트로 연결합니다. “KUBE-NODEPORTS” 체인이 “web” 파드가 어디에 있든 그 파드로 DNAT합니다. 엔드포인트가 없는 “node1”로 온 패킷은 “node1”의 주소로 마스커레이딩되어 “node2”로 가므로, 파드는 클라이언트의 IP를 보지 못합니다.',
  'scenario.preset.nodeport-local.title': 'NodePort, externalTrafficPolicy Local',
  'scenario.preset.nodeport-local.description':
    'Local이면 노드는 NodePort 트래픽을 자기 노드의 엔드포인트로만 보내고 클라이언트 주소를 그대로 둡니다. “web” 파드가 있는 “node2”는 전달하고, 엔드포인트가 없는 “node1”은 패킷을 버립니다.',
  'scenario.preset.egress-internet.title': '인터넷으로 나가는 파드',
  'scenario.preset.egress-internet.description':
    '파드 주소는 클러스터 밖에서 아무 의미가 없으므로, 노드가 나가는 패킷을 노드 자신의 주소로 마스커레이딩하고 응답에서는 연결 추적(conntrack)이 이를 되돌립니다. 두 번째 패킷은 클러스터 범위 안에 있지만 어느 노드의 것도 아닌 주소로 갑니다.',
  'scenario.preset.ingress-two-paths.title': '경로가 둘인 인그레스',
  'scenario.preset.ingress-two-paths.description':
    '외부 클라이언트가 NodePort를 거쳐 “ingress-nginx” 컨트롤러에 닿습니다. 컨트롤러는 그 연결을 끝내고 호스트와 경로를 맞춰 보고(“/api”는 “api” 서비스, “/”는 “web”) 자기 연결을 새로 열며, 클라이언트 주소는 “X-Forwarded-For” 헤더에 담아 넘깁니다.',
  'scenario.preset.policy-default-deny.title': '기본 거부와 허용 규칙 하나',
  'scenario.preset.policy-default-deny.description':
    '“shop” 네임스페이스에서 폴리시 하나가 모든 파드의 인그레스를 막고, 다른 하나가 “web” 파드만 “api”의 8080번 포트에 닿게 합니다. “web” 파드의 패킷은 지나가고, 클라이언트의 패킷은 CNI가 “api”의 인그레스를 적용하는 곳에서 버려집니다.',
  'scenario.preset.service-hairpin.title': '자기 서비스를 거쳐 자기를 부르는 파드',
  'scenario.preset.service-hairpin.description':
    '“api” 파드는 자기 서비스의 유일한 엔드포인트입니다. DNAT된 패킷은 들어온 포트로 다시 나가야 하고(헤어핀 모드) 마스커레이딩되어야, 응답이 브리지와 NAT을 되돌리는 규칙을 거쳐 돌아옵니다.',
};
