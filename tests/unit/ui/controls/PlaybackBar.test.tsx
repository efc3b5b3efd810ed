// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEnglishRest } from '../../../../src/i18n/catalog';
import { defaultScenario } from '../../../../src/scenario/defaultScenario';
import type { PacketRequest, PodId } from '../../../../src/sim';
import { createAppStore } from '../../../../src/store';
import { PlaybackBar } from '../../../../src/ui/controls/PlaybackBar';
import { StoreContext } from '../../../../src/ui/storeContext';

afterEach(cleanup);

/** Shared memory from nginx in default/web to the api container of another pod: impossible, no hop. */
const shmAcrossPods: PacketRequest = {
  from: { kind: 'container', pod: 'default/web' as PodId, container: 'nginx' },
  to: { kind: 'container', pod: 'default/api' as PodId, container: 'api' },
  protocol: 'SHM',
};

async function mount(flows: readonly PacketRequest[]) {
  await loadEnglishRest();
  const store = createAppStore({ scenario: defaultScenario, lang: 'en' });
  act(() => store.getState().setFlows(flows));
  act(() => store.getState().setPlaying(false));
  render(
    <StoreContext.Provider value={store}>
      <PlaybackBar />
    </StoreContext.Provider>,
  );
  return store;
}

const bar = () => screen.getByRole('region', { name: 'Playback' });

describe('the playback bar', () => {
  it('says there is no packet yet before the first one', async () => {
    await mount([]);
    expect(bar().textContent).toMatch(/^No packet yet/);
  });

  it('names the outcome of a packet that ended before its first hop, with the reason in text', async () => {
    await mount([shmAcrossPods]);
    expect(bar().textContent).not.toMatch(/No packet yet/);
    // the badge loads with the English messages of the trace (lazily)
    const outcome = await waitFor(() => {
      const el = bar().querySelector('[data-outcome]');
      if (!el) throw new Error('no outcome yet');
      return el;
    });
    expect(outcome?.getAttribute('data-outcome')).toBe('impossible');
    expect(outcome?.textContent).toMatch(
      /^Outcome: Impossible.*default\/web and default\/api are different pods/,
    );
    expect(outcome?.getAttribute('title')).toMatch(/each with its own IPC namespace/);
    expect(screen.getByRole('slider', { name: 'Hop' }).getAttribute('aria-valuetext')).toBe(
      'Impossible',
    );
  });

  it('names how a packet ended once playback reaches its last hop, not before', async () => {
    const store = await mount([defaultScenario.packets[0]!]);
    expect(bar().querySelector('[data-outcome]')).toBeNull();
    act(() => store.getState().toEnd());
    const outcome = await waitFor(() => {
      const el = bar().querySelector('[data-outcome]');
      if (!el) throw new Error('no outcome yet');
      return el;
    });
    expect(outcome?.getAttribute('data-outcome')).toBe('delivered');
    expect(outcome?.textContent).toMatch(/^Outcome: Delivered/);
    expect(screen.getByText(/^Hop (\d+) of \1$/)).toBeTruthy();
  });
});
