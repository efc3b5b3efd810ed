// @vitest-environment jsdom
/** The cluster drawing under a zoom: its text keeps its geometry, and only the uplinks of nodes near the view are drawn. */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTranslate } from '../../../../src/i18n';
import { en } from '../../../../src/i18n/en';
import { defaultScenario } from '../../../../src/scenario/defaultScenario';
import { buildNetwork } from '../../../../src/sim';
import { createAppStore } from '../../../../src/store';
import { ClusterDrawing } from '../../../../src/ui/diagram/ClusterDrawing';
import { box, type Box } from '../../../../src/ui/diagram/geometry';
import { layoutCluster } from '../../../../src/ui/diagram/layout';
import { StoreContext } from '../../../../src/ui/storeContext';
import { bigCluster } from './fixtures';

const t = makeTranslate(en);
const cluster = bigCluster(12, 240);
const layout = layoutCluster(cluster, buildNetwork(cluster), 4);

function draw(rect: Box | null) {
  const store = createAppStore({ scenario: defaultScenario, lang: 'en' });
  return render(
    <StoreContext.Provider value={store}>
      <svg>
        <ClusterDrawing layout={layout} detail="full" rect={rect} t={t} />
      </svg>
    </StoreContext.Provider>,
  ).container;
}

/** The uplinks drawn: the node network's lines 3 wide. */
const uplinks = (svg: Element) =>
  svg.querySelectorAll('[data-testid="node-network"] line[stroke-width="3"]');

afterEach(cleanup);

describe('the cluster drawing under a zoom', () => {
  it('lays its text out at the model size (geometricPrecision), so scaling the view re-shapes no label', () => {
    const root = draw(null).querySelector('svg > g');
    expect(root?.getAttribute('text-rendering')).toBe('geometricPrecision');
  });

  it('draws every node’s uplink when nothing is culled', () => {
    expect(uplinks(draw(null))).toHaveLength(12);
  });

  it('draws only the uplink of the node the drawn rectangle meets', () => {
    const n5 = layout.nodes[5];
    if (!n5) throw new Error('no node 5');
    const svg = draw(box(n5.box.x + 10, n5.box.y + 10, 20, 20));
    const drawn = [...uplinks(svg)].map((l) => Number(l.getAttribute('x1')));
    expect(drawn).toEqual([layout.uplinks[5]?.x]);
  });
});
