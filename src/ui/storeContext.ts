/** React access to the app store: a context holding the store, and a selector hook. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from '../store';

/** The context carrying the app's store. */
export const StoreContext = createContext<AppStore | null>(null);

/** The store itself, for subscriptions outside React rendering (animation loops). */
export function useStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext is missing');
  return store;
}

/** Reads a slice of state; re-renders only when the selected value changes. */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(useStoreApi(), selector);
}
