/** Korean messages for teaching with the app elsewhere: the embed view's caption and headers, its options in the Share menu, image export for slides. */
import type { presentingEn } from '../en/presenting';

export const presentingKo: Record<keyof typeof presentingEn, string> = {
  'editor.caption.title': '{{n}}개 홉 중 {{k}}번째 · {{where}} · {{action}}',
  'editor.embed.caption': '현재 홉 설명',
  'editor.embed.headers': '현재 홉의 헤더',
  'editor.share.embedShows': '임베드 화면에 함께 표시',
  'editor.share.embedCaption': '캡션: 현재 홉 설명',
  'editor.share.embedHeaders': '현재 홉의 헤더',
  'editor.export.title': '슬라이드용 이미지',
  'editor.export.hint': '현재 홉의 다이어그램을 캡션과 함께 화면에 보이는 그대로 담습니다.',
  'editor.export.svg': 'SVG로 저장',
  'editor.export.png': 'PNG로 저장',
  'editor.export.saved': '{{name}}{{을/를}} 저장했습니다.',
  'editor.export.failed': '이미지를 만들지 못했습니다: {{message}}',
  'editor.export.fileName': '{{title}} {{k}}번째 홉',
};
