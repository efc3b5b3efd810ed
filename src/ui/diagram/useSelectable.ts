/** Hover, click and keyboard selection of one diagram element, reading only that element's state. */
import { useCallback, type KeyboardEvent } from 'react';
import type { AppState } from '../../store';
import { useAppStore, useStoreApi } from '../storeContext';

/** How an element is emphasised: selected wins over hovered. */
export type Emphasis = 'selected' | 'hovered' | 'none';

/** The emphasis of element id in a state. */
export function emphasisOf(s: Pick<AppState, 'selected' | 'hovered'>, id: string): Emphasis {
  if (s.selected === id) return 'selected';
  return s.hovered === id ? 'hovered' : 'none';
}

/** Props that make an SVG group a focusable, selectable element named by label. */
export function useSelectable(id: string, label: string) {
  const store = useStoreApi();
  const emphasis = useAppStore((s) => emphasisOf(s, id));
  const onClick = useCallback(
    (e: { stopPropagation: () => void }) => {
      e.stopPropagation();
      const s = store.getState();
      s.select(s.selected === id ? null : id);
    },
    [store, id],
  );
  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      onClick(e);
    },
    [onClick],
  );
  const onEnter = useCallback(
    (e: { stopPropagation: () => void }) => {
      e.stopPropagation();
      store.getState().hover(id);
    },
    [store, id],
  );
  const onLeave = useCallback(() => {
    if (store.getState().hovered === id) store.getState().hover(null);
  }, [store, id]);
  return {
    emphasis,
    props: {
      role: 'button',
      tabIndex: 0,
      'aria-label': label,
      'aria-pressed': emphasis === 'selected',
      'data-emphasis': emphasis,
      onClick,
      onKeyDown,
      onPointerOver: onEnter,
      onPointerOut: onLeave,
      onFocus: onEnter,
      onBlur: onLeave,
      className: 'group cursor-pointer outline-none',
    } as const,
  };
}
