/** Korean messages for teaching with the app elsewhere: the embed view's caption and headers, its options in the Share menu. */
import type { presentingEn } from '../en/presenting';

export const presentingKo: Record<keyof typeof presentingEn, string> = {
  'editor.caption.title': '{{n}}개 홉 중 {{k}}번째 · {{where}} · {{action}}',
  'editor.embed.caption': '현재 홉 설명',
  'editor.embed.headers': '현재 홉의 헤더',
  'editor.share.embedShows': '임베드 화면에 함께 표시',
  'editor.share.embedCaption': '캡션: 현재 홉 설명',
  'editor.share.embedHeaders': '현재 홉의 헤더',
};
