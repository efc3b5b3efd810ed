/** The closing task of a lesson: what to do, whether the simulator sees it done, and a worked answer on request. */
import type { LessonTranslator } from '../../i18n/lessonCatalog';
import type { Lesson } from '../../lessons';
import { BUTTON } from '../share/styles';

/** The task, its state, and "Show me". */
export function CheckStatus(props: {
  lt: LessonTranslator;
  lesson: Lesson;
  met: readonly boolean[];
  onShowMe: () => void;
}) {
  const { lt, lesson, met, onShowMe } = props;
  const done = met.length > 0 && met.every(Boolean);
  return (
    <div className="mt-3 space-y-2">
      <p
        role="status"
        data-testid="lesson-check"
        data-done={done}
        className={`rounded-lg px-3 py-2 text-sm ${done ? 'bg-emerald-50 text-emerald-900' : 'bg-slate-100 text-slate-700'}`}
      >
        {done ? lt('lessons.checkDone') : lt('lessons.checkPending')}
        {done && <> {lt.dynamic(lesson.check.done, lesson.params)}</>}
      </p>
      {!done && (
        <button type="button" className={BUTTON} onClick={onShowMe}>
          {lt('lessons.showMe')}
        </button>
      )}
    </div>
  );
}
