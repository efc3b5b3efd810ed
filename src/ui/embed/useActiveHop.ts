/** The active packet's trace, the hop shown at the cursor and the network, for the embed's caption and headers. */
import { useShallow } from 'zustand/react/shallow';
import type { AppState } from '../../store';
import { hopIndexAt, selectActiveTrace, selectNetwork } from '../../store/selectors';
import { useAppStore } from '../storeContext';

const selectActiveHop = (s: AppState) => {
  const trace = selectActiveTrace(s);
  return {
    trace,
    index: trace ? hopIndexAt(trace, s.cursor) : 0,
    network: selectNetwork(s),
  };
};

/** The trace followed, its hop index at the cursor, and the network it runs on. */
export function useActiveHop() {
  return useAppStore(useShallow(selectActiveHop));
}
