// @vitest-environment jsdom
/** The cluster drawing's level of detail and culling, as the DOM shows them. */
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTranslate } from '../../../../src/i18n';
import { en } from '../../../../src/i18n/en';
import { defaultScenario } from '../../../../src/scenario/defaultScenario';
import { buildNetwork } from '../../../../src/sim';
import { createAppStore } from '../../../../src/store';
import { ClusterDrawing } from '../../../../src/ui/diagram/ClusterDrawing';
import { box, type Box } from '../../../../src/ui/diagram/geometry';
import { layoutCluster } from '../../../../src/ui/diagram/layout';
import type { Level } from '../../../../src/ui/diagram/lod';
import { StoreContext } from '../../../../src/ui/storeContext';
import { bigCluster } from './fixtures';

const t = makeTranslate(en);
const cluster = bigCluster(12, 240);
const layout = layoutCluster(cluster, buildNetwork(cluster), 4);

function draw(detail: Level, rect: Box | null = null, touched: ReadonlySet<string> = new Set()) {
  const store = createAppStore({ scenario: defaultScenario, lang: 'en' });
  return render(
    <StoreContext.Provider value={store}>
      <svg>
        <ClusterDrawing layout={layout} detail={detail} rect={rect} touched={touched} t={t} />
      </svg>
    </StoreContext.Provider>,
  ).container;
}

afterEach(cleanup);

describe('the cluster drawing at a distance', () => {
  it('collapses each node into a summary with its name, addresses and pod count, and no pods', async () => {
    const svg = draw('nodes');
    // the summary view loads with the first cluster big enough to collapse
    await waitFor(() => expect(svg.querySelectorAll('[data-summary="true"]')).toHaveLength(12));
    expect(svg.querySelectorAll('[data-pod-id]')).toHaveLength(0);
    const n0 = svg.querySelector('[data-node="n0"]');
    expect(n0?.textContent).toContain('node n0');
    expect(n0?.textContent).toContain('eth0 192.168.0.11 · pods 10.244.1.0/24');
    expect(n0?.textContent).toContain('20 pods');
  });

  it('keeps the pods a shown packet touches inside their summaries', async () => {
    const svg = draw('nodes', null, new Set(['default/p0', 'default/p13']));
    await waitFor(() => expect(svg.querySelectorAll('[data-summary="true"]')).toHaveLength(12));
    const kept = [...svg.querySelectorAll('[data-pod-id]')].map((e) =>
      e.getAttribute('data-pod-id'),
    );
    expect(kept.sort()).toEqual(['default/p0', 'default/p13']);
  });

  it('draws only the nodes and pods that meet the drawn rectangle', () => {
    const first = layout.nodes[0];
    if (!first) throw new Error('no node');
    const pod = first.pods[0];
    if (!pod) throw new Error('no pod');
    // A rectangle around node n0's first pod only.
    const svg = draw('full', box(pod.box.x, pod.box.y, pod.box.w, pod.box.h));
    expect(
      [...svg.querySelectorAll('[data-node]')].map((e) => e.getAttribute('data-node')),
    ).toEqual(['n0']);
    expect(
      [...svg.querySelectorAll('[data-pod-id]')].map((e) => e.getAttribute('data-pod-id')),
    ).toEqual(['default/p0']);
  });
});
