/** Korean messages of the scenario tools: editor, presets gallery, share links, files, autosave, embed. */
import type { editorEn } from '../en/editor';
import type { editorToolsEn } from '../en/editorTools';

export const editorKo: Record<keyof typeof editorEn | keyof typeof editorToolsEn, string> = {
  // ------------------------------------------------------------ toolbar
  'editor.toolbar.label': '시나리오 도구',
  'editor.toolbar.gallery': '프리셋',
  'editor.toolbar.lessons': '수업',
  'editor.toolbar.edit': '편집',
  'editor.toolbar.undo': '실행 취소',
  'editor.toolbar.redo': '다시 실행',
  'editor.toolbar.share': '공유',
  'editor.toolbar.file': '파일',
  // ------------------------------------------------------------ share menu
  'editor.share.title': '이 화면 공유하기',
  'editor.share.hint': '링크에는 시나리오, 표시 중인 패킷, 현재 홉과 언어가 함께 담깁니다.',
  'editor.share.linkLabel': '공유 링크',
  'editor.share.copyLink': '링크 복사',
  'editor.share.copied': '링크를 클립보드에 복사했습니다.',
  'editor.share.copyFailed':
    '여기서는 클립보드를 쓸 수 없습니다. 입력란의 텍스트가 선택되어 있으니 Ctrl+C로 복사하세요.',
  'editor.share.embedLabel': '임베드 코드',
  'editor.share.copyEmbed': '임베드 코드 복사',
  'editor.share.embedCopied': '임베드 코드를 클립보드에 복사했습니다.',
  'editor.share.embedTitle': 'Pod Network Lab: {{title}}',
  'editor.share.close': '닫기',
  // ------------------------------------------------------------ files
  'editor.file.title': '시나리오 파일',
  'editor.file.export': '파일로 내보내기',
  'editor.file.import': '파일 가져오기…',
  'editor.file.dropHint': '시나리오 파일을 여기에 놓으면 열립니다',
  'editor.file.schema': '파일 형식 (JSON Schema)',
  'editor.file.imported': '“{{title}}” 시나리오를 열었습니다.',
  'editor.file.unreadable': '파일을 읽을 수 없습니다.',
  // ------------------------------------------------------------ notices
  'editor.notice.badLink': '이 링크를 열 수 없어 보고 있던 시나리오를 그대로 두었습니다.',
  'editor.notice.badFile': '이 파일을 열 수 없습니다. 아무것도 바뀌지 않았습니다.',
  'editor.notice.autosaveLost': '저장해 둔 시나리오를 복원하지 못했습니다.',
  'editor.notice.dismiss': '닫기',
  'editor.notice.at': '위치: “{{path}}”',
  'editor.storage.full':
    '이 브라우저의 저장 공간이 가득 차서 작업이 저장되지 않고 있습니다. 시나리오를 파일로 내보내 보관하세요.',
  'editor.storage.unavailable':
    '로컬 저장소가 꺼져 있거나 쓸 수 없어 작업이 저장되지 않고 있습니다. 시나리오를 파일로 내보내 보관하세요.',
  'editor.choice.ask':
    '이 링크는 내가 저장해 둔 작업과 다른 공유 시나리오를 엽니다. 어느 쪽을 볼까요?',
  'editor.choice.openShared': '공유된 시나리오 열기',
  'editor.choice.keepMine': '내 시나리오 유지',
  'editor.choice.opened':
    '공유된 시나리오를 보고 있습니다. 내 작업은 선택할 때까지 따로 보관됩니다.',
  'editor.choice.backToMine': '내 시나리오로 돌아가기',
  'editor.choice.keepShared': '공유된 시나리오 유지',
  // ------------------------------------------------------------ two tabs
  'editor.tabs.changed':
    '다른 탭에서 이 시나리오가 바뀌었습니다. 이 탭의 작업을 유지할까요, 다른 탭의 작업을 불러올까요? 선택하기 전까지 이 탭의 작업은 따로 보관됩니다.',
  'editor.tabs.theirs': '다른 탭에서 “{{title}}”{{을/를}} 저장했습니다.',
  'editor.tabs.keepMine': '이 탭의 작업 유지',
  'editor.tabs.loadTheirs': '다른 탭의 작업 불러오기',
  // ------------------------------------------------------------ gallery
  'editor.gallery.title': '프리셋 시나리오',
  'editor.gallery.intro': '시나리오를 고르면 첫 패킷이 재생 준비된 상태로 열립니다.',
  'editor.gallery.concepts': '개념',
  'editor.gallery.close': '닫기',
  'editor.gallery.loading': '불러오는 중…',
  // ------------------------------------------------------------ editor
  'editor.panel.title': '시나리오 편집',
  'editor.panel.close': '편집기 닫기',
  'editor.panel.invalid':
    '이 변경은 적용되지 않았습니다(문제 {{count}}개). 다이어그램은 마지막으로 유효했던 시나리오를 계속 보여 줍니다.',
  'editor.panel.undoHint': '실행 취소: Ctrl+Z · 다시 실행: Ctrl+Shift+Z 또는 Ctrl+Y',
  'editor.field.title': '제목',
  'editor.field.cni': '네트워크 방식 (CNI)',
  'editor.cni.bridge-hostgw': '브리지와 호스트 라우팅 (host-gw)',
  'editor.cni.vxlan': 'VXLAN 오버레이',
  'editor.nodes.heading': '노드',
  'editor.nodes.add': '노드 추가',
  'editor.node.legend': '노드 {{name}}',
  'editor.node.name': '이름',
  'editor.node.remove': '노드 {{name}}{{과/와}} 그 파드 삭제',
  'editor.pods.heading': '파드',
  'editor.pods.add': '파드 추가',
  'editor.pod.legend': '파드 {{name}}',
  'editor.pod.name': '이름',
  'editor.pod.node': '노드',
  'editor.pod.hostNetwork': '노드의 네트워크 사용 (hostNetwork)',
  'editor.pod.labels': '레이블',
  'editor.pod.labelsHint': '키=값 형식, 쉼표로 구분 (예: app=web)',
  'editor.pod.labelsBad': '레이블은 키=값 형식으로, 쉼표로 구분해 적으세요.',
  'editor.pod.remove': '파드 {{name}} 삭제',
  'editor.containers.add': '컨테이너 추가',
  'editor.container.legend': '컨테이너 {{name}}',
  'editor.container.name': '이름',
  'editor.container.image': '이미지',
  'editor.container.ports': '수신 대기 포트',
  'editor.container.portsHint': '예: 80, 53/UDP',
  'editor.container.portsBad':
    '포트는 숫자로 적고, 필요하면 뒤에 /TCP 또는 /UDP를 붙여 쉼표로 구분하세요.',
  'editor.container.remove': '컨테이너 {{name}} 삭제',
  // ------------------------------------------------------------ embed
  'editor.embed.label': 'Pod Network Lab 임베드 화면',
  'editor.embed.open': 'Pod Network Lab에서 열기',
};
