// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTranslate } from '../../../../src/i18n';
import { en } from '../../../../src/i18n/en';
import { presetById } from '../../../../src/scenario/presets';
import { buildNetwork } from '../../../../src/sim';
import { createAppStore } from '../../../../src/store';
import { ClusterDrawing } from '../../../../src/ui/diagram/ClusterDrawing';
import { layoutCluster } from '../../../../src/ui/diagram/layout';
import { StoreContext } from '../../../../src/ui/storeContext';

const t = makeTranslate(en);
afterEach(cleanup);

function draw(id: string) {
  const preset = presetById(id);
  if (!preset) throw new Error(id);
  const { scenario } = preset;
  const layout = layoutCluster(scenario.cluster, buildNetwork(scenario.cluster));
  const store = createAppStore({ scenario, lang: 'en' });
  return render(
    <StoreContext.Provider value={store}>
      <svg>
        <ClusterDrawing layout={layout} detail="full" t={t} />
      </svg>
    </StoreContext.Provider>,
  );
}

describe("a container's ports beside its name", () => {
  it('are counted past the first ones that fit when the pod is too narrow for all (CoreDNS: 53/UDP, 53/TCP, 9153/TCP)', () => {
    draw('dns-service');
    const coredns = screen.getByRole('button', {
      name: /^Container coredns.*53\/UDP, 53\/TCP, 9153\/TCP/,
    });
    const texts = [...coredns.querySelectorAll('text')].map((e) => e.textContent);
    expect(texts).toEqual(['coredns', '53/UDP, 53/TCP +1']);
  });

  it('are all shown when they fit', () => {
    draw('dns-service');
    const api = screen.getByRole('button', { name: /^Container api/ });
    expect([...api.querySelectorAll('text')].map((e) => e.textContent)).toEqual([
      'api',
      '8080/TCP',
    ]);
  });
});
