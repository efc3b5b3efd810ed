/** Marks diagram elements a lesson step points at (data-lesson-highlight), following the drawing as it re-renders. */
import { useEffect } from 'react';

/** The attribute lessons.css draws a highlight for. */
export const HIGHLIGHT_ATTR = 'data-lesson-highlight';

/** The elements the diagram draws for an id (devices carry data-device-id, the rest data-element-id). */
function elementsFor(root: ParentNode, id: string): Element[] {
  const q = CSS.escape(id);
  return [...root.querySelectorAll(`[data-element-id="${q}"], [data-device-id="${q}"]`)];
}

/** Highlights the given ids while mounted; re-applies when the diagram redraws. */
export function useHighlight(ids: readonly string[]): void {
  const key = ids.join('\n');
  useEffect(() => {
    const wanted = key === '' ? [] : key.split('\n');
    const marked = new Set<Element>();
    const apply = () => {
      for (const id of wanted)
        for (const el of elementsFor(document, id)) {
          if (marked.has(el)) continue;
          el.setAttribute(HIGHLIGHT_ATTR, '');
          marked.add(el);
        }
    };
    apply();
    const diagram = document.querySelector('[data-testid="diagram"] svg');
    const observer = new MutationObserver(apply);
    if (diagram && wanted.length > 0) observer.observe(diagram, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      for (const el of marked) el.removeAttribute(HIGHLIGHT_ATTR);
    };
  }, [key]);
}
