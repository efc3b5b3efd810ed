// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../../src/scenario/defaultScenario';
import { createAppStore } from '../../../../src/store';
import { PlaybackBar } from '../../../../src/ui/controls/PlaybackBar';
import { SidePanel } from '../../../../src/ui/panels/SidePanel';
import { StoreContext } from '../../../../src/ui/storeContext';

afterEach(cleanup);

function mount() {
  const store = createAppStore({ scenario: defaultScenario, lang: 'en' });
  render(
    <StoreContext.Provider value={store}>
      <PlaybackBar />
      <SidePanel />
    </StoreContext.Provider>,
  );
  return store;
}

describe('the side panel', () => {
  it('invites the learner to send a first packet', () => {
    mount();
    expect(screen.getByRole('heading', { name: 'No packet yet' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Play' })).toHaveProperty('disabled', true);
  });

  it('sends the default packet with one click and lists its hops', async () => {
    const store = mount();
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(store.getState().flows).toEqual([defaultScenario.packets[0]]);
    expect(store.getState().playing).toBe(true);
    const rows = within(await screen.findByRole('table')).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(5);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
  });

  it('jumps to a hop from the event list and announces it', async () => {
    const store = mount();
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Go to hop 3' }));
    expect(store.getState().cursor).toBe(2);
    expect(store.getState().playing).toBe(false);
    expect(screen.getByText(/^Hop 3 of \d+$/)).toBeTruthy();
    expect(screen.getByTestId('hop-announcer').textContent).toMatch(/^Hop 3 of \d+, /);
  });

  it('shows an inline error for a mistyped address and does not send', () => {
    const store = mount();
    fireEvent.change(screen.getByLabelText('To'), { target: { value: 'ip' } });
    fireEvent.change(screen.getByLabelText('IP address'), { target: { value: '300.1.1.1' } });
    expect(screen.getByRole('alert').textContent).toMatch(/IPv4 address/);
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(store.getState().flows).toEqual([]);
  });

  it('plays all prepared traffic at once and lets the learner pick the packet to inspect', async () => {
    const store = mount();
    act(() => {
      store.getState().setFlows([...defaultScenario.packets, ...defaultScenario.packets]);
    });
    const picks = within(await screen.findByRole('region', { name: 'Packets shown' })).getAllByRole(
      'button',
    );
    expect(picks).toHaveLength(2);
    fireEvent.click(picks[1]!);
    expect(store.getState().activeFlow).toBe(1);
  });

  it('prefills the form from a selected container with "send from here"', async () => {
    const store = mount();
    act(() => store.getState().select('container:default/api/api'));
    fireEvent.click(await screen.findByRole('button', { name: 'Send from here' }));
    expect((screen.getByLabelText('From') as HTMLSelectElement).value).toBe(
      'container|default/api|api',
    );
    expect(screen.getByRole('region', { name: 'Listening sockets' }).textContent).toMatch(
      /TCP 8080/,
    );
  });
});
