/** The lessons list: a modal listing the course with what is done, the prediction switch, and the way back to the learner's own scenario. */
import { useEffect, useId, useRef, useState } from 'react';
import type { LessonTranslator } from '../../i18n/lessonCatalog';
import type { AppState } from '../../store';
import { holdsMine } from '../../store/lessonProgress';
import { builtInLessons, openLesson, restoreMine } from '../../store/lessonRunner';
import { openStorage } from '../../store/persistence';
import { setPredict } from '../../store/predictWatch';
import { BUTTON } from '../share/styles';
import { useAppStore, useStoreApi } from '../storeContext';

const selectDone = (s: AppState) => s.lessonsDone;
const selectPredict = (s: AppState) => s.predict;
const selectOpen = (s: AppState) => s.lesson?.id ?? null;

/** The lessons dialog; `unknown` names a lesson a link asked for that does not exist. */
export function LessonList({ lt, unknown }: { lt: LessonTranslator; unknown: string | null }) {
  const store = useStoreApi();
  const done = useAppStore(selectDone);
  const predict = useAppStore(selectPredict);
  const current = useAppStore(selectOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const predictId = useId();
  const [mine, setMine] = useState(() => holdsMine(openStorage()));
  const lessons = builtInLessons();
  useEffect(() => {
    const d = dialog.current;
    // No close() on cleanup: StrictMode's re-run would fire "close" and dismiss the dialog at once.
    if (d && !d.open) d.showModal();
  }, []);
  const close = () => store.setState({ lessonList: false });
  const count = lessons.filter((l) => done.includes(l.id)).length;
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={close}
      className="m-auto max-h-[90vh] w-[min(46rem,94vw)] overflow-y-auto rounded-2xl bg-slate-50 p-6 shadow-2xl backdrop:bg-slate-900/40 max-sm:p-4"
    >
      <div className="flex items-start gap-4">
        <div className="flex-1">
          <h2 id={titleId} className="text-xl font-semibold text-slate-900">
            {lt('lessons.title')}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{lt('lessons.intro')}</p>
        </div>
        <button type="button" className={BUTTON} onClick={close}>
          {lt('lessons.close')}
        </button>
      </div>
      {unknown && (
        <p role="alert" className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {lt('lessons.unknown', { id: unknown })}
        </p>
      )}
      <div className="mt-4 flex items-start gap-2 rounded-xl border border-slate-200 bg-white p-3">
        <input
          id={predictId}
          type="checkbox"
          className="mt-1 h-4 w-4 accent-indigo-700"
          checked={predict}
          aria-describedby={`${predictId}-hint`}
          onChange={(e) => setPredict(store, e.target.checked)}
        />
        <div>
          <label htmlFor={predictId} className="text-sm font-medium text-slate-900">
            {lt('lessons.predict')}
          </label>
          <p id={`${predictId}-hint`} className="text-xs text-slate-600">
            {lt('lessons.predictHint')}
          </p>
        </div>
      </div>
      <p className="mt-4 text-sm font-medium text-slate-700" aria-live="polite">
        {lt('lessons.progress', { done: count, count: lessons.length })}
      </p>
      <ol className="mt-2 grid gap-2 sm:grid-cols-2">
        {lessons.map((l, i) => {
          const isDone = done.includes(l.id);
          return (
            <li key={l.id}>
              <button
                type="button"
                aria-current={current === l.id ? 'step' : undefined}
                onClick={() => openLesson(store, l, 0, openStorage())}
                className="flex h-full w-full items-start gap-3 rounded-xl border border-slate-200 bg-white p-3 text-left shadow-sm hover:border-indigo-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 aria-[current=step]:border-indigo-500"
              >
                <span
                  aria-hidden="true"
                  className={`mt-0.5 inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs font-semibold ${isDone ? 'bg-emerald-600 text-white' : 'bg-slate-200 text-slate-700'}`}
                >
                  {isDone ? '✓' : i + 1}
                </span>
                <span className="min-w-0 flex-1">
                  <span className="block text-xs font-medium text-indigo-800">
                    {lt('lessons.number', { n: i + 1 })}
                    {' · '}
                    <span className="sr-only">{lt('lessons.concepts')}</span>
                    {l.concepts.join(', ')}
                  </span>
                  <span className="block text-sm font-semibold text-slate-900">
                    {lt.dynamic(l.title, l.params)}
                  </span>
                  <span
                    className={`block text-xs ${isDone ? 'text-emerald-800' : 'text-slate-600'}`}
                  >
                    {lt(isDone ? 'lessons.done' : 'lessons.notDone')}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {mine && !current && (
        <div className="mt-4 flex flex-wrap items-center gap-2">
          <button
            type="button"
            className={BUTTON}
            onClick={() => {
              restoreMine(store, openStorage());
              setMine(false);
              close();
            }}
          >
            {lt('lessons.mine')}
          </button>
          <span className="text-xs text-slate-600">{lt('lessons.mineHint')}</span>
        </div>
      )}
    </dialog>
  );
}
