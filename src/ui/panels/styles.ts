/** Shared class names of the panels. */

/** A panel card: white, rounded, lightly bordered. */
export const card = 'rounded-2xl border border-slate-200 bg-white p-4 shadow-sm';
