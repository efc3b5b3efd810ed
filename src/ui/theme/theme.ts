/** Colour themes: the learner's choice (kept in localStorage) or the system's, written to <html data-theme> for themes.css. */

/** The choices the theme switch offers; 'system' follows prefers-color-scheme and forced-colors. */
export const THEME_CHOICES = ['system', 'light', 'dark', 'contrast'] as const;
/** A theme choice. */
export type ThemeChoice = (typeof THEME_CHOICES)[number];

const KEY = 'pnl.theme';
const QUERIES = [
  '(forced-colors: active)',
  '(prefers-contrast: more)',
  '(prefers-color-scheme: dark)',
];

/** The stored choice, or 'system' when none (or something else) is stored. */
export function loadTheme(): ThemeChoice {
  let v: string | null = null;
  try {
    v = localStorage.getItem(KEY);
  } catch {
    // storage refused: follow the system
  }
  return THEME_CHOICES.find((c) => c === v) ?? 'system';
}

/** Remembers a choice (silently skipped where storage is refused). */
export function saveTheme(choice: ThemeChoice): void {
  try {
    localStorage.setItem(KEY, choice);
  } catch {
    // the choice still holds for this page
  }
}

/** Shows a choice; for 'system', the system's wish now and whenever it changes. Returns the stop function. */
export function applyTheme(choice: ThemeChoice): () => void {
  const lists = QUERIES.map((q) => window.matchMedia(q));
  const show = () => {
    const [forced, more, dark] = lists.map((l) => l.matches);
    const system = forced || more ? 'contrast' : dark ? 'dark' : 'light';
    document.documentElement.dataset.theme = choice === 'system' ? system : choice;
  };
  show();
  for (const l of lists) l.addEventListener('change', show);
  return () => {
    for (const l of lists) l.removeEventListener('change', show);
  };
}
