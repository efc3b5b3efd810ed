/** Messages about loading and saving: a broken link or file, unusable storage, the shared-link choice and another tab's work. */
import { useState } from 'react';
import { openStorage } from '../../store/persistence';
import { useAppStore, useStoreApi } from '../storeContext';
import { useT } from '../useT';
import { backToMine, keepMine, keepShared, openShared } from './shareChoice';
import { BUTTON, PRIMARY } from './styles';
import { TabConflictNotice } from './TabConflictNotice';
import type { AppState } from '../../store';

const selectNotice = (s: AppState) => s.notice;
const selectStorage = (s: AppState) => s.storageProblem;
const selectChoice = (s: AppState) => s.shareChoice;
const BOX = 'rounded-2xl border px-4 py-3 text-sm shadow-lg';

/** The stack of page messages under the header. */
export function Notices() {
  const t = useT();
  const store = useStoreApi();
  const notice = useAppStore(selectNotice);
  const storage = useAppStore(selectStorage);
  const choice = useAppStore(selectChoice);
  const [hiddenStorage, setHiddenStorage] = useState<string | null>(null);
  const path = notice?.detail?.params['path'];
  return (
    <div className="fixed top-28 left-1/2 z-40 lg:top-16 w-[min(38rem,92vw)] -translate-x-1/2 space-y-2">
      {notice && (
        <div
          role={notice.tone === 'error' ? 'alert' : 'status'}
          className={`${BOX} ${notice.tone === 'error' ? 'border-red-300 bg-red-50 text-red-900' : 'border-emerald-300 bg-emerald-50 text-emerald-900'}`}
        >
          <div className="flex items-start gap-3">
            <div className="flex-1">
              <p className="font-semibold">{t.dynamic(notice.key, notice.params)}</p>
              {notice.detail && (
                <p className="mt-1">{t.dynamic(notice.detail.key, notice.detail.params)}</p>
              )}
              {typeof path === 'string' && path !== '' && (
                <p className="mt-1 font-mono text-xs">{t('editor.notice.at', { path })}</p>
              )}
            </div>
            <button
              type="button"
              className={BUTTON}
              onClick={() => store.getState().dismissNotice()}
            >
              {t('editor.notice.dismiss')}
            </button>
          </div>
        </div>
      )}
      {storage && hiddenStorage !== storage && (
        <div role="alert" className={`${BOX} border-amber-300 bg-amber-50 text-amber-950`}>
          <div className="flex items-start gap-3">
            <p className="flex-1">
              {t(storage === 'full' ? 'editor.storage.full' : 'editor.storage.unavailable')}
            </p>
            <button type="button" className={BUTTON} onClick={() => setHiddenStorage(storage)}>
              {t('editor.notice.dismiss')}
            </button>
          </div>
        </div>
      )}
      <TabConflictNotice className={BOX} />
      {choice && (
        <div
          role="region"
          aria-label={t(choice.stage === 'ask' ? 'editor.choice.ask' : 'editor.choice.opened')}
          className={`${BOX} border-indigo-300 bg-indigo-50 text-indigo-950`}
        >
          <p>{t(choice.stage === 'ask' ? 'editor.choice.ask' : 'editor.choice.opened')}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            {choice.stage === 'ask' ? (
              <>
                <button
                  type="button"
                  className={PRIMARY}
                  onClick={() => openShared(store, openStorage())}
                >
                  {t('editor.choice.openShared')}
                </button>
                <button type="button" className={BUTTON} onClick={() => keepMine(store)}>
                  {t('editor.choice.keepMine')}
                </button>
              </>
            ) : (
              <>
                <button
                  type="button"
                  className={PRIMARY}
                  onClick={() => backToMine(store, openStorage())}
                >
                  {t('editor.choice.backToMine')}
                </button>
                <button
                  type="button"
                  className={BUTTON}
                  onClick={() => keepShared(store, openStorage())}
                >
                  {t('editor.choice.keepShared')}
                </button>
              </>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
