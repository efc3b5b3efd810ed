/** The port space of a namespace (C5): binding container ports in start order, EADDRINUSE, socket lookup. */
import type { Socket, StartFailure } from './networkTypes';
import type { ContainerSpec, ListenProtocol, PodId } from './types';

/** The kubelet's own listening port in every node's root namespace. */
export const KUBELET_PORT = 10250;

/** The lookup key of a socket: protocol and port (TCP and UDP are separate port spaces). */
export function socketKey(protocol: ListenProtocol, port: number): string {
  return `${protocol}/${port}`;
}

/** A namespace's port space while containers start. */
export class PortSpace {
  /** Bound sockets by key, in bind order. */
  readonly sockets = new Map<string, Socket>();

  /** Binds a daemon's socket that is not a pod's (the kubelet's). */
  bindDaemon(container: string, protocol: ListenProtocol, port: number): void {
    this.sockets.set(socketKey(protocol, port), { protocol, port, container });
  }

  /**
   * Starts one container: binds each of its ports in order. On the first port already bound (by
   * another container or by itself) the container fails and none of its sockets is kept.
   */
  start(pod: PodId, c: ContainerSpec): StartFailure | undefined {
    const mine = new Map<string, Socket>();
    for (const p of c.ports) {
      const key = socketKey(p.protocol, p.port);
      const held = this.sockets.get(key) ?? mine.get(key);
      if (held) {
        const f = { pod, container: c.name, port: p.port, protocol: p.protocol };
        return held.pod !== undefined && held.pod !== pod
          ? { ...f, heldBy: held.container, heldByPod: held.pod }
          : { ...f, heldBy: held.container };
      }
      mine.set(key, { protocol: p.protocol, port: p.port, pod, container: c.name });
    }
    for (const [k, s] of mine) this.sockets.set(k, s);
    return undefined;
  }
}

/** First and count of the ephemeral ports Linux gives clients (32768–60999). */
const EPHEMERAL_LOW = 32768;
const EPHEMERAL_COUNT = 28232;

/** A deterministic ephemeral client port (32768–60999) from a hash of the flow. */
export function ephemeralPort(hash: number): number {
  return EPHEMERAL_LOW + (hash % EPHEMERAL_COUNT);
}
