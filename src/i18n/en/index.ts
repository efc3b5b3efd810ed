/** The English catalog: the reference every other language must match key for key. */
import { enCore } from './core';
import { enLater } from './later';

/**
 * All English messages (the app loads them in two parts: ./core first, ./later on demand).
 * Built by a pure call, not a spread, so a bundle that never reads it drops it and ./later.
 */
export const en: typeof enCore & typeof enLater = /* @__PURE__ */ Object.assign(
  {},
  enCore,
  enLater,
);
