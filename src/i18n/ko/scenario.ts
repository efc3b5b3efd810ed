/** Korean messages of the scenario format: validation errors, presets, share links, files, autosave. */
import type { scenarioEn } from '../en/scenario';
import { presetsServicesKo } from './presetsServices';

/** All Korean scenario messages, key for key with the English ones. */
export const scenarioKo: Record<keyof typeof scenarioEn, string> = {
  'scenario.error.required': '“{{field}}” 필드가 없습니다.',
  'scenario.error.unknownKey': '“{{key}}” 필드는 시나리오 형식에 없는 필드입니다.',
  'scenario.error.wrongType': '값의 형식이 맞지 않습니다: {{expected}} 형식이어야 합니다.',
  'scenario.error.notOneOf': '다음 값 중 하나여야 합니다: {{options}}.',
  'scenario.error.tooLong': '글자가 너무 깁니다: 최대 {{max}}자입니다.',
  'scenario.error.tooMany': '항목이 너무 많습니다: 최대 {{max}}개입니다.',
  'scenario.error.empty': '값이 비어 있으면 안 됩니다.',
  'scenario.error.badName':
    'DNS 형식의 이름을 쓰세요: 소문자, 숫자, “-”만 쓰고, 영문자나 숫자로 시작하고 끝나며, 최대 63자입니다.',
  'scenario.error.badLabel':
    '레이블 키와 값에는 영문자, 숫자, “-”, “_”, “.”만 쓸 수 있고, 영문자나 숫자로 시작하고 끝나야 합니다.',
  'scenario.error.badText':
    '보이지 않는 문자나 제어 문자(NUL, 폭이 없는 문자, 오른쪽→왼쪽 강제 문자 등)가 들어 있습니다.',
  'scenario.error.badImage':
    '이미지 이름에는 영문자, 숫자, “. _ - / : @”만 쓸 수 있습니다. 예: “nginx:1.27”.',
  'scenario.error.badIp': '10.244.1.2 같은 IPv4 주소가 아닙니다.',
  'scenario.error.badCidr': '10.244.0.0/16 같은 IPv4 주소 범위가 아닙니다.',
  'scenario.error.cidrHostBits':
    '{{cidr}} 범위에 호스트 비트가 켜져 있습니다: 주소는 네트워크 주소여야 합니다.',
  'scenario.error.badPodId': '파드는 “네임스페이스/이름” 형식으로 가리키세요. 예: “default/web”.',
  'scenario.error.badPort': '포트는 1부터 65535까지의 정수입니다.',
  'scenario.error.badSize': '패킷 크기는 28부터 65535까지의 정수(바이트)입니다.',
  'scenario.error.badTtl': 'TTL은 1부터 255까지의 정수입니다.',
  'scenario.error.badServiceName':
    '서비스 이름은 영문자로 시작하는 DNS 레이블입니다: 소문자, 숫자, “-”만 쓰고 최대 63자입니다.',
  'scenario.error.badServiceRef':
    '서비스는 “네임스페이스/이름” 형식으로 가리키세요. 예: “shop/api”.',
  'scenario.error.badHost':
    'DNS 이름을 쓰세요: 소문자, 숫자, “-”로 된 레이블을 점으로 잇습니다. 예: “shop.example.com”.',
  'scenario.error.badPath':
    'HTTP 경로는 “/”로 시작하고 URL 문자만 씁니다(공백, “?”, “#” 불가). 예: “/api”.',
  'scenario.error.badPortName':
    '포트 이름은 소문자, 숫자, “-”로 된 최대 15자이고 영문자가 하나 이상 있어야 합니다. 포트 번호는 따옴표 없이 쓰세요.',
  'scenario.error.badNodePort': 'NodePort는 30000부터 32767까지의 정수입니다.',
  'scenario.error.missingVersion': '문서에 “version” 필드가 없습니다.',
  'scenario.error.badVersion': '“version” 필드는 정수여야 합니다.',
  'scenario.error.futureVersion':
    '이 시나리오는 더 새로운 버전의 앱에서 만들어졌습니다(형식 {{version}}, 이 앱은 {{supported}}까지 읽음). 앱을 업데이트하세요.',
  'scenario.error.unknownVersion': '형식 버전 {{version}}{{은/는}} 이 앱이 모르는 버전입니다.',
  'scenario.error.migrationFailed': '형식 {{from}}의 시나리오를 현재 형식으로 바꾸지 못했습니다.',
  'scenario.error.unknownNode': '“{{node}}” 노드가 없습니다.',
  'scenario.error.duplicateNode': '이름이 “{{name}}”인 노드가 이미 있습니다.',
  'scenario.error.duplicatePod':
    '“{{namespace}}” 네임스페이스에 이름이 “{{name}}”인 파드가 이미 있습니다.',
  'scenario.error.duplicateContainer': '이 파드에 이름이 “{{name}}”인 컨테이너가 이미 있습니다.',
  'scenario.error.duplicateIp': '주소 {{ip}}{{은/는}} 이미 {{other}}{{이/가}} 쓰고 있습니다.',
  'scenario.error.podIpOutsideCidr':
    '파드 주소 {{ip}}{{이/가}} 노드의 파드 범위 {{cidr}} 밖에 있습니다.',
  'scenario.error.podIpNetwork':
    '파드 주소 {{ip}}{{은/는}} {{cidr}}의 네트워크 주소라서 파드가 쓸 수 없습니다.',
  'scenario.error.podIpGateway':
    '파드 주소 {{ip}}{{은/는}} {{cidr}}에서 파드의 게이트웨이인 노드 브리지(cni0)의 주소입니다.',
  'scenario.error.podIpBroadcast':
    '파드 주소 {{ip}}{{은/는}} {{cidr}}의 브로드캐스트 주소라서 파드가 쓸 수 없습니다.',
  'scenario.error.hostNetworkIp':
    'hostNetwork 파드는 노드의 주소를 씁니다. 고정 파드 IP를 지우세요.',
  'scenario.error.podCidrOutsideCluster':
    '노드의 파드 범위 {{cidr}}{{이/가}} 클러스터 범위 {{cluster}} 안에 있지 않습니다.',
  'scenario.error.podCidrOverlap':
    '파드 범위 {{cidr}}{{이/가}} 노드 “{{other}}”의 범위와 겹칩니다.',
  'scenario.error.podCidrExhausted':
    '노드 “{{node}}”에 파드가 {{count}}개 있지만 범위 {{cidr}}에는 파드 주소가 {{capacity}}개뿐입니다.',
  'scenario.error.nodeIpOutside':
    '노드 주소 {{ip}}{{이/가}} 노드 네트워크 {{network}} 밖에 있습니다.',
  'scenario.error.nodeIpReserved':
    '노드 주소 {{ip}}{{은/는}} {{network}}의 네트워크 주소나 브로드캐스트 주소입니다.',
  'scenario.error.networksOverlap':
    '노드 네트워크 {{nodeNetwork}}{{이/가}} 클러스터 범위 {{clusterCidr}}{{과/와}} 겹칩니다. 이래서는 패킷이 노드와 파드를 구별할 수 없습니다.',
  'scenario.error.unknownPod': '“{{pod}}” 파드가 없습니다.',
  'scenario.error.unknownContainer': '“{{pod}}” 파드에 “{{container}}” 컨테이너가 없습니다.',
  'scenario.error.portRequired': 'TCP나 UDP 패킷에는 목적지 포트가 필요합니다.',
  'scenario.error.duplicateNamespace': '“{{name}}” 네임스페이스가 두 번 나옵니다.',
  'scenario.error.duplicateService':
    '“{{namespace}}” 네임스페이스에 이름이 “{{name}}”인 서비스가 이미 있습니다.',
  'scenario.error.serviceCidrOverlap':
    '서비스 범위 {{serviceCidr}}{{이/가}} {{other}}{{과/와}} 겹칩니다. ClusterIP가 파드나 노드 주소처럼 보여서는 안 됩니다.',
  'scenario.error.clusterIpOutside':
    'ClusterIP {{ip}}{{이/가}} 서비스 범위 {{cidr}} 밖에 있습니다.',
  'scenario.error.clusterIpReserved':
    'ClusterIP {{ip}}{{은/는}} {{cidr}}의 네트워크 주소나 브로드캐스트 주소입니다.',
  'scenario.error.headlessNodePort':
    '헤드리스 서비스(ClusterIP가 “None”)는 NodePort가 될 수 없습니다. 전달할 가상 주소가 없기 때문입니다.',
  'scenario.error.nodePortOnClusterIp':
    'nodePort는 NodePort 타입 서비스에만 있습니다. 타입을 바꾸거나 nodePort를 지우세요.',
  'scenario.error.localNeedsNodePort':
    'externalTrafficPolicy Local은 NodePort 서비스에만 적용됩니다.',
  'scenario.error.portNameRequired': '포트가 둘 이상인 서비스는 모든 포트에 이름을 붙여야 합니다.',
  'scenario.error.duplicatePortName': '이 서비스에 이름이 “{{name}}”인 포트가 이미 있습니다.',
  'scenario.error.duplicateServicePort': '이 서비스에 {{port}}/{{protocol}} 포트가 이미 있습니다.',
  'scenario.error.duplicateNodePort':
    'NodePort {{port}}{{은/는}} 이미 “{{other}}” 서비스가 쓰고 있습니다.',
  'scenario.error.duplicateIngress':
    '“{{namespace}}” 네임스페이스에 이름이 “{{name}}”인 인그레스가 이미 있습니다.',
  'scenario.error.unknownService': '“{{service}}” 서비스가 없습니다.',
  'scenario.error.unknownServicePort': '“{{service}}” 서비스에 “{{port}}” 포트가 없습니다.',
  'scenario.error.noIngressController':
    '인그레스 규칙에는 인그레스 컨트롤러가 필요합니다. 컨트롤러가 도는 파드를 고르세요.',
  'scenario.error.notNodePort':
    '“{{service}}” 서비스는 NodePort 타입이 아니라서 어느 노드도 그 포트를 열지 않습니다.',
  'scenario.error.duplicatePolicy':
    '“{{namespace}}” 네임스페이스에 이름이 “{{name}}”인 네트워크폴리시가 이미 있습니다.',
  'scenario.error.duplicatePolicyType': '폴리시 타입은 한 번씩만 쓸 수 있습니다.',
  'scenario.error.selectorValues':
    '연산자 {{operator}}: In과 NotIn에는 값이 필요하고, Exists와 DoesNotExist에는 값이 없어야 합니다.',
  'scenario.error.peerEmpty':
    '피어에는 podSelector, namespaceSelector, ipBlock 중 하나가 필요합니다(모두 허용하려면 피어 목록을 비우세요).',
  'scenario.error.peerMixed':
    '피어는 ipBlock이거나 파드·네임스페이스 셀렉터이지 둘 다일 수 없습니다. 피어 두 개로 나누세요.',
  'scenario.error.exceptOutsideCidr':
    '예외 범위 {{except}}{{은/는}} {{cidr}} 안의 더 작은 범위여야 합니다.',
  'scenario.error.endPortNeedsNumber': 'endPort를 쓰려면 범위의 시작인 포트가 번호여야 합니다.',
  'scenario.error.endPortBelowPort':
    '범위의 끝 {{endPort}}{{이/가}} 시작 {{port}}보다 앞에 있습니다.',
  'scenario.error.outsideIpOutside':
    '주소 {{ip}}{{은/는}} 노드 네트워크 {{network}}의 호스트 주소여야 합니다.',
  'scenario.error.internetHostInside':
    '인터넷 호스트 {{ip}}{{이/가}} {{range}} 안에 있습니다. 클러스터 밖의 주소를 고르세요.',
  'scenario.error.httpNeedsTcp': 'HTTP 요청(호스트와 경로)은 TCP로 전달됩니다.',
  'scenario.error.endpointNeedsService':
    '엔드포인트는 서비스로 가는 패킷(ClusterIP, NodePort, 이름)에만 고정할 수 있습니다.',
  'scenario.error.endpointNotSelected':
    '“{{pod}}” 파드는 “{{service}}” 서비스의 엔드포인트가 아닙니다. 셀렉터가 이 파드를 고르지 않습니다.',
  'scenario.warning.noEndpoints':
    '“{{service}}” 서비스의 셀렉터가 고르는 파드가 없습니다. 이 서비스로 가는 연결은 거부됩니다.',
  'scenario.warning.namedPortMissing':
    '“{{service}}” 서비스의 어느 파드도 이름이 “{{port}}”인 포트를 선언하지 않아서 이 포트의 엔드포인트가 없습니다.',
  'scenario.error.notObject': '시나리오 객체가 필요한데 {{found}}{{이/가}} 왔습니다.',
  'scenario.error.tooLarge': '입력이 너무 큽니다: 최대 {{max}}바이트입니다.',
  'scenario.error.tooDeep': '입력이 너무 깊게 중첩되어 있습니다({{max}}단계 초과).',
  'scenario.error.forbiddenKey': '입력에 허용되지 않는 키 “{{key}}”{{이/가}} 있습니다.',
  'scenario.error.badJson': '입력이 올바른 JSON이 아닙니다.',
  'scenario.error.emptyInput': '입력이 비어 있습니다.',
  'scenario.share.error.tooLong':
    '링크가 너무 깁니다({{length}}자, 최대 {{max}}자). 링크가 변형되었을 수 있습니다.',
  'scenario.share.error.empty': '링크에 시나리오가 없습니다.',
  'scenario.share.error.badPrefix': 'Pod Network Lab 시나리오 링크가 아닙니다.',
  'scenario.share.error.newerVersion':
    '이 링크는 더 새로운 버전의 앱에서 만들어졌습니다(링크 형식 {{version}}). 앱을 업데이트하세요.',
  'scenario.share.error.badBase64': '링크가 손상되었습니다: 링크에 들어갈 수 없는 문자가 있습니다.',
  'scenario.share.error.badCompression': '링크가 손상되었거나 잘렸습니다: 압축을 풀 수 없습니다.',
  'scenario.share.error.tooBig':
    '링크를 풀면 {{max}}바이트를 넘습니다. 어떤 시나리오에도 필요 없는 크기라서 열지 않았습니다.',
  'scenario.share.error.badShape': '링크의 내용이 공유된 화면 형식이 아닙니다.',
  'scenario.share.error.invalidScenario':
    '링크의 시나리오가 올바르지 않습니다(문제 {{count}}개, 첫 문제 위치 “{{path}}”).',
  'scenario.share.error.badFlow':
    '링크가 패킷 {{index}}번을 보여 주려 하지만 시나리오에는 패킷이 {{count}}개뿐입니다.',
  'scenario.share.error.badHop':
    '링크가 가리키는 홉 {{hop}}{{은/는}} 0부터 {{max}} 사이여야 합니다.',
  'scenario.file.error.invalidScenario':
    '파일이 올바른 시나리오가 아닙니다(문제 {{count}}개, 첫 문제 위치 “{{path}}”).',
  'scenario.storage.error.badEnvelope': '자동 저장된 시나리오가 손상되어 복원하지 않았습니다.',
  'scenario.storage.error.newerVersion':
    '자동 저장본이 더 새로운 버전의 앱에서 쓰여서 복원하지 않았습니다.',
  'scenario.storage.error.invalidScenario':
    '자동 저장된 시나리오가 더 이상 올바르지 않아 복원하지 않았습니다.',
  'scenario.preset.single-container.title': '컨테이너 하나, 파드 하나',
  'scenario.preset.single-container.description':
    '가장 흔한 경우: 파드가 nginx 컨테이너 하나를 감쌉니다. 클라이언트 파드가 파드 IP로 호출합니다.',
  'scenario.preset.sidecar-localhost.title': 'localhost로 통신하는 사이드카',
  'scenario.preset.sidecar-localhost.description':
    '웹 컨테이너와 로그 전송 사이드카가 하나의 서비스를 이룹니다. 사이드카는 lo를 거쳐 127.0.0.1로 웹 서버에 닿고, 파드 밖으로 나가지 않습니다.',
  'scenario.preset.port-conflict.title': '컨테이너 둘, 포트 하나',
  'scenario.preset.port-conflict.description':
    '한 파드의 두 컨테이너가 모두 80번 포트를 쓰려 합니다. 포트 공간을 함께 쓰므로 두 번째 컨테이너는 “Address already in use” 오류로 실패합니다.',
  'scenario.preset.same-node.title': '한 노드의 두 파드',
  'scenario.preset.same-node.description':
    '같은 노드의 파드 간 통신: eth0에서 veth 쌍을 지나 브리지 cni0이 전달합니다. 라우팅이 없어 TTL이 그대로입니다.',
  'scenario.preset.two-nodes-hostgw.title': '두 노드, 호스트 라우팅',
  'scenario.preset.two-nodes-hostgw.description':
    '로그 사이드카가 붙은 웹 파드와 다른 노드의 API 파드. 노드 사이의 단순한 경로(host-gw)로 닿습니다.',
  'scenario.preset.two-nodes-vxlan.title': '두 노드, VXLAN 오버레이',
  'scenario.preset.two-nodes-vxlan.description':
    '같은 클러스터에 flannel 방식의 VXLAN 오버레이를 씁니다. 노드 사이에서 파드 패킷은 UDP 8472번 포트로 감싸져 이동합니다.',
  'scenario.preset.mtu-overlay.title': '오버레이의 MTU',
  'scenario.preset.mtu-overlay.description':
    'VXLAN은 파드 패킷마다 50바이트의 바깥 헤더를 덧씌우므로 파드 eth0의 MTU는 1450입니다. 조각내면 안 되는 1500바이트 ping은 파드를 떠나지 못하고(“message too long”), 두 번째 패킷인 1450바이트 ping은 통과합니다.',
  'scenario.preset.kubelet-probe.title': 'kubelet이 파드를 점검하기',
  'scenario.preset.kubelet-probe.description':
    '노드의 에이전트가 노드의 루트 네임스페이스에서 브리지 주소로 같은 노드의 파드를 점검합니다.',
  'scenario.preset.shared-memory.title': '파드 안의 공유 메모리',
  'scenario.preset.shared-memory.description':
    '한 파드의 두 컨테이너가 POSIX 공유 메모리로 메시지를 주고받습니다. 네트워크 홉이 전혀 없는 IPC입니다.',
  'scenario.preset.host-network.title': 'hostNetwork 파드',
  'scenario.preset.host-network.description':
    '노드 익스포터가 노드 자신의 네트워크 네임스페이스에서 돕니다. 노드의 주소를 쓰고 노드와 포트를 함께 씁니다.',
  'scenario.preset.localhost-other-pod.title': 'localhost는 다른 파드가 아니다',
  'scenario.preset.localhost-other-pod.description':
    '클라이언트 파드가 127.0.0.1로 웹 파드에 닿으려 하지만 자기 루프백에만 닿고, 연결은 거부됩니다.',
  ...presetsServicesKo,
};
