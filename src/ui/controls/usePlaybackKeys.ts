/** Global playback keys: Space, ←/→, Home/End, +/−, and P for presenter mode. */
import { useEffect } from 'react';
import { nextSpeed } from '../../store/playbackSlice';
import { useStoreApi } from '../storeContext';

/** Whether a key event should be left to the focused element (text entry, menus, native buttons). */
export function isTypingTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return true;
  // Space and Enter activate a focused button or link natively.
  if (
    key === ' ' &&
    (tag === 'BUTTON' || tag === 'A' || target.getAttribute('role') === 'button')
  ) {
    return true;
  }
  return false;
}

/** Listens on window for the playback shortcuts while mounted. A focused element that handles a key
 * itself calls preventDefault (React's root listener runs first), and the shortcut then stays silent:
 * that is how ←/→/+/− pan and zoom the focused diagram instead of stepping or changing speed. */
export function usePlaybackKeys(): void {
  const store = useStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTypingTarget(e.target, e.key)) return;
      const s = store.getState();
      const pause = () => s.setPlaying(false);
      switch (e.key) {
        case ' ':
          s.togglePlay();
          break;
        case 'ArrowLeft':
          pause();
          s.stepBack();
          break;
        case 'ArrowRight':
          pause();
          s.stepForward();
          break;
        case 'Home':
          s.toStart();
          break;
        case 'End':
          s.toEnd();
          break;
        case '+':
        case '=':
          s.setSpeed(nextSpeed(s.speed, 1));
          break;
        case '-':
        case '_':
        case '−':
          s.setSpeed(nextSpeed(s.speed, -1));
          break;
        case 'p':
        case 'P':
          s.togglePresenter();
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
