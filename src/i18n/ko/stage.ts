/** Korean messages of presenter mode's stage: the large caption, the changed fields beside it and the inspector overlay. */
import type { stageEn } from '../en/stage';

export const stageKo: Record<keyof typeof stageEn, string> = {
  'editor.stage.caption': '현재 홉 설명',
  'editor.stage.changed': '이 홉에서 바뀐 필드',
  'editor.stage.noChange': '이 홉에서 바뀐 헤더 필드가 없습니다.',
  'editor.stage.empty': '패킷을 보내면 홉마다 여기에 설명이 나옵니다.',
  'editor.stage.keys': 'I: 패킷 상세 정보',
  'editor.stage.inspector': '패킷 상세 정보',
  'editor.stage.close': '패킷 상세 정보 닫기 (I 키)',
};
