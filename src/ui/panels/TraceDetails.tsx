/** The trace cards, loaded on the first packet: flow picker, inspector and event list (all, or one part for a tab). */
import type { Network, PacketRequest, Trace } from '../../sim';
import { EventList } from './EventList';
import { FlowPicker } from './FlowPicker';
import { Inspector } from './Inspector';
import { card } from './styles';

/** The cards following the active trace at one hop: all of them, or one tab's part (the inspector part has the flow picker). */
export default function TraceDetails(props: {
  part?: 'inspector' | 'events';
  trace: Trace;
  index: number;
  network: Network;
  flows: readonly PacketRequest[];
  activeFlow: number;
  presenter: boolean;
  onPick: (i: number) => void;
  onJump: (i: number) => void;
}) {
  const { trace, index, network, part } = props;
  return (
    <>
      {part !== 'events' && props.flows.length > 1 && (
        <div className={card}>
          <FlowPicker flows={props.flows} active={props.activeFlow} onPick={props.onPick} />
        </div>
      )}
      {part !== 'events' && (
        <div className={card}>
          <Inspector trace={trace} index={index} network={network} />
        </div>
      )}
      {part !== 'inspector' && (
        <div className={card}>
          <EventList
            trace={trace}
            index={index}
            network={network}
            onJump={props.onJump}
            compact={props.presenter}
          />
        </div>
      )}
    </>
  );
}
