/** Korean explanations of the simulation's hops, outcomes and field changes (keys under "sim."). */
import type { simEn } from '../en/sim';

/** Korean simulation messages, key for key with the English ones. */
export const simKo: Record<keyof typeof simEn, string> = {
  // ---------------------------------------------------------------- 홉: 보내기
  'sim.hop.send':
    '{{container}}{{이/가}} {{src}}에서 {{target}}{{으로/로}} {{protocol}} 패킷을 보낸다. 소켓은 패킷을 자기 네임스페이스의 네트워크 스택에 넘기고, 스택은 패킷의 TTL을 {{ttl}}{{으로/로}} 정해 내보낸다.',
  'sim.hop.sendPing':
    '{{container}}에서 ping을 실행한다. 출발지 {{src}}, 목적지 {{dst}}인 {{size}}바이트짜리 ICMP 에코 요청이다. 소켓은 이를 자기 네임스페이스의 네트워크 스택에 넘기고, 스택은 패킷의 TTL을 {{ttl}}{{으로/로}} 정해 내보낸다.',
  'sim.hop.sendSynAck':
    '{{container}}{{이/가}} TCP 포트 {{port}}에서 수신 대기 중이므로 커널이 연결을 받아들이고 SYN에 SYN+ACK로 답한다({{dst}} → {{src}}).',
  'sim.hop.sendUdpReply':
    '{{container}}{{이/가}} UDP 포트 {{port}}{{으로/로}} 데이터그램을 받고, {{src}}{{으로/로}} 응답 데이터그램을 돌려보낸다.',
  'sim.hop.sendEchoReply':
    '{{src}}의 커널이 ICMP 에코 요청에 직접 에코 응답으로 답해 {{dst}}{{으로/로}} 보낸다. ping에 답하려고 수신 대기하는 프로세스는 필요 없다. 커널의 ICMP 소켓은 경로 MTU 탐색을 하지 않으므로, ping의 요청과 달리 응답에는 단편화 금지(DF) 플래그가 없다.',
  // ---------------------------------------------------------------- 홉: 루프백
  'sim.hop.loopback':
    '{{dst}}{{은/는}} 바로 이 네임스페이스의 주소이므로 커널은 패킷을 루프백 장치 lo로 보낸다. 패킷은 나가자마자 곧바로 다시 들어오고, MAC은 모두 0(00:00:00:00:00:00)이다. eth0도, veth 쌍도, 노드도 전혀 거치지 않는다.',
  // ---------------------------------------------------------------- 홉: 라우팅과 ARP
  'sim.hop.routeOnLink':
    '{{dst}}{{으로/로}} 가는 경로를 라우팅 테이블에서 찾는다. 일치하는 경로는 “{{route}}”이다. 목적지가 같은 링크 위(on-link), 곧 같은 서브넷에 있으므로 패킷은 게이트웨이를 거치지 않고 {{dev}}에서 곧바로 {{dst}}{{으로/로}} 나간다.',
  'sim.hop.routeGateway':
    '{{dst}}{{으로/로}} 가는 경로를 라우팅 테이블에서 찾는다. 일치하는 경로는 “{{route}}”이다. 목적지가 이 링크에 없으므로 패킷은 {{dev}}에서 게이트웨이 {{via}}{{으로/로}} 나가고, 게이트웨이가 이어서 라우팅한다.',
  'sim.hop.arp':
    'ARP: 이더넷 프레임을 만들려면 {{target}}의 MAC 주소가 필요하다. 보내는 쪽은 {{dev}}에서 “who-has {{target}} tell {{sender}}”{{을/를}} 브로드캐스트하고(브리지는 이를 모든 포트로 흘려보낸다), 그 주소의 주인이 {{mac}}{{이라고/라고}} 답한다.',
  'sim.hop.arpNode':
    '노드 네트워크의 ARP: {{dev}}에서 “who-has {{target}} tell {{sender}}”{{이/가}} 브로드캐스트되고, {{target}}{{을/를}} 가진 노드가 자기 MAC 주소 {{mac}}{{으로/로}} 답한다.',
  'sim.hop.arpExchange':
    'ARP: 이더넷 프레임을 만들려면 {{target}}의 MAC 주소가 필요하다. 보내는 쪽은 {{dev}}에서 ARP 요청(“who-has {{target}} tell {{sender}}”)을 브로드캐스트 주소 ff:ff:ff:ff:ff:ff로 보내고, 브리지는 이를 모든 포트로 흘려보낸다. {{target}}의 주인만 물어본 쪽에 유니캐스트 ARP 응답(“{{target}} is-at {{mac}}”)으로 바로 답한다. 이 응답에서는 주인이 송신자(sender)이고 물어본 쪽이 대상(target)이다. 이제 패킷은 목적지 MAC {{mac}}{{을/를}} 달고 나간다.',
  'sim.hop.arpExchangeNode':
    '노드 네트워크의 ARP: {{dev}}에서 ARP 요청(“who-has {{target}} tell {{sender}}”)을 브로드캐스트 주소 ff:ff:ff:ff:ff:ff로 보내면 다른 모든 노드의 eth0에 닿는다. {{target}}의 주인인 노드만 물어본 쪽에 유니캐스트 ARP 응답(“{{target}} is-at {{mac}}”)으로 답한다. 이제 패킷은 목적지 MAC {{mac}}{{을/를}} 달고 나간다.',
  'sim.hop.arpFailed':
    'ARP: {{dev}}에서 “who-has {{target}} tell {{sender}}”{{을/를}} 브로드캐스트하지만 답이 없다. 이 링크에는 {{target}}{{을/를}} 가진 장치가 없다.',
  'sim.hop.dropMessageTooLong':
    '경로 “{{route}}”에 따라 패킷은 MTU가 {{mtu}}바이트인 {{dev}}{{으로/로}} 나가야 한다. 패킷은 {{size}}바이트이고 단편화하면 안 되므로(DF, ping -M do) 보내는 쪽 커널이 내보내기 전에 거절한다. sendmsg()는 EMSGSIZE로 실패하고 ping은 “local error: message too long, mtu={{mtu}}”{{을/를}} 출력한다. 선 위로는 아무것도 나가지 않는다. VXLAN에서는 노드 네트워크의 MTU 1500 안에 바깥 헤더 50바이트를 남기려고 파드의 MTU가 1450이다.',
  'sim.hop.dropArp':
    '커널은 약 1초 간격으로 다시 묻는 동안 패킷을 붙잡아 둔다. ARP 요청 세 번(약 3초)에 답이 없으면 포기한다. {{target}}의 이웃 항목은 FAILED 상태가 되고 기다리던 패킷은 버려진다.',
  // ---------------------------------------------------------------- 홉: veth와 브리지
  'sim.hop.vethToNode':
    '프레임이 veth 쌍을 건넌다. 파드 안의 {{from}}에 들어간 것은 노드의 루트 네임스페이스에 있는 짝 {{to}}{{으로/로}} 나온다. veth 쌍은 두 네임스페이스를 잇는 가상 케이블이며, 프레임은 조금도 바뀌지 않는다.',
  'sim.hop.vethToPod':
    '프레임이 veth 쌍을 건너 노드의 {{from}}에서 짝인 {{to}}(파드의 eth0){{으로/로}} 간다. 프레임은 조금도 바뀌지 않는다.',
  'sim.hop.bridge':
    'cni0은 리눅스 브리지다. 포워딩 테이블에서 목적지 MAC {{mac}}{{을/를}} 찾아 프레임을 포트 {{from}}에서 포트 {{port}}{{으로/로}} 내보낸다. 브리지는 MAC 주소로 스위칭할 뿐 이 프레임을 라우팅하지 않으므로 TTL은 그대로다.',
  'sim.hop.bridgeFromNode':
    '노드는 브리지에 붙은 자기 포트인 cni0에 프레임을 넘긴다. 브리지는 목적지 MAC {{mac}}{{이/가}} 포트 {{port}} 뒤에 있음을 찾아 프레임을 그쪽으로 스위칭한다.',
  'sim.hop.bridgeUp':
    '목적지 MAC {{mac}}{{은/는}} cni0 자신의 주소다(파드가 프레임을 게이트웨이로 보냈기 때문이다). 그래서 브리지는 프레임을 다른 포트로 스위칭하지 않고 노드의 IP 스택으로 올려 보내며, 스택은 패킷이 cni0으로 들어온 것으로 본다.',
  // ---------------------------------------------------------------- 홉: 노드 사이의 포워딩
  'sim.hop.forward':
    '{{node}}{{은/는}} 라우터다(ip_forward 켜짐). {{dst}}{{으로/로}} 가는 경로를 찾으면 “{{route}}”{{과/와}} 일치하므로 패킷은 {{dev}}{{으로/로}} 나간다. 포워딩하면서 TTL이 {{ttl}}{{으로/로}} 줄고, 다음 링크를 위한 새 이더넷 헤더(목적지 {{mac}})를 쓴다. IP 주소는 바뀌지 않는다.',
  'sim.hop.forwardVxlan':
    '{{node}}{{이/가}} 패킷을 라우팅한다. “{{route}}”에 따라 VXLAN 장치인 flannel.1로 보내며, TTL은 {{ttl}}{{으로/로}} 줄어든다. 게이트웨이의 MAC(원격 노드 flannel.1의 MAC {{mac}})은 flannel이 써 둔 영구 이웃 항목에서 오므로 ARP가 필요 없다.',
  'sim.hop.wire':
    '프레임이 노드 네트워크를 건너 {{from}}에서 {{node}}의 eth0인 {{to}}{{으로/로}} 간다.',
  'sim.hop.encapsulate':
    'flannel.1이 프레임 전체를 UDP로 감싼다. FDB에 따르면 원격 VTEP MAC은 {{remote}}에 있으므로 바깥 헤더 {{local}} → {{remote}}(새 TTL 64, DF 플래그 없음), UDP {{sport}} → {{port}}, VXLAN VNI {{vni}}{{을/를}} 붙인다. 출발지 포트는 안쪽 흐름의 해시 값이다. 이렇게 늘어난 50바이트 때문에 파드의 MTU는 1450이다.',
  'sim.hop.encapsulateSized':
    'flannel.1이 프레임 전체를 UDP로 감싼다. FDB에 따르면 원격 VTEP MAC은 {{remote}}에 있으므로 바깥 헤더 {{local}} → {{remote}}(새 TTL 64, DF 플래그 없음), UDP {{sport}} → {{port}}, VXLAN 헤더(VNI {{vni}})를 붙인다. 출발지 포트는 안쪽 흐름의 해시 값이다. 안쪽 IP 패킷은 {{inner}}바이트이고, 둘레에 붙은 50바이트(안쪽 이더넷 14, VXLAN 8, UDP 8, 바깥 IPv4 20) 때문에 바깥 IP 패킷은 {{outer}}바이트가 되어 eth0의 MTU {{mtu}}바이트 안에 든다. 그래서 flannel.1과 그 뒤의 파드는 MTU가 {{vtepMtu}}바이트다. {{vtepMtu}}바이트짜리 패킷이 선 위에서는 정확히 {{mtu}}바이트가 된다.',
  'sim.hop.wireVxlan':
    '캡슐화된 프레임이 노드 네트워크를 건너 {{local}}에서 {{remote}}{{으로/로}} 간다. 선 위에서는 두 노드 사이의 UDP 패킷일 뿐이고, 파드의 패킷은 그 안에 그대로 실려 간다.',
  'sim.hop.decapsulate':
    '{{node}}{{이/가}} UDP 포트 {{port}}{{으로/로}} 패킷을 받는다. 이 포트는 flannel.1의 것이다. 장치는 VNI {{vni}}{{을/를}} 확인하고 바깥 헤더를 벗긴 뒤, 안쪽 패킷을 flannel.1로 들어온 것처럼 스택에 넘긴다.',
  'sim.hop.dropGateway':
    '{{dst}}에는 기본 경로만 일치하므로 패킷은 {{dev}}에서 클러스터 밖의 라우터인 게이트웨이 {{gw}}{{으로/로}} 나가게 된다. 추적은 여기서 멈춘다. 마스커레이딩이 없으면 바깥 세상은 파드 주소에 답조차 할 수 없다.',
  'sim.hop.dropNotMine':
    '이 네임스페이스는 {{dst}}{{을/를}} 갖고 있지도 않고 패킷을 포워딩하지도 않으므로 패킷을 버린다.',
  'sim.hop.dropTtl':
    '여기서 TTL이 0이 되므로 라우터는 {{dst}}{{으로/로}} 가는 패킷을 버린다(그래서 라우팅 루프도 영원히 계속되지는 않는다).',
  // ---------------------------------------------------------------- 홉: 도착
  'sim.hop.deliver':
    '{{dst}}{{은/는}} 이 네임스페이스의 주소이고 {{container}}{{이/가}} {{protocol}} 포트 {{port}}에서 수신 대기 중이므로, 커널이 패킷을 그 소켓에 넘긴다. 애플리케이션이 보는 출발지는 {{src}}이다.',
  'sim.hop.deliverEcho':
    '{{dst}}{{은/는}} 이 네임스페이스의 주소이므로 {{src}}에서 온 ICMP 에코 요청을 커널이 직접 처리한다.',
  'sim.hop.deliverReply': '{{src}}에서 온 응답이 {{container}}에 도착한다. 주고받기가 끝났다.',
  'sim.hop.deliverSynAck':
    '{{src}}에서 온 SYN+ACK가 {{container}} 쪽 커널에 도착한다. 커널은 마지막 ACK로 답하고(이 추적에는 나오지 않는다), 3방향 핸드셰이크(three-way handshake)는 그 ACK로 끝나며 connect()가 돌아온다.',
  'sim.hop.deliverRefused':
    '{{src}}에서 온 거부 응답이 {{container}}에 도착한다. connect()나 전송이 “Connection refused”(ECONNREFUSED)로 실패한다.',
  'sim.hop.rejectTcp':
    '{{dst}}의 TCP 포트 {{port}}에서 수신 대기하는 프로세스가 없으므로 목적지의 커널이 SYN에 RST+ACK로 답한다(연결 거부, “Connection refused”).',
  'sim.hop.rejectHostUnreachable':
    '{{target}}에 대한 ARP를 포기한 {{who}}의 커널이 보낸 쪽에 이를 알린다. {{dst}} 쪽을 향한 자기 주소 {{src}}에서 ICMP “목적지 도달 불가 — 호스트 도달 불가”(유형 3, 코드 1)를 {{dst}}{{으로/로}} 돌려보낸다. 이 오류에는 버려진 패킷의 앞부분이 담겨 있어서, 보낸 쪽은 어느 연결이 실패했는지 알 수 있다.',
  'sim.hop.deliverHostUnreachable':
    '{{src}}에서 보낸 ICMP 호스트 도달 불가 메시지가 {{container}} 쪽 커널에 도착한다. 커널은 오류에 담긴 패킷으로 해당 소켓을 찾아 실패시킨다. connect()는 “No route to host”(EHOSTUNREACH)를 돌려받고, ping은 “Destination Host Unreachable”을 출력한다. 오류가 약 3초 늦게 오는 것은 ARP가 {{target}}의 답을 그만큼 기다렸기 때문이다.',
  'sim.hop.rejectTimeExceeded':
    '{{target}}{{으로/로}} 가는 패킷이 TTL 1로 {{who}}에 도착했다. 라우터는 TTL이 0이 될 패킷을 전달할 수 없으므로 커널이 패킷을 버리고, {{dst}} 쪽을 향한 자기 주소 {{src}}에서 ICMP “시간 초과 — 전송 중 TTL 만료”(유형 11, 코드 0)를 보낸 쪽에 돌려보낸다. 이 오류에는 버려진 패킷의 앞부분이 담겨 있다. “traceroute”는 바로 이 응답을 이용한다.',
  'sim.hop.deliverTimeExceeded':
    '{{src}}에서 보낸 ICMP 시간 초과 메시지가 {{container}} 쪽 커널에 도착한다. 커널은 오류에 담긴 패킷으로 해당 소켓을 찾는다. ping은 “From {{src}} … Time to live exceeded”를 출력하고, TCP connect()는 이를 기록만 한 채 시간이 다 될 때까지 다시 시도한다. 패킷은 {{target}}에 끝내 닿지 못했다.',
  'sim.hop.rejectUdp':
    '{{dst}}의 UDP 포트 {{port}}에서 수신 대기하는 프로세스가 없으므로 커널이 ICMP “포트 도달 불가”로 답한다.',
  'sim.hop.rejectLocalhost':
    '{{pod}}의 네임스페이스에는 {{protocol}} 포트 {{port}}에서 수신 대기하는 것이 없다. localhost는 언제나 보내는 쪽 자신의 lo다. 다른 파드에서 열린 포트는 여기에 없으므로 커널이 연결을 거부한다(TCP는 RST, UDP는 ICMP 포트 도달 불가).',
  // ---------------------------------------------------------------- 홉: 컨테이너와 IPC
  'sim.hop.bindFail':
    '{{container}}{{은/는}} 시작하지 못했다. {{protocol}} 포트 {{port}}에 대한 bind()가 EADDRINUSE(“Address already in use”)로 실패했다. 한 파드의 컨테이너는 포트 공간 하나를 함께 쓰는데, {{heldBy}}{{이/가}} 이미 그 포트를 쓰고 있다.',
  'sim.hop.bindFailNode':
    '{{container}}{{은/는}} 시작하지 못했다. {{protocol}} 포트 {{port}}에 대한 bind()가 EADDRINUSE(“Address already in use”)로 실패했다. hostNetwork 파드는 노드의 포트 공간을 함께 쓰는데, 거기서 {{heldBy}}({{pod}}){{이/가}} 이미 그 포트를 쓰고 있다.',
  'sim.hop.ipc':
    '{{from}}{{이/가}} POSIX 공유 메모리 {{name}}에 쓰고 {{to}}{{이/가}} 그것을 바로 읽는다. 한 파드의 컨테이너는 IPC 네임스페이스 하나를 함께 쓰므로, 한 호스트의 프로세스끼리처럼 System V 세마포어와 POSIX 공유 메모리를 쓸 수 있다. 패킷도 네트워크 장치도 관여하지 않는다.',
  // ---------------------------------------------------------------- 결과
  'sim.outcome.deliveredLoopback':
    'lo를 통해 전달되었고 응답도 같은 길로 돌아왔다. 패킷은 네임스페이스를 떠나지 않았다(TTL {{ttl}}, 그대로).',
  'sim.outcome.deliveredBridge':
    'cni0 브리지를 통해 전달되었다. MAC 주소로 스위칭되었을 뿐 라우팅되지 않았으므로 TTL {{ttl}}{{으로/로}} 도착했다.',
  'sim.outcome.deliveredRouted':
    '단순 라우팅(host-gw)으로 노드를 건너 전달되었다. 노드마다 한 번씩 라우팅했으므로 TTL {{ttl}}{{으로/로}} 도착했다.',
  'sim.outcome.deliveredOverlay':
    'VXLAN 오버레이로 노드를 건너 전달되었다. 두 노드가 각각 라우팅했고 노드 사이에서는 UDP 안에 실려 갔으며, TTL {{ttl}}{{으로/로}} 도착했다.',
  'sim.outcome.deliveredNode': '노드 자신의 네트워크 스택에 전달되었고, 노드가 답했다.',
  'sim.outcome.deliveredIpc':
    '{{from}}{{과/와}} {{to}}{{이/가}} 파드 안의 공유 메모리로 데이터를 주고받았다. 네트워크는 전혀 쓰지 않았다.',
  'sim.outcome.refusedTcp':
    '연결 거부: {{ip}}의 TCP 포트 {{port}}에서 수신 대기하는 것이 없어 그쪽 커널이 RST로 답했다.',
  'sim.outcome.refusedUdp':
    '거부: {{ip}}의 UDP 포트 {{port}}에서 수신 대기하는 것이 없어 그쪽 커널이 ICMP 포트 도달 불가로 답했다.',
  'sim.outcome.refusedLocalhost':
    '거부: localhost는 파드마다 따로 있다. 127.0.0.1:{{port}}{{은/는}} 언제나 보내는 쪽 자신의 네임스페이스({{pod}})를 가리킨다. 다른 파드에 닿으려면 그 파드의 IP를 써야 한다.',
  'sim.outcome.hostUnreachable':
    '호스트 도달 불가: {{ip}}에 대한 ARP에 아무도 답하지 않아 패킷을 전달할 수 없었다. 물어본 쪽 커널이 약 3초 뒤 포기하고 보낸 쪽에 ICMP 호스트 도달 불가 메시지를 돌려보냈다.',
  'sim.outcome.messageTooLong':
    '보내지 못함: 단편화 금지(DF)가 설정된 {{size}}바이트 패킷은 {{dev}}의 MTU {{mtu}}에 들어가지 않아 보내는 쪽 커널이 거절했다(EMSGSIZE). {{mtu}}바이트까지는 지나간다.',
  'sim.outcome.noRoute': '네트워크 도달 불가: {{ip}}{{을/를}} 포함하는 경로가 없다.',
  'sim.outcome.leftCluster':
    '{{ip}}{{은/는}} 클러스터 밖에 있다. 패킷은 노드 네트워크의 게이트웨이 쪽으로, 이 시뮬레이션 바깥으로 떠난다.',
  'sim.outcome.notMine':
    '버려짐: {{ip}}{{으로/로}} 가는 패킷이 그 주소를 갖지도, 포워딩하지도 않는 네임스페이스에 도착했다.',
  'sim.outcome.ttlExpired': '버려짐: {{ip}}{{으로/로}} 가는 패킷의 TTL이 다 되었다.',
  'sim.outcome.bridgeUnknownMac': '버려짐: MAC {{mac}}{{을/를}} 아는 브리지 포트가 없다.',
  'sim.outcome.noBridge': '버려짐: {{dev}}{{은/는}} 브리지에 연결되어 있지 않다.',
  'sim.outcome.noVtep': '버려짐: {{dev}}에는 원격 VTEP에 대한 포워딩 항목이 없다.',
  'sim.outcome.failedToStart':
    '{{container}}{{은/는}} 시작되지 않았다. {{protocol}} 포트 {{port}}{{을/를}} 이미 {{heldBy}}{{이/가}} 쓰고 있어서 bind()가 EADDRINUSE로 실패했다.',
  'sim.outcome.ipcAcrossPods':
    '불가능: {{from}}{{과/와}} {{to}}{{은/는}} 서로 다른 파드라서 IPC 네임스페이스도 각자 따로 있으므로 메모리나 세마포어를 함께 쓸 수 없다. 파드끼리는 네트워크로 통신한다.',
  'sim.outcome.ipcNeedsPods':
    '불가능: 공유 메모리는 한 파드의 컨테이너끼리 잇는 것이므로 양쪽 모두 컨테이너여야 한다.',
  'sim.outcome.unknownPod': '이 클러스터에는 파드 {{pod}}{{이/가}} 없다.',
  'sim.outcome.notTraced': '이 시뮬레이터는 아직 이런 종류({{what}})의 패킷을 추적하지 못한다.',
  'sim.outcome.unknownNode': '이 클러스터에는 노드 {{node}}{{이/가}} 없다.',
  'sim.outcome.unknownContainer': '파드 {{pod}}에는 컨테이너 {{container}}{{이/가}} 없다.',
  'sim.outcome.badAddress': '“{{ip}}”{{은/는}} IPv4 주소가 아니다.',
  'sim.outcome.badPort':
    'TCP와 UDP에는 1부터 65535 사이의 목적지 포트가 필요하다(받은 값: “{{port}}”).',
  // ---------------------------------------------------------------- 헤더 필드가 바뀐 이유
  'sim.change.ttl':
    '{{node}}{{이/가}} 패킷을 라우팅했다. 라우터는 포워딩할 때마다 TTL을 하나씩 줄이므로, 루프에 갇힌 패킷도 결국 사라진다.',
  'sim.change.ethArp': '보내는 쪽이 방금 ARP로 알아낸 MAC 주소로 이더넷 헤더를 썼다.',
  'sim.change.ethNeighbour':
    '이 MAC 주소는 이웃 캐시에서 왔다. 앞선 ARP 교환이 남긴 것으로, 이 네임스페이스가 물어서 받은 답이거나 자신이 답한 요청에서 알게 된 물어본 쪽이다.',
  'sim.change.ethSrcOwn':
    '출발지 MAC 주소는 보내는 쪽 자신의 것, 곧 프레임이 나가는 장치의 MAC 주소다. 찾아야 했던 것은 목적지 MAC 주소뿐이다(ARP로, 또는 이웃 캐시에서).',
  'sim.change.ethDstArp':
    '목적지 MAC 주소는 방금 ARP 응답이 알려 준 것, 곧 이 링크에서 다음 홉의 MAC 주소다.',
  'sim.change.ethDstPermanent':
    '목적지 MAC 주소는 flannel이 원격 flannel.1에 대해 써 둔 영구 이웃 항목에서 온다. ARP가 필요 없다.',
  'sim.change.ethForward':
    '{{node}}{{이/가}} 패킷을 포워딩했다. 라우터는 링크마다 새 이더넷 헤더를 쓴다. 출발지는 자기 MAC 주소, 목적지는 다음 홉의 MAC 주소다.',
  'sim.change.ethLoopback': 'lo 위의 프레임은 양방향 모두 MAC 주소가 전부 0이다.',
  'sim.change.outerAdded': 'VXLAN 캡슐화가 프레임 바깥에 이더넷, IP, UDP, VXLAN 헤더를 덧붙였다.',
  'sim.change.outerRemoved': 'VXLAN 역캡슐화가 바깥 헤더를 벗겨 냈다.',
  'sim.change.nat': '네트워크 주소 변환(NAT)이 주소를 바꿔 썼다.',
  'sim.change.other': '이 홉에서 이 필드가 바뀌었다.',
  // ---------------------------------------------------------------- 헤더 패널
  'sim.header.packet': '패킷 자체',
  'sim.header.arpRequest': 'ARP 요청 — 브로드캐스트',
  'sim.header.arpReply': 'ARP 응답 — 유니캐스트',
  'sim.header.arpNoReply': 'ARP 응답 없음: 이 링크에서 아무도 답하지 않았습니다.',
  'sim.header.totalLength': '전체 길이(바이트)',
  'sim.sandbox.note':
    '샌드박스 컨테이너는 가장 먼저 시작해서 파드의 네트워크 네임스페이스를 가진다. 하는 일은 pause뿐이고, 파드의 다른 컨테이너는 모두 이 네임스페이스에 합류하므로 IP 하나, MAC 하나, lo와 eth0을 함께 쓴다(C4).',
  'sim.sandbox.hostNote':
    '샌드박스 컨테이너가 가장 먼저 시작한다. 이 파드는 호스트 네트워크를 쓰므로 샌드박스는 네임스페이스를 새로 만들지 않고 노드의 루트 네임스페이스에 합류하며, 파드의 모든 컨테이너가 노드의 주소를 함께 쓴다.',
};
