/** The lesson translate function for the current language (the Korean lesson catalog loads on first use). */
import { useEffect, useMemo, useState } from 'react';
import type { Lang } from '../../i18n';
import {
  lessonsEn,
  loadLessonMessages,
  makeLessonTranslate,
  type LessonMessages,
  type LessonTranslator,
} from '../../i18n/lessonCatalog';
import { useAppStore } from '../storeContext';

const selectLang = (s: { lang: Lang }) => s.lang;
const cache: { ko: LessonMessages | null } = { ko: null };

/** Returns lt(key, params) and lt.dynamic(key, params), or null while the Korean catalog loads. */
export function useLessonT(): LessonTranslator | null {
  const lang = useAppStore(selectLang);
  const [ko, setKo] = useState<LessonMessages | null>(cache.ko);
  useEffect(() => {
    if (lang !== 'ko' || cache.ko) return;
    let live = true;
    void loadLessonMessages('ko').then((m) => {
      cache.ko = m;
      if (live) setKo(m);
    });
    return () => {
      live = false;
    };
  }, [lang]);
  return useMemo(() => {
    if (lang === 'en') return makeLessonTranslate(lessonsEn, 'en');
    const messages = ko ?? cache.ko;
    return messages ? makeLessonTranslate(messages, 'ko') : null;
  }, [lang, ko]);
}
