/** All English lesson messages: the lesson UI, predictions, and the texts of the built-in course (loaded with the lessons). */
import { lessonsCniEn } from './lessonsCni';
import { lessonsNetEn } from './lessonsNet';
import { lessonsPodsEn } from './lessonsPods';
import { lessonsServicesEn } from './lessonsServices';
import { lessonUiEn } from './lessonUi';

/** The English lesson catalog. */
export const lessonsEn = {
  ...lessonUiEn,
  ...lessonsPodsEn,
  ...lessonsNetEn,
  ...lessonsServicesEn,
  ...lessonsCniEn,
} as const;
