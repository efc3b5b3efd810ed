/** Runs work on the learner's first input (pointer moved or pressed, key, wheel, touch) instead of right after the first paint, so a plain first load fetches only what it shows. */

/** Events that show a learner is there and about to act. */
const INPUT_EVENTS = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

let tasks: (() => void)[] | null = null;

/** Runs task once, at the first input on the page (at once if there has been one); returns a cancel function. */
export function onFirstInput(task: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  if (tasks === null) {
    tasks = [];
    const fire = () => {
      for (const type of INPUT_EVENTS) window.removeEventListener(type, fire, true);
      const run = tasks ?? [];
      tasks = [];
      fired = true;
      for (const t of run) t();
    };
    for (const type of INPUT_EVENTS)
      window.addEventListener(type, fire, { capture: true, passive: true });
  }
  if (fired) {
    task();
    return () => undefined;
  }
  tasks.push(task);
  return () => {
    tasks = tasks?.filter((t) => t !== task) ?? null;
  };
}

let fired = false;
