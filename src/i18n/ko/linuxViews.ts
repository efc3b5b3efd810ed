/** Korean messages for the Linux views at a hop and the packet capture export. */
import type { linuxViewsEn } from '../en/linuxViews';

/** Every key of the English part, in Korean. */
export const linuxViewsKo: Record<keyof typeof linuxViewsEn, string> = {
  'inspector.linux.title': '실제 노드에서',
  'inspector.linux.hint':
    '{{netns}}에서 이 명령들이 출력하는 내용입니다. 적합성 테스트가 커널의 출력과 대조합니다(인터페이스 번호는 기계마다 다릅니다).',
  'inspector.linux.copy': '복사',
  'inspector.linux.copyLabel': '{{command}} 명령과 출력 복사',
  'inspector.linux.copied': '{{command}} 명령과 출력을 복사했습니다.',
  'inspector.linux.copyFailed': '복사하지 못했습니다. 텍스트를 선택해 직접 복사하세요.',
  'inspector.linux.empty': '(출력 없음)',
  'inspector.linux.flush': '이웃 테이블 비우기',
  'inspector.linux.flushHint':
    '모든 네임스페이스에서 “ip neigh flush all”을 실행합니다. 다음에 보내는 패킷은 이웃을 다시 ARP로 찾습니다.',
  'inspector.linux.flushed':
    '모든 이웃 테이블이 비었습니다. 패킷을 보내면 이웃을 ARP로 다시 찾는 과정을 볼 수 있습니다.',
  'inspector.linux.node.title': '노드의 규칙과 추적 중인 연결',
  'inspector.linux.node.pick': '노드',
  'inspector.linux.node.thisHop': '{{node}} (이 홉)',
  'inspector.linux.node.hint':
    '{{node}} 루트 네임스페이스의 내용입니다. kube-proxy와 플란넬(Flannel)이 이 시나리오를 위해 설치하는 “nat” 규칙, kube-proxy가 추가한 “filter” 규칙(있을 때만), 그리고 이 홉까지 이 패킷이 연결 추적(conntrack)에 남긴 항목입니다. 실제 노드는 훨씬 많은 연결을 추적합니다.',
  'editor.pcap.title': '패킷 캡처',
  'editor.pcap.hint':
    '패킷이 지나는 모든 인터페이스에서의 모습을 와이어샤크(Wireshark)나 “tcpdump -r”로 여는 파일로 저장합니다. 장치마다 네트워크 네임스페이스 이름이 붙은 인터페이스가 하나씩 있습니다.',
  'editor.pcap.download': '이 흐름 저장',
  'editor.pcap.downloadAll': '모든 흐름 저장',
  'editor.pcap.none': '먼저 패킷을 보내세요. 아직 선 위에 아무것도 없습니다.',
  'editor.pcap.saved': '{{name}}{{을/를}} 저장했습니다. 프레임 {{count}}개입니다.',
  'editor.pcap.failed': '캡처를 만들지 못했습니다: {{message}}',
  'editor.recipe.title': '셸 스크립트',
  'editor.recipe.hint':
    '리눅스 기계에서 루트 권한으로 실행하면 이 시나리오를 네트워크 네임스페이스로 만드는 스크립트입니다. 같은 패킷을 실제로 보내 볼 수 있습니다. 적합성 테스트도 같은 명령을 실행합니다.',
  'editor.recipe.show': '스크립트 보기',
  'editor.recipe.label': '셸 스크립트',
  'editor.recipe.save': '{{name}}{{으로/로}} 저장',
  'editor.recipe.saved': '{{name}}{{을/를}} 저장했습니다.',
  'editor.recipe.failed': '스크립트를 만들지 못했습니다: {{message}}',
};
