import { describe, expect, it } from 'vitest';
import { buildNetwork, type ClusterSpec } from '../../../../src/sim';
import type { Box } from '../../../../src/ui/diagram/geometry';
import { layoutCluster } from '../../../../src/ui/diagram/layout';
import type { DiagramLayout } from '../../../../src/ui/diagram/layoutTypes';
import { placeGhost } from '../../../../src/ui/cni/ghostPlace';
import { bigCluster, twoNodes } from '../diagram/fixtures';

const meets = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The cluster before and after a pod is deleted, laid out in `cols` node columns, and the ghost placed. */
function deleting(cluster: ClusterSpec, pod: string, cols: number) {
  const was = layoutCluster(cluster, buildNetwork(cluster), cols);
  const after = { ...cluster, pods: cluster.pods.filter((p) => p.name !== pod) };
  const now: DiagramLayout = layoutCluster(after, buildNetwork(after), cols);
  const oldNode = was.nodes.find((n) => n.pods.some((p) => p.name === pod));
  const old = oldNode?.pods.find((p) => p.name === pod);
  const node = now.nodes.find((n) => n.name === oldNode?.name);
  if (!old || !oldNode || !node) throw new Error('pod missing');
  return { now, node, ghost: placeGhost(old, oldNode, node, now) };
}

/** Every box drawn for the remaining pods. */
const podBoxes = (l: DiagramLayout) =>
  l.nodes.flatMap((n) => n.pods.flatMap((p) => [p.box, ...(p.vethHost ? [p.vethHost.box] : [])]));

describe('the ghost of a pod being deleted', () => {
  it('goes after the last pod left on its node when it was not the last: web leaves node1 and cache moves into its place', () => {
    const { now, node, ghost } = deleting(twoNodes, 'web', 2);
    const cache = node.pods.find((p) => p.name === 'cache');
    // web (two containers) is drawn as tall as cache's row (one), its host veth on the row's bus.
    expect(ghost.pod.box.h).toBeCloseTo(cache?.box.h ?? 0);
    expect(ghost.bus?.y).toBe(node.buses[0]?.y);
    expect(ghost.bus?.x1).toBe(node.buses[0]?.x2);
    expect(ghost.pod.box.x).toBe((cache?.box.x ?? 0) + 210 + 24);
    expect(ghost.pod.box.y).toBe(cache?.box.y);
    for (const b of podBoxes(now)) expect(meets(ghost.pod.box, b)).toBe(false);
  });

  it('stays where it was when it was its node’s only pod', () => {
    const { node, ghost } = deleting(twoNodes, 'api', 2);
    expect(node.pods).toHaveLength(0);
    expect(ghost.pod.box.x).toBe(node.box.x + 40);
    expect(ghost.scale).toBe(1);
  });

  it('is drawn smaller rather than over the next node when its row is full', () => {
    // Three pods on each of two nodes side by side: deleting n0's first leaves a full row.
    const { now, node, ghost } = deleting(bigCluster(2, 6), 'p0', 2);
    const other = now.nodes.find((n) => n !== node);
    if (!other) throw new Error('one node');
    expect(meets(ghost.pod.box, other.box)).toBe(false);
    for (const b of podBoxes(now)) expect(meets(ghost.pod.box, b)).toBe(false);
    expect(ghost.scale).toBeLessThan(1);
    expect(ghost.scale).toBeGreaterThanOrEqual(0.6);
  });
});
