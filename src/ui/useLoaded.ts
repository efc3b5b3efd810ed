/** Modules loaded once, when a view first wants them, and a hook that re-renders when they arrive. */
import { useEffect, useState } from 'react';

/** A value loaded on demand, once: `value` is null until `load()` has resolved. */
export interface Loader<T> {
  /** The value, once loaded. */
  readonly value: () => T | null;
  /** Starts the load (later calls share it). */
  readonly load: () => Promise<T>;
}

/** Wraps an import (or any async load) so it runs at most once. */
export function loader<T>(load: () => Promise<T>): Loader<T> {
  let value: T | null = null;
  let pending: Promise<T> | null = null;
  return {
    value: () => value,
    load: () => (pending ??= load().then((v) => (value = v))),
  };
}

/** The loaded value (null before); a true `wanted` starts the load and re-renders when it is here. */
export function useLoaded<T>(from: Loader<T>, wanted: boolean): T | null {
  const [value, setValue] = useState<T | null>(from.value);
  useEffect(() => {
    if (!wanted || value !== null) return;
    let live = true;
    // a function value (a component) must not be taken for an updater
    void from.load().then((v) => live && setValue(() => v));
    return () => {
      live = false;
    };
  }, [from, wanted, value]);
  return value;
}
