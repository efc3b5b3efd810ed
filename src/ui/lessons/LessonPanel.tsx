/** The lesson panel: the open lesson's step text, its packet and highlights, the closing task, and back/next. */
import { useId, useState } from 'react';
import type { Lang } from '../../i18n';
import type { LessonTranslator } from '../../i18n/lessonCatalog';
import type { Lesson } from '../../lessons';
import type { AppState } from '../../store';
import {
  builtInLessons,
  checkStep,
  closeLesson,
  goToStep,
  openLesson,
  showSolution,
} from '../../store/lessonRunner';
import { openStorage } from '../../store/persistence';
import { BUTTON, PRIMARY } from '../share/styles';
import { useAppStore, useStoreApi } from '../storeContext';
import { CheckStatus } from './CheckStatus';
import { useHighlight } from './useHighlight';

const selectPlace = (s: AppState) => s.lesson;
const selectLang = (s: AppState): Lang => s.lang;
// A pod's creation or deletion (CNI) plays from here too: on phones this sheet covers the playback bar.
const selectHasPacket = (s: AppState) => s.flows.length > 0 || s.cniPlay !== null;
const selectCniOn = (s: AppState) => s.cniPlay !== null;
const selectPlaying = (s: AppState) => s.playing;

/** The floating panel of the open lesson (a sheet at the bottom when the app is stacked). */
export function LessonPanel({ lt, lesson }: { lt: LessonTranslator; lesson: Lesson }) {
  const store = useStoreApi();
  const place = useAppStore(selectPlace);
  const lang = useAppStore(selectLang);
  const hasPacket = useAppStore(selectHasPacket);
  const playing = useAppStore(selectPlaying);
  const cni = useAppStore(selectCniOn);
  const [collapsed, setCollapsed] = useState(false);
  const titleId = useId();
  const bodyId = useId();
  const step = place?.step ?? 0;
  const last = checkStep(lesson);
  const isCheck = step === last;
  const s = isCheck ? lesson.check : lesson.steps[step];
  useHighlight(collapsed ? [] : (s?.highlight ?? []));
  const all = builtInLessons();
  const next = all[all.findIndex((l) => l.id === lesson.id) + 1];
  const p = lesson.params;
  const storage = openStorage();
  const predicts = !isCheck && lesson.steps[step]?.predict !== undefined;
  return (
    <section
      aria-labelledby={titleId}
      data-testid="lesson-panel"
      className="fixed bottom-20 left-3 z-30 flex max-h-[calc(100dvh-9rem)] w-[min(27rem,calc(100vw-1.5rem))] flex-col rounded-2xl border border-slate-200 bg-white shadow-xl stacked:inset-x-0 stacked:bottom-0 stacked:max-h-[46dvh] stacked:w-full stacked:rounded-b-none"
    >
      <header className="flex items-start gap-2 border-b border-slate-100 px-4 pt-3 pb-2">
        <div className="min-w-0 flex-1">
          <p className="text-xs font-medium text-indigo-800">
            {lt('lessons.number', { n: all.indexOf(lesson) + 1 })}
            {' · '}
            {lesson.concepts.join(', ')}
          </p>
          <h2 id={titleId} className="text-base font-semibold text-slate-900">
            {lt.dynamic(lesson.title, p)}
          </h2>
          <p className="text-xs text-slate-600">
            {isCheck ? lt('lessons.yourTurn') : lt('lessons.step', { n: step + 1, count: last })}
          </p>
        </div>
        <button
          type="button"
          className={BUTTON}
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          onClick={() => setCollapsed((c) => !c)}
        >
          {lt(collapsed ? 'lessons.show' : 'lessons.hide')}
        </button>
        <button type="button" className={BUTTON} onClick={() => closeLesson(store, storage)}>
          {lt('lessons.leave')}
        </button>
      </header>
      <div id={bodyId} hidden={collapsed} className="min-h-0 flex-1 overflow-y-auto px-4 py-3">
        <div aria-live="polite" className="space-y-2 text-sm leading-relaxed text-slate-800">
          {step === 0 && <p className="text-slate-600">{lt.dynamic(lesson.intro, p)}</p>}
          {s && <p>{lt.dynamic(s.text, p)}</p>}
        </div>
        {!isCheck && hasPacket && (
          <div className="mt-3 flex flex-wrap items-center gap-2">
            <button type="button" className={PRIMARY} onClick={() => store.getState().togglePlay()}>
              {lt(playing ? 'lessons.pause' : cni ? 'lessons.playSteps' : 'lessons.play')}
            </button>
            {predicts && <span className="text-xs text-slate-600">{lt('lessons.playHint')}</span>}
          </div>
        )}
        {isCheck && (
          <CheckStatus
            lt={lt}
            lesson={lesson}
            met={place?.met ?? []}
            onShowMe={() => showSolution(store, lesson, storage)}
          />
        )}
        {(step === 0 || isCheck) && lesson.links.length > 0 && (
          <div className="mt-3">
            <h3 className="text-xs font-semibold text-slate-700">{lt('lessons.readMore')}</h3>
            <ul className="mt-1 space-y-1">
              {lesson.links.map((link) => (
                <li key={link.en}>
                  <a
                    href={lang === 'ko' ? link.ko : link.en}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="text-sm text-indigo-700 underline underline-offset-2 hover:text-indigo-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
                  >
                    {lt.dynamic(link.title)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <nav
        aria-label={lt('lessons.steps')}
        hidden={collapsed}
        className="flex items-center gap-2 border-t border-slate-100 px-4 py-2"
      >
        <button
          type="button"
          className={BUTTON}
          disabled={step === 0}
          onClick={() => goToStep(store, lesson, step - 1)}
        >
          {lt('lessons.back')}
        </button>
        <span className="flex-1" />
        {!isCheck && (
          <button
            type="button"
            className={PRIMARY}
            onClick={() => goToStep(store, lesson, step + 1)}
          >
            {lt(step + 1 === last ? 'lessons.toCheck' : 'lessons.next')}
          </button>
        )}
        {isCheck && next && (
          <button
            type="button"
            className={PRIMARY}
            onClick={() => openLesson(store, next, 0, storage)}
          >
            {lt('lessons.nextLesson')}
          </button>
        )}
        {isCheck && (
          <button
            type="button"
            className={BUTTON}
            onClick={() => store.setState({ lessonList: true })}
          >
            {lt('lessons.list')}
          </button>
        )}
      </nav>
    </section>
  );
}
