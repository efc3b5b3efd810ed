/**
 * The VXLAN outer UDP source port across legs: whether the reply is encapsulated with the request's
 * port or another, in the simulation and in the kernel. The port itself is the kernel's flow hash;
 * what the two must agree on is its relation between directions.
 */
import type { Row } from './compare';
import type { KernelRun } from './compare';
import { roleOf, type Crossing } from './crossings';

/** "same" when every encapsulated packet of both legs has one source port, "different" otherwise. */
function relation(request: ReadonlySet<number>, reply: ReadonlySet<number>): string {
  const all = new Set([...request, ...reply]);
  return all.size === 1 ? 'same both ways' : 'different by direction';
}

/** One row comparing the relation, when both sides encapsulate both legs; none otherwise. */
export function sourcePortRows(
  crossings: readonly Crossing[],
  kernel: KernelRun,
  service?: number | ReadonlySet<number>,
): Row[] {
  const sim = { request: new Set<number>(), reply: new Set<number>() };
  for (const c of crossings) if (c.headers.outer) sim[c.leg].add(c.headers.outer.udp.sport);
  const ker = { request: new Set<number>(), reply: new Set<number>() };
  for (const packets of kernel.captures.values())
    for (const p of packets) {
      const role = p.headers.outer ? roleOf(p.headers.l4, service) : null;
      if (role && p.headers.outer) ker[role].add(p.headers.outer.udp.sport);
    }
  if (sim.request.size === 0 || sim.reply.size === 0) return [];
  const kernelText =
    ker.request.size === 0 || ker.reply.size === 0
      ? 'not encapsulated both ways'
      : `${relation(ker.request, ker.reply)} (${[...ker.request].join(',')} / ${[...ker.reply].join(',')})`;
  const simText = relation(sim.request, sim.reply);
  return [
    {
      what: 'VXLAN source port, request vs reply',
      sim: simText,
      kernel: kernelText,
      ok: kernelText.startsWith(`${simText} (`),
    },
  ];
}
