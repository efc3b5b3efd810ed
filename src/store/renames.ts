/** Renames: how an edit renamed or removed pods, containers and nodes, and packets following them (no validator, no edit code). */
import type { Endpoint, PacketRequest, PodId, Target } from '../sim';

/** What an edit did to the names packets refer to, so prepared packets and shown flows can follow. */
export interface Renames {
  /** Old pod id → new pod id, or null when the pod is gone. */
  readonly pods: ReadonlyMap<string, string | null>;
  /** "podId/container" → new container name, or null when the container is gone. */
  readonly containers: ReadonlyMap<string, string | null>;
  /** Old node name → new name, or null when the node is gone. */
  readonly nodes: ReadonlyMap<string, string | null>;
}

/** Rewrites a pod id through the renames: the new id, the same id, or null when the pod is gone. */
function mapPod(r: Renames, pod: PodId): PodId | null {
  if (!r.pods.has(pod)) return pod;
  const to = r.pods.get(pod);
  return to == null ? null : (to as PodId);
}

/** Rewrites a container reference; null when its pod or the container itself is gone. */
function mapContainer(
  r: Renames,
  pod: PodId,
  container: string,
): { pod: PodId; container: string } | null {
  const key = `${pod}/${container}`;
  let name = container;
  if (r.containers.has(key)) {
    const to = r.containers.get(key);
    if (to == null) return null;
    name = to;
  }
  const p = mapPod(r, pod);
  return p === null ? null : { pod: p, container: name };
}

/** Rewrites a node name; null when the node is gone. */
function mapNode(r: Renames, node: string): string | null {
  if (!r.nodes.has(node)) return node;
  return r.nodes.get(node) ?? null;
}

/** Rewrites an endpoint through the renames. */
function mapEndpoint(r: Renames, e: Endpoint): Endpoint | null {
  if (e.kind === 'container') {
    const c = mapContainer(r, e.pod, e.container);
    return c && { kind: 'container', pod: c.pod, container: c.container };
  }
  if (e.kind === 'external') return e;
  const node = mapNode(r, e.node);
  return node === null ? null : { ...e, node };
}

/** Rewrites a target through the renames. */
function mapTarget(r: Renames, t: Target): Target | null {
  switch (t.kind) {
    case 'pod': {
      const pod = mapPod(r, t.pod);
      return pod && { kind: 'pod', pod };
    }
    case 'container': {
      const c = mapContainer(r, t.pod, t.container);
      return c && { kind: 'container', pod: c.pod, container: c.container };
    }
    case 'node': {
      const node = mapNode(r, t.node);
      return node === null ? null : { kind: 'node', node };
    }
    case 'nodeport': {
      const node = mapNode(r, t.node);
      return node === null ? null : { ...t, node };
    }
    default:
      return t;
  }
}

/** A packet after the renames, or null when it refers to something removed. */
export function remapRequest(r: Renames, req: PacketRequest): PacketRequest | null {
  const from = mapEndpoint(r, req.from);
  const to = mapTarget(r, req.to);
  if (!from || !to) return null;
  if (from === req.from && to === req.to) return req;
  return { ...req, from, to };
}

/** Applies renames to a list of packets, dropping the ones that lost their endpoint. */
export function remapRequests(r: Renames, reqs: readonly PacketRequest[]): PacketRequest[] {
  return reqs.flatMap((q) => {
    const m = remapRequest(r, q);
    return m ? [m] : [];
  });
}
