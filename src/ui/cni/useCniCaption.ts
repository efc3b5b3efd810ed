/** The CNI step at the cursor told for the stage, or null while no CNI trace plays. */
import { useShallow } from 'zustand/react/shallow';
import type { AppState } from '../../store';
import { useAppStore } from '../storeContext';
import { useT } from '../useT';
import { cniCaption, type CniCaption } from './cniCaption';

const selectCni = (s: AppState) => ({ play: s.cniPlay, cursor: s.cursor });

/** The caption of the CNI step shown, re-read as the cursor moves. */
export function useCniCaption(): CniCaption | null {
  const t = useT();
  const { play, cursor } = useAppStore(useShallow(selectCni));
  if (!play) return null;
  return cniCaption(t, play, Math.min(cursor, play.trace.length - 1));
}
