// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../../src/scenario/defaultScenario';
import { createAppStore } from '../../../../src/store';
import { PlaybackBar } from '../../../../src/ui/controls/PlaybackBar';
import { SidePanel } from '../../../../src/ui/panels/SidePanel';
import { StoreContext } from '../../../../src/ui/storeContext';

afterEach(cleanup);

/** The side panel as a stacked screen shows it (tabs), with the playback bar. */
async function mountStacked() {
  const store = createAppStore({ scenario: defaultScenario, lang: 'en' });
  render(
    <StoreContext.Provider value={store}>
      <PlaybackBar />
      <SidePanel stacked />
    </StoreContext.Provider>,
  );
  await screen.findByRole('tablist', { name: 'Panels' });
  return store;
}

const tab = (name: string) => screen.getByRole('tab', { name });
const openPanel = () => screen.getByRole('tabpanel');

describe('the panels of a stacked screen', () => {
  it('are tabs named Send, Inspector and Events, Send open before the first packet', async () => {
    await mountStacked();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Send',
      'Inspector',
      'Events',
    ]);
    expect(tab('Send').getAttribute('aria-selected')).toBe('true');
    expect(openPanel().getAttribute('aria-labelledby')).toBe(tab('Send').id);
    expect(screen.getByRole('button', { name: 'Send' })).toBeTruthy();
  });

  it('open the inspector when a packet is sent, and focus follows from the hidden Send button to its tab', async () => {
    await mountStacked();
    const send = screen.getByRole('button', { name: 'Send' });
    send.focus();
    fireEvent.click(send);
    expect(tab('Inspector').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('Inspector'));
    expect(await screen.findByRole('region', { name: 'Inspector' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('move with the arrow keys, Home and End, without stepping the packet', async () => {
    const store = await mountStacked();
    act(() => store.getState().setFlows([defaultScenario.packets[0]!]));
    act(() => store.getState().setPlaying(false));
    const cursor = store.getState().cursor;
    fireEvent.keyDown(tab('Inspector'), { key: 'ArrowRight' });
    expect(tab('Events').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('Events'));
    expect(await screen.findByRole('table')).toBeTruthy();
    fireEvent.keyDown(tab('Events'), { key: 'ArrowRight' });
    expect(tab('Send').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('Send'), { key: 'End' });
    expect(tab('Events').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('Events'), { key: 'Home' });
    expect(tab('Send').getAttribute('aria-selected')).toBe('true');
    expect(store.getState().cursor).toBe(cursor);
  });

  it('add a Details tab, opened, when the learner selects an element of the diagram, and drop it when nothing is selected', async () => {
    const store = await mountStacked();
    act(() => store.getState().select('container:default/api/api'));
    expect(tab('Details').getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByRole('button', { name: 'Send from here' })).toBeTruthy();
    act(() => store.getState().select(null));
    expect(screen.queryByRole('tab', { name: 'Details' })).toBeNull();
    expect(tab('Send').getAttribute('aria-selected')).toBe('true');
  });

  it('keep one polite announcer outside the tabs, so hops are heard whichever tab is open', async () => {
    const store = await mountStacked();
    act(() => store.getState().setFlows([defaultScenario.packets[0]!]));
    act(() => store.getState().setCursor(2));
    fireEvent.click(tab('Send'));
    const announcers = screen.getAllByTestId('hop-announcer');
    expect(announcers).toHaveLength(1);
    expect(announcers[0]!.closest('[role="tabpanel"]')).toBeNull();
    expect(announcers[0]!.textContent).toMatch(/^Hop 3 of \d+, /);
  });
});
