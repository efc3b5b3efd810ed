/** Reads a diagram selection id (see ui/diagram/ids.ts) into what it points at. */
import type { DeviceId, PodId } from '../../sim';

/** What a selection id refers to. */
export type Selection =
  | { readonly kind: 'device'; readonly id: DeviceId }
  | { readonly kind: 'pod'; readonly pod: PodId }
  | { readonly kind: 'sandbox'; readonly pod: PodId }
  | { readonly kind: 'container'; readonly pod: PodId; readonly container: string }
  | { readonly kind: 'node'; readonly node: string }
  | { readonly kind: 'kubelet'; readonly node: string };

/** Parses "pod:ns/name", "sandbox:ns/name", "container:ns/pod/c", "node:n", "kubelet:n" or a device id "<netns>#<dev>". */
export function parseSelection(id: string | null): Selection | null {
  if (!id) return null;
  if (id.includes('#')) return { kind: 'device', id: id as DeviceId };
  const colon = id.indexOf(':');
  if (colon < 0) return null;
  const kind = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  if (kind === 'pod' || kind === 'sandbox') return { kind, pod: rest as PodId };
  if (kind === 'node' || kind === 'kubelet') return { kind, node: rest };
  if (kind === 'container') {
    const slash = rest.lastIndexOf('/');
    if (slash <= 0) return null;
    return { kind, pod: rest.slice(0, slash) as PodId, container: rest.slice(slash + 1) };
  }
  return null;
}
