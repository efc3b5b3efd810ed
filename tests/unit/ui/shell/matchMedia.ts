/** A window.matchMedia stand-in for jsdom: every query answers `matches` (the stacked layout when true). */

/** Installs a matchMedia whose queries all answer `matches`; returns the function that removes it. */
export function fakeMatchMedia(matches: boolean): () => void {
  const list = (media: string) => ({
    matches,
    media,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  });
  Object.defineProperty(window, 'matchMedia', { configurable: true, writable: true, value: list });
  return () => {
    Reflect.deleteProperty(window, 'matchMedia');
  };
}
