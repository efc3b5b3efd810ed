// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../../src/scenario/defaultScenario';
import type { PacketRequest } from '../../../../src/sim';
import { createAppStore } from '../../../../src/store';
import { FLOWS_LISTED, listedFlows } from '../../../../src/ui/panels/FlowPicker';
import { SidePanel } from '../../../../src/ui/panels/SidePanel';
import { StoreContext } from '../../../../src/ui/storeContext';

afterEach(cleanup);

const many = (n: number): PacketRequest[] =>
  Array.from({ length: n }, () => defaultScenario.packets[0] as PacketRequest);

function mount(n: number) {
  const store = createAppStore({ scenario: defaultScenario, lang: 'en' });
  render(
    <StoreContext.Provider value={store}>
      <SidePanel />
    </StoreContext.Provider>,
  );
  act(() => store.getState().setFlows(many(n)));
  return store;
}

describe('the list of packets shown', () => {
  it('lists the first few of many packets and says how many more there are', async () => {
    mount(1000);
    const region = await screen.findByRole('region', { name: 'Packets shown' });
    expect(within(region).getAllByRole('button', { pressed: false })).toHaveLength(
      FLOWS_LISTED - 1,
    );
    expect(within(region).getByRole('button', { name: `Show ${1000 - FLOWS_LISTED} more` }));
  });

  it('"show more" lists every packet, in a scrolling box', async () => {
    const store = mount(30);
    const region = await screen.findByRole('region', { name: 'Packets shown' });
    fireEvent.click(within(region).getByRole('button', { name: `Show ${30 - FLOWS_LISTED} more` }));
    const picks = within(region).getAllByRole('button');
    expect(picks).toHaveLength(30);
    fireEvent.click(picks[29]!);
    expect(store.getState().activeFlow).toBe(29);
  });

  it('the active packet stays listed even when it lies beyond the first few', () => {
    expect(listedFlows(100, 50, false)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 50]);
    expect(listedFlows(3, 1, false)).toEqual([0, 1, 2]);
  });

  it('moving the cursor does not rebuild the list', async () => {
    const store = mount(20);
    const region = await screen.findByRole('region', { name: 'Packets shown' });
    const first = within(region).getAllByRole('button')[0];
    act(() => store.getState().stepForward());
    expect(within(region).getAllByRole('button')[0]).toBe(first);
  });
});
