/** Korean messages for the editor's Services, Ingress and NetworkPolicy fields. */
import type { k8sEditorEn } from '../en/k8sEditor';

/** Every key of the English part, in Korean. */
export const k8sEditorKo: Record<keyof typeof k8sEditorEn, string> = {
  'editor.k8s.name': '이름',
  'editor.k8s.namespace': '네임스페이스',
  'editor.k8s.services.heading': '서비스',
  'editor.k8s.services.add': '서비스 추가',
  'editor.k8s.service.legend': '서비스 {{name}}',
  'editor.k8s.service.type': '유형',
  'editor.k8s.service.trafficPolicy': '외부 트래픽 정책',
  'editor.k8s.service.policyCluster': 'Cluster (어느 엔드포인트든, 클라이언트 주소는 가려짐)',
  'editor.k8s.service.policyLocal': 'Local (이 노드의 엔드포인트만, 클라이언트 주소 유지)',
  'editor.k8s.service.headless': '헤드리스 (ClusterIP 없음: DNS가 파드 주소로 응답)',
  'editor.k8s.service.clusterIp': 'ClusterIP',
  'editor.k8s.service.clusterIpHint': '비워 두면 서비스 대역에서 하나를 할당합니다.',
  'editor.k8s.service.selector': '셀렉터',
  'editor.k8s.service.selectorHint':
    '대상 파드의 레이블을 키=값, 키2=값2 형식으로 적습니다. 같은 네임스페이스에서 레이블이 맞는 준비된 파드가 엔드포인트가 됩니다.',
  'editor.k8s.service.ports': '포트',
  'editor.k8s.service.portsHint':
    'kubectl처럼 포트:대상포트로 적습니다: “80:8080”, 이름 있는 대상 “80:http”, 노드포트 “80:8080:30080”, UDP는 “53/UDP”, 포트 이름은 “http=80:8080”.',
  'editor.k8s.service.portsBad':
    '포트마다 80:8080이나 53/UDP처럼 포트:대상포트 형식으로 적고 쉼표로 구분하세요.',
  'editor.k8s.service.remove': '서비스 {{name}} 삭제',
  'editor.k8s.ingresses.heading': '인그레스',
  'editor.k8s.ingresses.controller': '인그레스 컨트롤러 파드',
  'editor.k8s.ingresses.noController': '(없음: 인그레스 규칙을 처리하지 않음)',
  'editor.k8s.ingresses.add': '인그레스 추가',
  'editor.k8s.ingress.legend': '인그레스 {{name}}',
  'editor.k8s.ingress.rules': '규칙',
  'editor.k8s.ingress.rulesHint':
    '한 줄에 경로 하나: 호스트 경로 Prefix|Exact 서비스:포트. 예: “shop.example.com /api Prefix api:80” (모든 호스트는 “*”). Ctrl+Enter로 적용합니다.',
  'editor.k8s.ingress.rulesBad':
    '줄마다 호스트(또는 *), /로 시작하는 경로, Prefix 또는 Exact, 서비스:포트가 있어야 합니다.',
  'editor.k8s.ingress.remove': '인그레스 {{name}} 삭제',
  'editor.k8s.policies.heading': '네트워크 정책',
  'editor.k8s.policies.hint':
    '정책이 한 방향으로 파드를 선택하면 규칙이 허용한 트래픽만 지나갑니다. kubectl로 적용할 매니페스트 그대로 편집하세요.',
  'editor.k8s.policies.loading': 'YAML 읽기 도구를 불러오는 중…',
  'editor.k8s.policies.add': '기본 차단 정책 추가',
  'editor.k8s.policy.legend': '네트워크 정책 {{name}}',
  'editor.k8s.policy.manifest': '매니페스트 (YAML)',
  'editor.k8s.policy.manifestHint':
    'Ctrl+Enter를 누르거나 입력란을 벗어나면 적용되고, Escape는 입력을 되돌립니다.',
  'editor.k8s.policy.bad':
    '이 매니페스트는 {{where}} 위치를 읽을 수 없습니다: {{what}} 값이 필요하거나 형식이 잘못되었습니다.',
  'editor.k8s.policy.invalid':
    '정책은 읽혔지만 적용하면 시나리오가 올바르지 않게 됩니다 (위쪽 목록 참고).',
  'editor.k8s.policy.remove': '네트워크 정책 {{name}} 삭제',
  'editor.k8s.reach.show': '누가 누구에게 닿을 수 있나',
  'editor.k8s.reach.caption':
    '행은 보내는 쪽, 열은 수신 대기하는 쪽입니다. 네트워크 정책 아래에서 연결이 열리는지 보여 주며, 칸에 마우스를 올리면 결정한 규칙이나 정책이 보입니다.',
  'editor.k8s.reach.from': '보내는 쪽 ↓ / 받는 쪽 →',
  'editor.k8s.reach.column': '{{pod}} :{{port}}/{{protocol}}',
  'editor.k8s.reach.allowed': '허용',
  'editor.k8s.reach.denied': '차단',
  'editor.k8s.reach.notEnforced': '차단이지만 적용 안 됨',
  'editor.k8s.reach.noPolicy': '어느 파드도 정책에 선택되지 않아 기본으로 허용됩니다.',
  'editor.k8s.reach.empty': '아직 포트에서 수신 대기하는 파드가 없습니다.',
  'editor.k8s.reach.cut':
    '보내는 쪽 {{rows}}개, 포트 {{columns}}개 중 처음 {{max}}개만 보여 줍니다.',
  'editor.k8s.namespaces.heading': '네임스페이스 레이블',
  'editor.k8s.namespaces.labels': '네임스페이스 {{name}}의 레이블',
  'editor.k8s.kernel.heading': '모든 노드의 커널 설정',
  'editor.k8s.kernel.bridgeNf': 'bridge-nf-call-iptables',
  'editor.k8s.kernel.bridgeNfHint':
    '브리지를 지나는 프레임도 iptables를 거치므로, 같은 노드의 파드로 가는 서비스 응답이 역 DNAT됩니다. 쿠버네티스는 이 설정을 켜도록 요구합니다. 꺼 보면 이유를 알 수 있습니다.',
  'editor.k8s.kernel.hairpin': '파드 브리지 포트의 헤어핀 모드',
  'editor.k8s.kernel.hairpinHint':
    '브리지가 프레임을 들어온 포트로 다시 내보낼 수 있게 합니다. 파드가 자기 서비스를 거쳐 자신에게 닿으려면 필요합니다.',
};
