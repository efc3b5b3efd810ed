/** Korean messages of the inspector's netfilter and NetworkPolicy card. */
import type { netfilterUiEn } from '../en/netfilterUi';

/** Every key of the English part, in Korean. */
export const netfilterUiKo: Record<keyof typeof netfilterUiEn, string> = {
  'inspector.nf.exchange': '대화 {{n}}/{{count}}:',
  'inspector.nf.title': 'iptables: {{table}} 테이블, {{hook}}',
  'inspector.nf.rules': '일치한 규칙 (순서대로)',
  'inspector.nf.endpoint':
    '엔드포인트 {{count}}개 중 {{n}}번째. “statistic” 규칙이 골랐습니다 (여기서는 흐름의 해시로 고르므로 같은 패킷은 늘 같은 엔드포인트로 갑니다).',
  'inspector.nf.endpointPinned': '엔드포인트 {{count}}개 중 {{n}}번째. 직접 고정했습니다.',
  'inspector.nf.conntrack': '연결 추적(conntrack) 항목 (“conntrack -L”)',
  'inspector.nf.policyAllowed': '네트워크 정책: {{pod}}의 {{direction}} 허용',
  'inspector.nf.policyDenied': '네트워크 정책: {{pod}}의 {{direction}} 차단',
  'inspector.nf.ingress': '들어오는 트래픽',
  'inspector.nf.egress': '나가는 트래픽',
  'extras.client': '외부 클라이언트',
  'extras.gateway': '게이트웨이 라우터',
  'extras.internet': '인터넷 호스트',
  'extras.service.title': '서비스 {{name}}',
  'extras.service.addr': '{{ip}} · {{ports}}',
  'extras.service.headless': '헤드리스 · {{ports}}',
  'extras.service.aria':
    '{{ip}}의 서비스 {{name}}: 모든 노드의 iptables 규칙 속에만 있는 주소, 엔드포인트 {{count}}개',
  'extras.policy.ring': '네트워크폴리시 {{policies}}{{이/가}} 선택한 파드',
};
