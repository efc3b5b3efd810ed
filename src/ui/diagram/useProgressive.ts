/** Progressive drawing: the level each node is drawn at, catching up with the wanted one a frame's budget at a time, so no single frame mounts thousands of elements. */
import { useEffect, useState } from 'react';
import type { Box } from './geometry';
import type { NodeShape } from './layoutTypes';
import type { Level } from './lod';
import { nextShown } from './progressive';

const EMPTY: ReadonlyMap<string, Level> = new Map();

/** The level each of `nodes` is drawn at now (absent: not drawn yet). */
export function useProgressive(
  nodes: readonly NodeShape[],
  level: Level,
  rect: Box | null,
): ReadonlyMap<string, Level> {
  const [shown, setShown] = useState(() => nextShown(EMPTY, nodes, level, rect));
  useEffect(() => {
    if (nextShown(shown, nodes, level, rect) === shown) return;
    const frame = requestAnimationFrame(() => setShown((s) => nextShown(s, nodes, level, rect)));
    return () => cancelAnimationFrame(frame);
  }, [shown, nodes, level, rect]);
  return shown;
}
