/** The tab row of the stacked panels: ←/→, Home and End move between tabs and open them. */
import type { KeyboardEvent } from 'react';
import { panelId, tabId, type PanelTab } from './tabState';

/** One tab: which panel and its visible name. */
export interface TabItem {
  readonly id: PanelTab;
  readonly label: string;
}

/** A tablist; the keys it handles are claimed (preventDefault) so they do not also step the playback. */
export function PanelTabs(props: {
  label: string;
  idBase: string;
  tabs: readonly TabItem[];
  active: PanelTab;
  onSelect: (tab: PanelTab) => void;
}) {
  const { tabs, active, idBase } = props;
  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.findIndex((tab) => tab.id === active);
    const n = tabs.length;
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1 + n, Home: 0, End: n - 1 }[e.key];
    const next = to === undefined ? undefined : tabs[to % n];
    if (!next) return;
    e.preventDefault();
    props.onSelect(next.id);
    document.getElementById(tabId(idBase, next.id))?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label={props.label}
      onKeyDown={onKeyDown}
      className="flex shrink-0 border-b border-slate-200 bg-white px-1"
    >
      {tabs.map((tab) => {
        const on = tab.id === active;
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={tabId(idBase, tab.id)}
            aria-selected={on}
            aria-controls={panelId(idBase, tab.id)}
            tabIndex={on ? 0 : -1}
            onClick={() => props.onSelect(tab.id)}
            className={`-mb-px min-w-0 flex-1 truncate border-b-2 px-2 py-2.5 text-sm font-medium focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600 ${on ? 'border-indigo-600 text-indigo-700' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
