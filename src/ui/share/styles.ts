/** Shared Tailwind class strings of the scenario tools, so buttons and fields look the same everywhere. */

/** A quiet button (toolbar, secondary actions). */
export const BUTTON =
  'inline-flex items-center gap-1 rounded-xl border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50 disabled:cursor-not-allowed disabled:text-slate-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600';
/** The main action of a group. */
export const PRIMARY =
  'inline-flex items-center gap-1 rounded-xl bg-indigo-700 px-3 py-1.5 text-sm font-semibold text-white shadow-sm hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600';
/** A destructive, low-emphasis action. */
export const DANGER =
  'inline-flex items-center gap-1 rounded-lg px-2 py-1 text-sm font-medium text-red-700 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-600';
/** A text input or select. */
export const FIELD =
  'w-full rounded-lg border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 aria-invalid:border-red-600 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600';
/** A field label. */
export const LABEL = 'block text-xs font-medium text-slate-700';
/** A floating card (menus, dialogs). */
export const CARD = 'rounded-2xl border border-slate-200 bg-white p-4 shadow-xl';
