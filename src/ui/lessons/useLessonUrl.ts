/** Keeps the address on the lesson, step and prediction mode, and opens what an address asks for when the lessons load. */
import { useEffect, useState } from 'react';
import type { AppStore } from '../../store';
import { lessonById, openLesson } from '../../store/lessonRunner';
import { openStorage } from '../../store/persistence';
import { setPredict } from '../../store/predictWatch';
import { readLessonAddress, withLessonAddress } from './lessonUrl';

/** Applies the address once, then writes changes back (not in the embed, whose address is its author's); returns an unknown lesson id asked for, if any. */
export function useLessonUrl(store: AppStore, embed: boolean): string | null {
  const [unknown, setUnknown] = useState<string | null>(null);
  useEffect(() => {
    const asked = readLessonAddress(window.location.search);
    if (asked.predict) setPredict(store, true);
    if (asked.lesson && !embed && !store.getState().lesson) {
      const lesson = lessonById(asked.lesson);
      if (lesson) openLesson(store, lesson, asked.step, openStorage());
      else {
        setUnknown(asked.lesson);
        store.setState({ lessonList: true });
      }
    }
    if (embed) return;
    return store.subscribe((s, p) => {
      if (
        s.lesson?.id === p.lesson?.id &&
        s.lesson?.step === p.lesson?.step &&
        s.predict === p.predict
      )
        return;
      const next = withLessonAddress(window.location.href, {
        lesson: s.lesson?.id ?? null,
        step: s.lesson?.step ?? 0,
        predict: s.predict,
      });
      if (next !== window.location.href)
        window.history.replaceState(window.history.state, '', next);
    });
  }, [store, embed]);
  return unknown;
}
