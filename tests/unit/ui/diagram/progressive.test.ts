/** Progressive drawing: nodes reach the wanted level a frame's budget at a time, nearest the view's centre first. */
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../../../src/sim';
import { box } from '../../../../src/ui/diagram/geometry';
import { layoutCluster } from '../../../../src/ui/diagram/layout';
import type { Level } from '../../../../src/ui/diagram/lod';
import { nextShown, nodeCost } from '../../../../src/ui/diagram/progressive';
import { bigCluster } from './fixtures';

const cluster = bigCluster(16, 320);
const nodes = layoutCluster(cluster, buildNetwork(cluster), 4).nodes;
const none: ReadonlyMap<string, Level> = new Map();

describe('progressive drawing', () => {
  it('a full node of 20 pods costs 61, a chip node 21 and a summary 1', () => {
    const n = nodes[0];
    if (!n) throw new Error('no node');
    expect(nodeCost(n, 'full')).toBe(61);
    expect(nodeCost(n, 'summary')).toBe(21);
    expect(nodeCost(n, 'nodes')).toBe(1);
  });

  it('draws full nodes within the budget, the one nearest the centre first', () => {
    const centre = nodes[5];
    if (!centre) throw new Error('no node');
    const around = box(centre.box.x, centre.box.y, centre.box.w, centre.box.h);
    const first = nextShown(none, nodes, 'full', around, 130);
    expect(first.size).toBe(2);
    expect(first.get(centre.id)).toBe('full');
  });

  it('brings every node to the level over a few frames, then stops changing', () => {
    let shown = none;
    let frames = 0;
    for (; frames < 20; frames++) {
      const next = nextShown(shown, nodes, 'full', null, 240);
      if (next === shown) break;
      shown = next;
    }
    expect(shown.size).toBe(16);
    expect([...shown.values()].every((l) => l === 'full')).toBe(true);
    // Three full nodes (183) fit a budget of 240, four (244) do not: 16 nodes take six frames.
    expect(frames).toBe(6);
  });

  it('summaries are cheap: all 16 nodes in one frame', () => {
    expect(nextShown(none, nodes, 'nodes', null).size).toBe(16);
  });

  it('drops nodes no longer wanted at once', () => {
    const all = nextShown(none, nodes, 'nodes', null);
    const fewer = nextShown(all, nodes.slice(0, 3), 'nodes', null);
    expect([...fewer.keys()]).toEqual(nodes.slice(0, 3).map((n) => n.id));
  });
});
