/** Wheel zoom and mouse/pen/touch drag in plain code, for the moments before d3-zoom has loaded (it loads on the first pointer over the diagram). */
import type { ViewTransform } from '../../store/uiSlice';
import { panView, wheelFactor, zoomAbout } from './panZoom';

/** Attaches plain wheel and drag handlers to an element; returns a detach function (handlers ignore new wheels and drags at once, and go when a drag under way ends). */
export function attachPlainPanZoom(
  el: HTMLElement,
  accepts: (target: EventTarget | null) => boolean,
  view: () => ViewTransform,
  show: (v: ViewTransform, byGesture: boolean) => void,
  end: () => void,
): () => void {
  let drag: { id: number; x: number; y: number } | null = null;
  let detached = false;
  const onWheel = (e: WheelEvent) => {
    if (detached || !accepts(e.target)) return;
    e.preventDefault();
    const r = el.getBoundingClientRect();
    show(
      zoomAbout(view(), wheelFactor(e.deltaY, e.deltaMode), e.clientX - r.left, e.clientY - r.top),
      true,
    );
    end();
  };
  const onDown = (e: PointerEvent) => {
    if (drag || detached || e.button !== 0 || !accepts(e.target)) return;
    drag = { id: e.pointerId, x: e.clientX, y: e.clientY };
  };
  const onMove = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    show(panView(view(), e.clientX - drag.x, e.clientY - drag.y), true);
    drag = { id: e.pointerId, x: e.clientX, y: e.clientY };
  };
  const onUp = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    drag = null;
    end();
    if (detached) remove();
  };
  const remove = () => {
    el.removeEventListener('wheel', onWheel);
    el.removeEventListener('pointerdown', onDown);
    window.removeEventListener('pointermove', onMove);
    window.removeEventListener('pointerup', onUp);
    window.removeEventListener('pointercancel', onUp);
  };
  el.addEventListener('wheel', onWheel, { passive: false });
  el.addEventListener('pointerdown', onDown);
  window.addEventListener('pointermove', onMove);
  window.addEventListener('pointerup', onUp);
  window.addEventListener('pointercancel', onUp);
  return () => {
    detached = true;
    if (!drag) remove();
  };
}
