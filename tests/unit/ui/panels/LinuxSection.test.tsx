// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadEnglishRest } from '../../../../src/i18n';
import { defaultScenario } from '../../../../src/scenario/defaultScenario';
import { buildNetwork, type NetnsId } from '../../../../src/sim';
import { createAppStore } from '../../../../src/store';
import { LinuxSection } from '../../../../src/ui/panels/LinuxSection';
import { StoreContext } from '../../../../src/ui/storeContext';

beforeAll(() => loadEnglishRest());
afterEach(cleanup);

function mount(netns: string) {
  const store = createAppStore({ scenario: defaultScenario, lang: 'en' });
  const network = buildNetwork(defaultScenario.cluster);
  render(
    <StoreContext.Provider value={store}>
      <LinuxSection network={network} netns={netns as NetnsId} />
    </StoreContext.Provider>,
  );
}

describe("the inspector's Linux section", () => {
  it('shows, once opened, each command of a pod with what it prints', async () => {
    mount('pod:default/web');
    const summary = screen.getByText('On a real node');
    fireEvent.click(summary);
    const details = summary.closest('details');
    if (!details) throw new Error('no details');
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(await screen.findByText('ip -br addr')).toBeTruthy();
    expect(screen.getByText('ip route')).toBeTruthy();
    expect(screen.getByText('ip neigh')).toBeTruthy();
    expect(screen.getByText('ss -ltn')).toBeTruthy();
    expect(screen.queryByText('bridge fdb show br cni0')).toBeNull();
    expect(screen.getByText('(prints nothing)')).toBeTruthy();
  });

  it('copies a command with its output and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    mount('node:node1');
    const details = screen.getByText('On a real node').closest('details');
    if (!details) throw new Error('no details');
    details.open = true;
    fireEvent(details, new Event('toggle'));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Copy ip route and what it prints' }),
    );
    expect(await screen.findByText('Copied ip route and what it prints.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^\$ ip route\ndefault via /));
  });
});
