/** The choice offered when another tab saved different work: keep this tab's, or load the other's. */
import type { AppState } from '../../store';
import { keepTabWork, loadOtherTabWork } from '../../store/tabConflict';
import { useAppStore, useStoreApi } from '../storeContext';
import { useT } from '../useT';
import { BUTTON, PRIMARY } from './styles';

const selectConflict = (s: AppState) => s.tabConflict;
const selectTitle = (s: AppState) => s.scenario.title;

/** Shown while store.tabConflict holds the other tab's work; names it when its title differs. */
export function TabConflictNotice({ className }: { className: string }) {
  const t = useT();
  const store = useStoreApi();
  const conflict = useAppStore(selectConflict);
  const title = useAppStore(selectTitle);
  if (!conflict) return null;
  const theirs = conflict.theirs.title;
  return (
    <div
      role="region"
      aria-label={t('editor.tabs.changed')}
      className={`${className} border-amber-300 bg-amber-50 text-amber-950`}
    >
      <p className="font-semibold">{t('editor.tabs.changed')}</p>
      {theirs !== title && (
        <p className="mt-1">{t('editor.tabs.theirs', { title: t.text(theirs) })}</p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className={PRIMARY} onClick={() => keepTabWork(store)}>
          {t('editor.tabs.keepMine')}
        </button>
        <button type="button" className={BUTTON} onClick={() => loadOtherTabWork(store)}>
          {t('editor.tabs.loadTheirs')}
        </button>
      </div>
    </div>
  );
}
