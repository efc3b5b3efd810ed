/** Mounts the lessons (list, panel, prediction) once wanted — by the store or by ?lesson / ?predict — so their code loads only then. */
import { lazy, Suspense } from 'react';
import { withEnglishRest } from '../../i18n/catalog';
import type { AppState } from '../../store';
import { useAppStore } from '../storeContext';

// The prediction dialog shows hop explanations from the later English part: the import waits for them.
const LessonLayer = lazy(() =>
  withEnglishRest(import('./LessonLayer')).then((m) => ({ default: m.LessonLayer })),
);

const selectWanted = (s: AppState) => s.lessonList || s.lesson !== null || s.predict;

/** The lessons' mount point, rendered once by the app shell (and by the embed, for prediction). */
export function LessonMount({ embed = false }: { embed?: boolean }) {
  const wanted = useAppStore(selectWanted);
  const asked = /[?&](?:lesson|predict)(?:[=&]|$)/.test(window.location.search);
  return wanted || asked ? (
    <Suspense fallback={null}>
      <LessonLayer embed={embed} />
    </Suspense>
  ) : null;
}
