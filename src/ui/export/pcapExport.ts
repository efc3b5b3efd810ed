/** Saves the shown traces as a pcapng capture (loaded on the first click, with the encoder). */
import { tracePcapng, tracesPcapng, PCAP_MIME } from '../../scenario/export/tracePcap';
import { wireFramesOf, wireFramesOfAll } from '../../scenario/export/wireFrames';
import { selectActiveTrace, selectNetwork, selectTraces } from '../../store/selectors';
import type { AppStore } from '../../store';

/** What was saved: the file's name and how many frames it holds (0: nothing was on a wire, no file). */
export interface PcapSaved {
  readonly name: string;
  readonly frames: number;
}

/** Hands a file to the browser's downloads. */
function save(bytes: Uint8Array, file: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([bytes as BlobPart], { type: PCAP_MIME }));
  a.download = file;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** Saves the active flow's trace, or every shown flow's, as one pcapng file. */
export function exportPcap(store: AppStore, which: 'active' | 'all'): PcapSaved {
  const state = store.getState();
  if (which === 'all') {
    const traces = selectTraces(state);
    const frames = wireFramesOfAll(traces).length;
    const name = 'pod-network-lab-all-flows.pcapng';
    if (frames > 0) save(tracesPcapng(traces, selectNetwork(state), state.scenario.cluster), name);
    return { name, frames };
  }
  const trace = selectActiveTrace(state);
  const frames = trace ? wireFramesOf(trace).length : 0;
  const name = `pod-network-lab-flow-${state.activeFlow + 1}.pcapng`;
  if (trace && frames > 0)
    save(tracePcapng(trace, selectNetwork(state), state.scenario.cluster), name);
  return { name, frames };
}
