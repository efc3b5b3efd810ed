/** The tabs of the stacked panels: their ids, and which one is open (a new packet opens the inspector, a selection its details). */
import { useLayoutEffect, useState } from 'react';

/** A panel of the stacked layout. */
export type PanelTab = 'send' | 'inspector' | 'events' | 'details';

/** The id of a tab button. */
export const tabId = (base: string, tab: PanelTab) => `${base}-tab-${tab}`;
/** The id of a tab's panel. */
export const panelId = (base: string, tab: PanelTab) => `${base}-panel-${tab}`;

/**
 * The open tab: Send until there is a packet; each new packet (Send, a preset, Play all) opens the
 * inspector and each selection on the diagram opens its details. When that hides the focused
 * element, focus moves to the open tab so keyboard users are not left on a hidden control.
 */
export function usePanelTab(
  flows: readonly unknown[],
  selected: string | null,
  idBase: string,
): [PanelTab, (tab: PanelTab) => void] {
  const [tab, setTab] = useState<PanelTab>(flows.length > 0 ? 'inspector' : 'send');
  const [seen, setSeen] = useState({ flows, selected });
  if (seen.flows !== flows || seen.selected !== selected) {
    setSeen({ flows, selected });
    if (selected !== null && selected !== seen.selected) setTab('details');
    else if (flows !== seen.flows && flows.length > 0) setTab('inspector');
  }
  const shown: PanelTab =
    tab === 'details' && selected === null ? (flows.length > 0 ? 'inspector' : 'send') : tab;
  useLayoutEffect(() => {
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && focused.closest('[role="tabpanel"][hidden]'))
      document.getElementById(tabId(idBase, shown))?.focus();
  }, [shown, idBase]);
  return [shown, setTab];
}
