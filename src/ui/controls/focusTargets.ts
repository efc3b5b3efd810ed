/** Places keyboard users jump to — the send form, the diagram, the play/pause button — by id, and how to focus each. */

/** The id of the send form (a skip link's target). */
export const SEND_FORM_ID = 'send-form';
/** The id of the diagram's focusable drawing (a skip link's target; the export reads it too). */
export const DIAGRAM_CANVAS_ID = 'diagram-canvas';
/** The attribute marking the playback bar's play/pause button. */
export const PLAY_TOGGLE_ATTR = 'data-play-toggle';

/** Focuses an element that may sit in a closed tab of the stacked panels: opens that tab first. */
function focusInTabs(el: HTMLElement): void {
  const panel = el.closest<HTMLElement>('[role="tabpanel"]');
  if (panel?.hidden) {
    document.querySelector<HTMLElement>(`[role="tab"][aria-controls="${panel.id}"]`)?.click();
    // The tab opens when React has rendered the click.
    setTimeout(() => el.focus(), 0);
    return;
  }
  el.focus();
}

/** Moves focus to the send form (its first field is one Tab away); false when there is none. */
export function focusSendForm(): boolean {
  const form = document.getElementById(SEND_FORM_ID);
  if (!form) return false;
  focusInTabs(form);
  return true;
}

/** Moves focus to the diagram, where arrows pan and +/− zoom; false when there is none. */
export function focusDiagram(): boolean {
  const canvas = document.getElementById(DIAGRAM_CANVAS_ID);
  if (!canvas) return false;
  canvas.focus();
  return true;
}

/**
 * After a packet is sent, moves focus off the Send button to the play/pause button, so Space
 * pauses and resumes that packet (on Send it would send it again, from hop 1). Falls back to the
 * diagram, where Space is the playback shortcut too.
 */
export function focusPlayback(): void {
  const toggle = document.querySelector<HTMLElement>(`[${PLAY_TOGGLE_ATTR}]`);
  if (toggle && !toggle.matches(':disabled')) toggle.focus({ preventScroll: true });
  else document.getElementById(DIAGRAM_CANVAS_ID)?.focus({ preventScroll: true });
}
