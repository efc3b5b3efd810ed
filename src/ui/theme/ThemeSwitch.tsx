/** The header's theme switch: system, light, dark or high contrast, remembered on this device. */
import { useId, useLayoutEffect, useState } from 'react';
import { useT } from '../useT';
import { applyTheme, loadTheme, saveTheme, THEME_CHOICES } from './theme';

/** A labelled select; the theme is applied before the first paint. */
export function ThemeSwitch() {
  const t = useT();
  const id = useId();
  const [choice, setChoice] = useState(loadTheme);
  useLayoutEffect(() => applyTheme(choice), [choice]);
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {t('theme.label')}
      </label>
      <select
        id={id}
        value={choice}
        onChange={(e) => {
          const c = THEME_CHOICES.find((x) => x === e.target.value) ?? 'system';
          saveTheme(c);
          setChoice(c);
        }}
        className="rounded-lg border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600"
      >
        {THEME_CHOICES.map((c) => (
          <option key={c} value={c}>
            {t(`theme.${c}`)}
          </option>
        ))}
      </select>
    </>
  );
}
