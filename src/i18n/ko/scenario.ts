/** Korean messages of the scenario format: validation errors, presets, share links, files, editor. */
import type { scenarioEn } from '../en/scenario';

export const scenarioKo: Record<keyof typeof scenarioEn, string> = {
  'scenario.placeholder': '시나리오 메시지가 여기에 있습니다.',
};
