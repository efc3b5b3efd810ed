/** Global playback keys for keyboards and presentation clickers: Space, ←/→ and PageUp/PageDown, Home/End, +/−, B or . (blank), F (full screen), P (presenter mode). */
import { useEffect } from 'react';
import type { AppState } from '../../store';
import { nextSpeed } from '../../store/playbackSlice';
import { useStoreApi } from '../storeContext';

/** Input types that are not typed into (a choice or a button): only Space belongs to them. */
const CHOICE_INPUT = /^(checkbox|radio|button|submit|reset|image|file)$/;
/** Keys the range input (the hop scrubber) moves itself with, to the hop the shortcut would. */
const RANGE_KEY = /^(Arrow|Home$|End$)/;
/** Elements and roles whose activation key Space is. */
const SPACE_TAG = /^(BUTTON|A|SUMMARY|INPUT)$/;
const SPACE_ROLE = /^(button|link|tab|checkbox|radio|switch|menuitem)$/;

/** Whether a key event should be left to the focused element (text entry, menus, native buttons). */
export function isTypingTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  if (target.isContentEditable || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (target instanceof HTMLInputElement) {
    // A clicker's PageUp/PageDown step one hop even on the scrubber (natively they jump by tens).
    if (target.type === 'range') return RANGE_KEY.test(key);
    if (!CHOICE_INPUT.test(target.type)) return true;
  }
  return key === ' ' && (SPACE_TAG.test(tag) || SPACE_ROLE.test(target.getAttribute('role') ?? ''));
}

/** Enters full screen on the whole page, or leaves it (Esc leaves too: the browser does that). */
export function toggleFullscreen(doc: Document = document): void {
  const done = () => undefined;
  if (doc.fullscreenElement) void doc.exitFullscreen?.().catch(done);
  else void doc.documentElement.requestFullscreen?.().catch(done);
}

type Shortcut = (s: AppState) => void;
const back: Shortcut = (s) => {
  s.setPlaying(false);
  s.stepBack();
};
const forward: Shortcut = (s) => {
  s.setPlaying(false);
  s.stepForward();
};
const faster: Shortcut = (s) => s.setSpeed(nextSpeed(s.speed, 1));
const slower: Shortcut = (s) => s.setSpeed(nextSpeed(s.speed, -1));
const blank: Shortcut = (s) => s.setBlanked(true);
const presenter: Shortcut = (s) => s.togglePresenter();

/** Keys that act each time they repeat. */
const STEPS: Readonly<Record<string, Shortcut>> = {
  ArrowLeft: back,
  PageUp: back,
  ArrowRight: forward,
  PageDown: forward,
  Home: (s) => s.toStart(),
  End: (s) => s.toEnd(),
  '+': faster,
  '=': faster,
  '-': slower,
  _: slower,
  '−': slower,
};
/** Keys that switch something: held down, they act once. */
const TOGGLES: Readonly<Record<string, Shortcut>> = {
  ' ': (s) => s.togglePlay(),
  b: blank,
  B: blank,
  '.': blank,
  f: () => toggleFullscreen(),
  F: () => toggleFullscreen(),
  p: presenter,
  P: presenter,
};

/** Listens on window for the playback shortcuts while mounted. A focused element that handles a key
 * itself calls preventDefault (React's root listener runs first), and the shortcut then stays silent:
 * that is how ←/→/+/− pan and zoom the focused diagram instead of stepping or changing speed.
 * While the screen is blanked, any key brings it back and does nothing else (caught before anyone). */
export function usePlaybackKeys(): void {
  const store = useStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTypingTarget(e.target, e.key)) return;
      const toggle = TOGGLES[e.key];
      const run = STEPS[e.key] ?? (e.repeat ? undefined : toggle);
      if (!run && !toggle) return;
      e.preventDefault();
      run?.(store.getState());
    };
    const onBlankedKey = (e: KeyboardEvent) => {
      if (!store.getState().blanked) return;
      store.getState().setBlanked(false);
      e.stopPropagation();
      if (!e.ctrlKey && !e.metaKey && !e.altKey) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keydown', onBlankedKey, true);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keydown', onBlankedKey, true);
    };
  }, [store]);
}
