/** The listening processes of a namespace: one python3 that binds each container's ports with plain bind(). */
import type { Network } from '../../src/sim/model/networkTypes';
import type { NetnsId } from '../../src/sim/model/types';
import type { BindGroup } from '../../src/scenario/export/recipeServers';

/** What happened to one bind: "<pod>/<container> TCP/80 ok" or "... EADDRINUSE". */
export interface BindResult {
  /** "<pod id>|<container>" (pod empty for daemons). */
  readonly who: string;
  /** "TCP/80". */
  readonly socket: string;
  /** ok, or the errno name. */
  readonly result: string;
}

/** The listener program (plain bind(), no SO_REUSEPORT): the one the shell recipe prints too. */
export { LISTEN_PY as BINDER_PY } from '../../src/scenario/export/recipePrograms';
/** Who binds which ports in a namespace: the same groups the recipe starts. */
export { bindGroupsOf, type BindGroup } from '../../src/scenario/export/recipeServers';

/** Parses the binder's stderr into bind results. */
export function parseBindOutput(text: string): BindResult[] {
  return text.split('\n').flatMap((line) => {
    const parts = line.trim().split(/\s+/);
    if (parts[0] !== 'BIND') return [];
    // "BIND <pod> <container> <socket> <result>", pod possibly empty (then 4 fields)
    const [pod, container, socket, result] =
      parts.length >= 5 ? parts.slice(1, 5) : ['', ...parts.slice(1, 4)];
    return [{ who: `${pod ?? ''}|${container ?? ''}`, socket: socket ?? '', result: result ?? '' }];
  });
}

/** What the simulation expects from the same binds: ok for its sockets, EADDRINUSE for its start failures. */
export function expectedBinds(
  network: Network,
  groups: readonly BindGroup[],
  netns: NetnsId,
): BindResult[] {
  const ns = network.netns.get(netns);
  const out: BindResult[] = [];
  for (const g of groups) {
    const who = `${g.pod ?? ''}|${g.container}`;
    const failure = network.pods
      .flatMap((p) => p.failures)
      .find((f) => f.pod === g.pod && f.container === g.container);
    for (const p of g.ports) {
      const socket = `${p.protocol}/${p.port}`;
      if (failure && failure.port === p.port && failure.protocol === p.protocol) {
        out.push({ who, socket, result: 'EADDRINUSE' });
        break;
      }
      const held = ns?.sockets.some(
        (s) =>
          s.port === p.port &&
          s.protocol === p.protocol &&
          s.container === g.container &&
          (s.pod ?? '') === (g.pod ?? ''),
      );
      out.push({ who, socket, result: held || failure ? 'ok' : 'not bound' });
    }
  }
  return out;
}
