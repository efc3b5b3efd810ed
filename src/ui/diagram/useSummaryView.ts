/** The node summary view, loaded only for clusters big enough to collapse (see lod.ts): the first view of a small cluster never needs it. */
import { useEffect, useState } from 'react';
import type * as SummaryModule from './NodeSummaryView';

/** The component that draws a collapsed node. */
type SummaryView = (typeof SummaryModule)['NodeSummaryView'];

let loaded: SummaryView | null = null;
let loading: Promise<SummaryView> | null = null;

/** The summary view once loaded (null before); `wanted` starts the load, before any zoom needs it. */
export function useSummaryView(wanted: boolean): SummaryView | null {
  const [view, setView] = useState<SummaryView | null>(loaded);
  useEffect(() => {
    if (!wanted || view) return;
    let live = true;
    loading ??= import('./NodeSummaryView').then((m) => (loaded = m.NodeSummaryView));
    void loading.then((v) => live && setView(() => v));
    return () => {
      live = false;
    };
  }, [wanted, view]);
  return view;
}
