/** Packet colours: each flow its own hue for requests, and the next hue of the set for its replies (drawn as diamonds). */
import { flowColor } from '../controls/flowColors';

/** The outline every packet shape carries, so light hues read on the light canvas. */
export const PACKET_OUTLINE = '#0f172a';

/** The request and reply colours of flow i: two neighbours of the Okabe–Ito set, never alike. */
export function packetColors(i: number): readonly [string, string] {
  return [flowColor(i), flowColor(i + 1)];
}
