/** Class names and colours of diagram shapes, shared by the SVG components and the legend. */
import type { DeviceKind } from '../../sim';
import type { Emphasis } from './useSelectable';

/** The outline of an element by emphasis; focus shows the same ring as selection. */
export function frameClass(emphasis: Emphasis): string {
  const base = 'group-focus-visible:stroke-indigo-600 group-focus-visible:stroke-[3]';
  if (emphasis === 'selected') return `${base} stroke-indigo-600 stroke-[3]`;
  if (emphasis === 'hovered') return `${base} stroke-indigo-400 stroke-2`;
  return base;
}

/** Fill and stroke of a device box by kind. */
export const DEVICE_CLASS: Record<DeviceKind, string> = {
  loopback: 'fill-slate-100 stroke-slate-400',
  'veth-pod': 'fill-sky-50 stroke-sky-600',
  'veth-host': 'fill-sky-50 stroke-sky-600',
  bridge: 'fill-emerald-50 stroke-emerald-700',
  nic: 'fill-amber-50 stroke-amber-700',
  vxlan: 'fill-violet-50 stroke-violet-700',
};

/** Colour of links between devices (veth cables, bridge bus, eth0 to the rail): neutral, so packets stand out. */
export const LINK_CLASS = 'stroke-slate-400';
/** Colour of a root namespace's rail (its IP stack between devices). */
export const RAIL_CLASS = 'stroke-slate-300';
/** Colour of the node network lines. */
export const WIRE_CLASS = 'stroke-slate-600';
/** The wire colours as hex (slate-400, slate-300, slate-600), which no packet colour may equal. */
export const WIRE_COLORS: readonly string[] = ['#90a1b9', '#cad5e2', '#45556c'];
/** Colour of ARP messages (squares: no IP packet inside), apart from every packet colour. */
export const ARP_COLOR = '#6d28d9';
/** Colour of a failure marker. */
export const MARK_COLOR = '#b91c1c';
