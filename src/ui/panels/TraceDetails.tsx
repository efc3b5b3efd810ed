/** The trace cards, loaded on the first packet: flow picker, inspector and event list. */
import type { Network, PacketRequest, Trace } from '../../sim';
import { EventList } from './EventList';
import { FlowPicker } from './FlowPicker';
import { Inspector } from './Inspector';
import { card } from './styles';

/** The cards following the active trace at one hop. */
export default function TraceDetails(props: {
  trace: Trace;
  index: number;
  network: Network;
  flows: readonly PacketRequest[];
  activeFlow: number;
  presenter: boolean;
  onPick: (i: number) => void;
  onJump: (i: number) => void;
}) {
  const { trace, index, network } = props;
  return (
    <>
      {props.flows.length > 1 && (
        <div className={card}>
          <FlowPicker flows={props.flows} active={props.activeFlow} onPick={props.onPick} />
        </div>
      )}
      <div className={card}>
        <Inspector trace={trace} index={index} network={network} />
      </div>
      <div className={card}>
        <EventList
          trace={trace}
          index={index}
          network={network}
          onJump={props.onJump}
          compact={props.presenter}
        />
      </div>
    </>
  );
}
