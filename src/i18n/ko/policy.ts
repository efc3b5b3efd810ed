/** Korean messages for NetworkPolicy decisions and the reachability matrix. */
import type { policyEn } from '../en/policy';

/** Every key of the English part, in Korean. */
export const policyKo: Record<keyof typeof policyEn, string> = {
  // ---------------------------------------------------------------- 허용
  'sim.policy.notIsolatedIn':
    '{{pod}}{{을/를}} 인그레스 방향으로 고르는 네트워크폴리시(NetworkPolicy)가 그 네임스페이스에 없다. 그러므로 {{pod}}{{은/는}} 인그레스 방향으로 격리되지 않았고, 무엇이든 들어올 수 있다(기본값).',
  'sim.policy.notIsolatedEg':
    '{{pod}}{{을/를}} 이그레스 방향으로 고르는 네트워크폴리시(NetworkPolicy)가 그 네임스페이스에 없다. 그러므로 {{pod}}{{은/는}} 이그레스 방향으로 격리되지 않았고, 어디로든 보낼 수 있다(기본값).',
  'sim.policy.allowedIn':
    '{{pod}}{{은/는}} 인그레스 방향으로 격리되어 있지만, 규칙 {{rule}}{{이/가}} 이 패킷을 허용한다. 그 규칙의 피어에 보낸 쪽이 들고, 포트에 이 포트가 든다.',
  'sim.policy.allowedEg':
    '{{pod}}{{은/는}} 이그레스 방향으로 격리되어 있지만, 규칙 {{rule}}{{이/가}} 이 패킷을 허용한다. 그 규칙의 피어에 목적지가 들고, 포트에 이 포트가 든다.',
  'sim.policy.self':
    '패킷이 {{pod}}에서 {{pod}} 자신에게 간다. 파드는 자기 자신으로 오는 접근을 막을 수 없으므로 네트워크폴리시가 적용되지 않는다.',
  'sim.policy.localNode':
    '{{ip}}{{은/는}} {{pod}}{{이/가}} 도는 노드 {{node}}의 주소다. 파드가 도는 노드에서 오는 트래픽은 폴리시와 상관없이 언제나 허용된다(kubelet의 프로브가 이 길로 온다). CNI는 어떤 폴리시 규칙보다 먼저 출발지가 로컬 주소인 패킷을 받아들인다.',
  'sim.policy.establishedIn':
    '이미 허용된 연결의 응답이다. {{pod}}{{은/는}} {{policies}}에 의해 인그레스 방향으로 격리되어 있지만, 파드의 체인은 연결 추적(conntrack)이 이미 성립된 연결로 아는 패킷을 가장 먼저 받아들인다. 폴리시는 연결을 여는 패킷만 판정한다.',
  'sim.policy.establishedEg':
    '이미 허용된 연결의 응답이다. {{pod}}{{은/는}} {{policies}}에 의해 이그레스 방향으로 격리되어 있지만, 파드의 체인은 연결 추적(conntrack)이 이미 성립된 연결로 아는 패킷을 가장 먼저 받아들인다. 폴리시는 연결을 여는 패킷만 판정한다.',
  'sim.policy.bypassedIn':
    '{{pod}}{{은/는}} {{policies}}에 의해 인그레스 방향으로 격리되어 있고 이 패킷을 허용하는 규칙도 없지만, 패킷은 지나간다. 프레임이 이 노드의 한 파드에서 다른 파드로 브리지되는데, “net.bridge.bridge-nf-call-iptables = 0”이면 브리지되는 프레임은 iptables를 거치지 않으므로 CNI의 필터 규칙이 이 프레임을 보지 못한다. 쿠버네티스가 이 설정을 켜라고 요구하는 까닭 가운데 하나다.',
  'sim.policy.bypassedEg':
    '{{pod}}{{은/는}} {{policies}}에 의해 이그레스 방향으로 격리되어 있고 이 패킷을 허용하는 규칙도 없지만, 패킷은 지나간다. 프레임이 이 노드의 한 파드에서 다른 파드로 브리지되는데, “net.bridge.bridge-nf-call-iptables = 0”이면 브리지되는 프레임은 iptables를 거치지 않으므로 CNI의 필터 규칙이 이 프레임을 보지 못한다. 쿠버네티스가 이 설정을 켜라고 요구하는 까닭 가운데 하나다.',
  // ---------------------------------------------------------------- 거부: 규칙이 맞지 않은 까닭
  'sim.policy.noRulesIn':
    '{{pod}}{{은/는}} {{policies}}에 의해 인그레스 방향으로 격리되어 있는데, 이 폴리시에는 인그레스 규칙이 하나도 없다. 격리된 {{pod}}{{은/는}} 규칙이 허용하는 것만 받으므로 아무것도 들어올 수 없다.',
  'sim.policy.noRulesEg':
    '{{pod}}{{은/는}} {{policies}}에 의해 이그레스 방향으로 격리되어 있는데, 이 폴리시에는 이그레스 규칙이 하나도 없다. 격리된 {{pod}}{{은/는}} 규칙이 허용하는 것만 보낼 수 있으므로 아무것도 나갈 수 없다.',
  'sim.policy.noPortIn':
    '{{pod}}{{은/는}} {{policies}}에 의해 인그레스 방향으로 격리되어 있다. 보낸 쪽을 피어로 둔 규칙은 있지만, {{protocol}} 포트 {{port}}{{을/를}} 허용하는 규칙은 없다.',
  'sim.policy.noPortEg':
    '{{pod}}{{은/는}} {{policies}}에 의해 이그레스 방향으로 격리되어 있다. 목적지를 피어로 둔 규칙은 있지만, {{protocol}} 포트 {{port}}{{을/를}} 허용하는 규칙은 없다.',
  'sim.policy.noProtocolIn':
    '{{pod}}{{은/는}} {{policies}}에 의해 인그레스 방향으로 격리되어 있다. 보낸 쪽을 피어로 둔 규칙은 모두 포트를 적어 두었고, 포트 목록은 그 TCP나 UDP 포트만 허용할 뿐 {{protocol}}{{은/는}} 허용하지 않는다.',
  'sim.policy.noProtocolEg':
    '{{pod}}{{은/는}} {{policies}}에 의해 이그레스 방향으로 격리되어 있다. 목적지를 피어로 둔 규칙은 모두 포트를 적어 두었고, 포트 목록은 그 TCP나 UDP 포트만 허용할 뿐 {{protocol}}{{은/는}} 허용하지 않는다.',
  'sim.policy.noPeerPodIn':
    '{{pod}}{{은/는}} {{policies}}에 의해 인그레스 방향으로 격리되어 있고, 어떤 규칙의 피어도 보낸 쪽 {{peer}}(레이블 {{labels}}, 네임스페이스 {{namespace}}){{과/와}} 맞지 않는다. 파드 셀렉터(podSelector)만 있으면 폴리시와 같은 네임스페이스의 파드를 고르고, 네임스페이스 셀렉터(namespaceSelector)는 네임스페이스를 레이블로 고른다.',
  'sim.policy.noPeerPodEg':
    '{{pod}}{{은/는}} {{policies}}에 의해 이그레스 방향으로 격리되어 있고, 어떤 규칙의 피어도 목적지 {{peer}}(레이블 {{labels}}, 네임스페이스 {{namespace}}){{과/와}} 맞지 않는다. 파드 셀렉터(podSelector)만 있으면 폴리시와 같은 네임스페이스의 파드를 고르고, 네임스페이스 셀렉터(namespaceSelector)는 네임스페이스를 레이블로 고른다.',
  'sim.policy.noPeerIpIn':
    '{{pod}}{{은/는}} {{policies}}에 의해 인그레스 방향으로 격리되어 있고, 어떤 규칙의 피어도 보낸 쪽 {{ip}}{{과/와}} 맞지 않는다. 셀렉터가 고를 수 있는 파드의 주소가 아니고, 이 주소를 담은 IP 블록(ipBlock)도 없다(또는 예외(except)가 이 주소를 뺀다).',
  'sim.policy.noPeerIpEg':
    '{{pod}}{{은/는}} {{policies}}에 의해 이그레스 방향으로 격리되어 있고, 어떤 규칙의 피어도 목적지 {{ip}}{{과/와}} 맞지 않는다. 셀렉터가 고를 수 있는 파드의 주소가 아니고, 이 주소를 담은 IP 블록(ipBlock)도 없다(또는 예외(except)가 이 주소를 뺀다).',
  // ---------------------------------------------------------------- 버림
  'sim.policy.hopDenyIn':
    '{{node}}에서 cni0이 프레임을 {{dev}}{{으로/로}} 내보내 {{pod}}에 넘기기 전에, 필터 테이블의 포워드 체인(FORWARD)이 그 브리지 포트를 맞춰 보고(“iptables -m physdev --physdev-out {{dev}}”) {{pod}}의 인그레스 폴리시 {{policies}}{{을/를}} 적용한다. 패킷을 허용하는 규칙이 없으므로 패킷은 여기서 버려진다. {{pod}}{{은/는}} 패킷을 보지 못하고, 보낸 쪽은 아무 답도 듣지 못한다.',
  'sim.policy.hopDenyForward':
    '{{node}}{{이/가}} {{dst}}{{으로/로}} 가는 패킷을 cni0 쪽으로 라우팅하고, 필터 테이블의 포워드 체인(FORWARD)이 목적지 주소로(“-d {{dst}}/32”) 패킷을 {{pod}}의 인그레스 폴리시 {{policies}}에 보낸다. 여기서는 브리지 포트를 맞춰 볼 수 없다. 노드가 라우팅해 브리지로 보낸 패킷은 포트로 나갈 때 어떤 iptables 훅도 거치지 않기 때문이다. 패킷을 허용하는 규칙이 없으므로 패킷은 포워딩되는 자리에서 버려진다. 패킷은 {{dev}}{{으로/로}} 들어왔고 cni0에도 {{pod}}의 veth에도 닿지 않으며, 보낸 쪽은 아무 답도 듣지 못한다.',
  'sim.policy.hopDenyEg':
    '{{node}}에서 {{pod}}의 프레임이 {{dev}}{{을/를}} 거쳐 cni0에 들어올 때, 필터 테이블의 포워드 체인(FORWARD)이 그 브리지 포트를 맞춰 보고(“iptables -m physdev --physdev-in {{dev}}”) {{pod}}의 이그레스 폴리시 {{policies}}{{을/를}} 적용한다. 패킷을 허용하는 규칙이 없으므로 패킷은 보낸 노드를 떠나기 전에 여기서 버려진다.',
  'sim.policy.outcomeDenyIn':
    '네트워크폴리시 때문에 {{node}}의 {{dev}}에서 버려졌다. {{pod}}{{은/는}} {{policies}}에 의해 인그레스 방향으로 격리되어 있고, 이 패킷을 허용하는 규칙이 없다. TCP 클라이언트는 SYN에 답을 받지 못하고 시간 초과로 끝난다.',
  'sim.policy.outcomeDenyEg':
    '네트워크폴리시 때문에 {{node}}의 {{dev}}에서 버려졌다. {{pod}}{{은/는}} {{policies}}에 의해 이그레스 방향으로 격리되어 있고, 이 패킷을 허용하는 규칙이 없다. TCP 클라이언트는 SYN에 답을 받지 못하고 시간 초과로 끝난다.',
};
