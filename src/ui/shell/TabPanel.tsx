/** One panel of the stacked layout's tabs: scrolls on its own, hidden unless its tab is open. */
import type { ReactNode } from 'react';
import { panelId, tabId, type PanelTab } from './tabState';

/** A tabpanel named by its tab. */
export function TabPanel(props: {
  idBase: string;
  tab: PanelTab;
  open: boolean;
  children: ReactNode;
}) {
  return (
    <div
      role="tabpanel"
      id={panelId(props.idBase, props.tab)}
      aria-labelledby={tabId(props.idBase, props.tab)}
      hidden={!props.open}
      tabIndex={0}
      className="min-h-0 flex-1 space-y-3 overflow-y-auto p-3 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600"
    >
      {props.children}
    </div>
  );
}
