/** All Korean lesson messages (loaded with the lessons when the learner reads Korean). */
import type { lessonsEn } from '../en/lessons';
import { lessonsCniKo } from './lessonsCni';
import { lessonsNetKo } from './lessonsNet';
import { lessonsPodsKo } from './lessonsPods';
import { lessonsServicesKo } from './lessonsServices';
import { lessonUiKo } from './lessonUi';

/** The Korean lesson catalog, key for key with the English one. */
export const lessonsKo: Record<keyof typeof lessonsEn, string> = {
  ...lessonUiKo,
  ...lessonsPodsKo,
  ...lessonsNetKo,
  ...lessonsServicesKo,
  ...lessonsCniKo,
};
