/** Korean messages of the app shell, diagram, controls and panels. */
import type { uiEn } from '../en/ui';

export const uiKo: Record<keyof typeof uiEn, string> = {
  'app.name': 'Pod Network Lab',
  'app.tagline': '쿠버네티스 파드가 통신하는 길을 홉 단위로 살펴봅니다.',
  'app.loading': '클러스터를 불러오는 중…',
  'app.error': '이 패킷을 추적하는 중에 문제가 생겼습니다: {{message}}',
  'diagram.label': '클러스터 다이어그램',
  'lang.label': '언어',
  'lang.en': 'English',
  'lang.ko': '한국어',
  'theme.label': '색상 테마',
  'theme.system': '시스템 테마',
  'theme.light': '밝게',
  'theme.dark': '어둡게',
  'theme.contrast': '고대비',
  'presenter.on': '발표자 모드',
  'presenter.hint': '교실에 투사하기 좋게 글자를 크게 합니다 (P 키).',
  'shell.menu': '메뉴',
  'shell.tabs': '패널',
  'shell.tab.send': '보내기',
  'skip.label': '바로 가기 링크',
  'skip.send': '패킷 보내기 양식으로 바로 가기',
  'skip.diagram': '다이어그램으로 바로 가기',
  'blank.on': '화면을 검게 가렸습니다. 아무 키나 누르거나 화면을 클릭하면 돌아옵니다.',
  'blank.off': '화면이 다시 보입니다.',
};
