/** The CNI trace's clock: while it plays, one step at a time (the packet frame loop leaves CNI traces alone). */
import { useEffect } from 'react';
import type { AppState } from '../../store';
import { useAppStore, useStoreApi } from '../storeContext';

/** How long a step stays on screen at speed 1. */
export const CNI_STEP_MS = 1600;

const selectClock = (s: AppState) => (s.cniPlay && s.playing ? `${s.cursor}@${s.speed}` : null);

/** Advances the cursor through the CNI trace while playing; stops at its last step. */
export function useCniClock(): void {
  const store = useStoreApi();
  const tick = useAppStore(selectClock);
  useEffect(() => {
    if (tick === null) return;
    const s0 = store.getState();
    const id = setTimeout(() => {
      const s = store.getState();
      if (!s.cniPlay || !s.playing) return;
      if (s.cursor >= s.cniPlay.trace.length - 1) s.setPlaying(false);
      else s.stepForward();
    }, CNI_STEP_MS / s0.speed);
    return () => clearTimeout(id);
  }, [tick, store]);
}
