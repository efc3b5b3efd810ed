/** Header controls that belong to the viewing experience: language switcher, colour theme, presenter mode. */
import { useEffect, useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LANGS } from '../../i18n';
import type { AppState } from '../../store';
import { useAppStore } from '../storeContext';
import { ThemeSwitch } from '../theme/ThemeSwitch';
import { useT } from '../useT';

const selectHeader = (s: AppState) => ({
  lang: s.lang,
  setLang: s.setLang,
  presenter: s.presenter,
  togglePresenter: s.togglePresenter,
});

/** Right-hand header controls; also keeps <html lang> and presenter sizing in step with the store. */
export function HeaderControls() {
  const t = useT();
  const id = useId();
  const h = useAppStore(useShallow(selectHeader));
  useEffect(() => {
    document.documentElement.lang = h.lang;
  }, [h.lang]);
  useEffect(() => {
    const root = document.documentElement;
    // The stage sets its own large type (caption, zoomed diagram); the header keeps its size, on one row.
    root.classList.toggle('presenter', h.presenter);
  }, [h.presenter]);
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={`${id}-lang`} className="sr-only">
        {t('lang.label')}
      </label>
      <select
        id={`${id}-lang`}
        value={h.lang}
        onChange={(e) => {
          const lang = LANGS.find((l) => l === e.target.value);
          if (lang) h.setLang(lang);
        }}
        className="rounded-lg border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600"
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(l === 'en' ? 'lang.en' : 'lang.ko')}
          </option>
        ))}
      </select>
      <ThemeSwitch />
      <button
        type="button"
        aria-pressed={h.presenter}
        title={t('presenter.hint')}
        onClick={h.togglePresenter}
        className={`rounded-lg border px-3 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 ${h.presenter ? 'border-indigo-600 bg-indigo-600 text-white' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-50'}`}
      >
        {t('presenter.on')}
      </button>
    </div>
  );
}
