/** Shared memory between containers (C10): one IPC namespace per pod, so it works inside a pod and never across pods. */
import { ex } from './explain';
import type { Destination, Sender } from './endpoints';
import type { NetIndex } from '../model/topology';
import type { Explanation, Hop, OutcomeKind } from './traceTypes';

/** The result of an IPC request: its hops and outcome. */
export interface IpcResult {
  readonly hops: Hop[];
  readonly outcome: OutcomeKind;
  readonly reason: Explanation;
}

/** Traces an IPC message from a container to a container of a pod. */
export function traceIpc(idx: NetIndex, from: Sender, to: Destination): IpcResult {
  if (from.pod === undefined || to.pod === undefined)
    return { hops: [], outcome: 'impossible', reason: ex('sim.outcome.ipcNeedsPods') };
  if (from.pod !== to.pod)
    return {
      hops: [],
      outcome: 'impossible',
      reason: ex('sim.outcome.ipcAcrossPods', { from: from.pod, to: to.pod }),
    };
  const pod = idx.pods.get(from.pod);
  const other = pod?.spec.containers.find((c) => c.name !== from.container)?.name;
  const target = to.container ?? other ?? from.container;
  const name = `/dev/shm/${pod?.spec.name ?? 'pod'}`;
  const hop: Hop = {
    index: 0,
    leg: 'request',
    node: pod?.net.node ?? '',
    netns: pod?.net.netns ?? from.netns,
    container: from.container,
    action: 'ipc',
    explain: ex('sim.hop.ipc', { from: from.container, to: target, name }),
    headers: { ipc: { mechanism: 'posix-shm', name } },
    changes: [],
  };
  return {
    hops: [hop],
    outcome: 'delivered',
    reason: ex('sim.outcome.deliveredIpc', { from: from.container, to: target }),
  };
}
