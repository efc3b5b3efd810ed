/** The panels as tabs under the diagram when the app is stacked (phones, upright tablets); loaded only there. */
import { useId, type ReactNode } from 'react';
import { useT } from '../useT';
import { PanelTabs, type TabItem } from './PanelTabs';
import { TabPanel } from './TabPanel';
import { usePanelTab, type PanelTab } from './tabState';

/** The parts of the trace area a tab shows: its inspector or its event list (the announcer stays outside the tabs). */
export type TracePartOf = (part: 'inspector' | 'events' | 'announcer') => ReactNode;

/** Send, Inspector, Events and (while something is selected) Details, one at a time. */
export default function StackedPanels(props: {
  send: ReactNode;
  trace: TracePartOf;
  details: ReactNode;
  flows: readonly unknown[];
  selected: string | null;
}) {
  const t = useT();
  const idBase = useId();
  const [tab, setTab] = usePanelTab(props.flows, props.selected, idBase);
  const tabs: TabItem[] = [
    { id: 'send', label: t('shell.tab.send') },
    { id: 'inspector', label: t('inspector.title') },
    { id: 'events', label: t('events.title') },
  ];
  if (props.details) tabs.push({ id: 'details', label: t('details.title') });
  const panel = (id: PanelTab, children: ReactNode) => (
    <TabPanel idBase={idBase} tab={id} open={tab === id}>
      {children}
    </TabPanel>
  );
  return (
    <aside
      aria-label={t('panels.label')}
      className="pnl-side flex min-h-0 w-full flex-1 flex-col border-t border-slate-200 bg-slate-50"
    >
      <PanelTabs
        label={t('shell.tabs')}
        idBase={idBase}
        tabs={tabs}
        active={tab}
        onSelect={setTab}
      />
      {panel('send', props.send)}
      {panel('inspector', props.trace('inspector'))}
      {panel('events', props.trace('events'))}
      {props.details ? panel('details', props.details) : null}
      {props.trace('announcer')}
    </aside>
  );
}
