/** Exposes the store as window.__pnl only when the page was opened with ?bench, for scripts/bench/fps.ts. */
import type { AppStore } from '../../store';

/** Installs the hook when the URL asks for it; returns an uninstaller. */
export function installBenchHook(store: AppStore): () => void {
  if (typeof location === 'undefined' || !new URLSearchParams(location.search).has('bench'))
    return () => {};
  const w = window as unknown as { __pnl?: AppStore };
  w.__pnl = store;
  return () => {
    delete w.__pnl;
  };
}
