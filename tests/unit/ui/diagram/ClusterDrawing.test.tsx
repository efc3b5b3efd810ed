// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTranslate } from '../../../../src/i18n';
import { en } from '../../../../src/i18n/en';
import { defaultScenario } from '../../../../src/scenario/defaultScenario';
import { buildNetwork } from '../../../../src/sim';
import { createAppStore } from '../../../../src/store';
import { ClusterDrawing } from '../../../../src/ui/diagram/ClusterDrawing';
import { layoutCluster } from '../../../../src/ui/diagram/layout';
import type { Detail } from '../../../../src/ui/diagram/lod';
import { StoreContext } from '../../../../src/ui/storeContext';

const t = makeTranslate(en);
const cluster = defaultScenario.cluster;
const layout = layoutCluster(cluster, buildNetwork(cluster));

function draw(detail: Detail) {
  const store = createAppStore({ scenario: defaultScenario, lang: 'en' });
  const view = render(
    <StoreContext.Provider value={store}>
      <svg>
        <ClusterDrawing layout={layout} detail={detail} t={t} />
      </svg>
    </StoreContext.Provider>,
  );
  return { store, view };
}

afterEach(cleanup);

describe('the cluster drawing', () => {
  it('draws every device of the cluster with its DeviceId as DOM id (the outside hosts are drawn by the extras)', () => {
    const { view } = draw('full');
    for (const [id, d] of buildNetwork(cluster).devices) {
      if (d.netns.startsWith('outside:')) continue;
      expect(view.container.querySelector(`[id="${id}"]`), id).not.toBeNull();
    }
  });

  it('shows containers when detailed and only pod chips with name and IP when summarised', () => {
    draw('full');
    expect(screen.getByRole('button', { name: /^Container nginx/ })).toBeTruthy();
    cleanup();
    draw('summary');
    expect(screen.queryByRole('button', { name: /^Container nginx/ })).toBeNull();
    expect(screen.getByRole('button', { name: /^Pod web, IP 10\.244\.1\.2/ })).toBeTruthy();
  });

  it('selects an element on click and marks it pressed; clicking again clears the selection', () => {
    const { store } = draw('full');
    const eth0 = screen.getByRole('button', { name: /^eth0, .* of web/ });
    act(() => void fireEvent.click(eth0));
    expect(store.getState().selected).toBe('pod:default/web#eth0');
    expect(eth0.getAttribute('aria-pressed')).toBe('true');
    act(() => void fireEvent.click(eth0));
    expect(store.getState().selected).toBeNull();
  });

  it('sets hovered while the pointer is over an element', () => {
    const { store } = draw('full');
    const node = screen.getByRole('button', { name: /^Node node2/ });
    act(() => void fireEvent.pointerOver(node));
    expect(store.getState().hovered).toBe('node:node2');
    act(() => void fireEvent.pointerOut(node));
    expect(store.getState().hovered).toBeNull();
  });
});
