/** The lessons, loaded lazily: list, panel and prediction dialog, with their store watchers and the address sync. */
import { useEffect } from 'react';
import type { AppState } from '../../store';
import { readProgress } from '../../store/lessonProgress';
import { lessonById, setLessonsDone, startCheckWatch } from '../../store/lessonRunner';
import { openStorage } from '../../store/persistence';
import { startPredictWatch } from '../../store/predictWatch';
import { useAppStore, useStoreApi } from '../storeContext';
import { LessonList } from './LessonList';
import { LessonPanel } from './LessonPanel';
import { PredictionDialog } from './PredictionDialog';
import { useLessonT } from './useLessonT';
import { useLessonUrl } from './useLessonUrl';
import './lessons.css';

const selectList = (s: AppState) => s.lessonList;
const selectLessonId = (s: AppState) => s.lesson?.id ?? null;
const selectAsking = (s: AppState) => s.question !== null;

/** Everything lessons add to the page; in the embed only the prediction dialog. */
export function LessonLayer({ embed = false }: { embed?: boolean }) {
  const store = useStoreApi();
  const lt = useLessonT();
  const list = useAppStore(selectList);
  const id = useAppStore(selectLessonId);
  const asking = useAppStore(selectAsking);
  useEffect(() => startPredictWatch(store, lessonById), [store]);
  useEffect(() => {
    if (embed) return;
    setLessonsDone(store, readProgress(openStorage()));
    return startCheckWatch(store, openStorage());
  }, [store, embed]);
  const unknown = useLessonUrl(store, embed);
  const lesson = id ? lessonById(id) : undefined;
  if (!lt) return null;
  return (
    <>
      {list && !embed && <LessonList lt={lt} unknown={unknown} />}
      {lesson && !embed && <LessonPanel key={lesson.id} lt={lt} lesson={lesson} />}
      {asking && <PredictionDialog lt={lt} />}
    </>
  );
}
