/** Packet colours: each flow its own hue (shared with the panels), replies a darker shade of it. */
import { interpolateRgb } from 'd3-interpolate';
import { flowColor } from '../controls/flowColors';

/** The request and reply colours of flow i. */
export function packetColors(i: number): readonly [string, string] {
  const base = flowColor(i);
  return [base, interpolateRgb(base, '#0f172a')(0.45)];
}
