// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadEnglishRest } from '../../../../src/i18n/catalog';
import { defaultScenario } from '../../../../src/scenario/defaultScenario';
import { PRESETS } from '../../../../src/scenario/presets';
import type { Scenario } from '../../../../src/scenario/types';
import { parseScenario } from '../../../../src/scenario/validate';
import { createAppStore, type AppStore } from '../../../../src/store';
import { PlaybackBar } from '../../../../src/ui/controls/PlaybackBar';
import { SidePanel } from '../../../../src/ui/panels/SidePanel';
import { StoreContext } from '../../../../src/ui/storeContext';

afterEach(cleanup);
beforeAll(() => loadEnglishRest());

const preset = (id: string): Scenario => {
  const p = PRESETS.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p.scenario;
};

function mount(): AppStore {
  const store = createAppStore({ scenario: defaultScenario, lang: 'en' });
  render(
    <StoreContext.Provider value={store}>
      <PlaybackBar />
      <SidePanel />
    </StoreContext.Provider>,
  );
  return store;
}

const field = (name: RegExp) => screen.getByLabelText(name) as HTMLInputElement;
const FROM = /^(From|보내는 곳)$/;
const TO = /^(To|받는 곳)$/;
const PROTOCOL = /^(Protocol|프로토콜)$/;
const PORT = /^(Port|포트)$/;
const IP = /^(IP address|IP 주소)$/;
const SIZE = /^(Packet size \(bytes\)|패킷 크기\(바이트\))$/;

/** What the form shows, field by field (absent fields left out). */
function shown(): Record<string, string> {
  const out: Record<string, string> = {
    from: field(FROM).value,
    to: field(TO).value,
    protocol: field(PROTOCOL).value,
    port: field(PORT).value,
  };
  if (screen.queryByLabelText(IP)) out.ip = field(IP).value;
  if (screen.queryByLabelText(SIZE)) out.size = field(SIZE).value;
  return out;
}

/** Chooses values as the learner does, in form order. */
function choose(c: Partial<Record<'from' | 'to' | 'protocol' | 'port' | 'ip' | 'size', string>>) {
  if (c.from) fireEvent.change(field(FROM), { target: { value: c.from } });
  if (c.to) fireEvent.change(field(TO), { target: { value: c.to } });
  if (c.ip !== undefined) fireEvent.change(field(IP), { target: { value: c.ip } });
  if (c.protocol) fireEvent.change(field(PROTOCOL), { target: { value: c.protocol } });
  if (c.port !== undefined) fireEvent.change(field(PORT), { target: { value: c.port } });
  if (c.size !== undefined) fireEvent.change(field(SIZE), { target: { value: c.size } });
}

const send = () => fireEvent.click(screen.getByRole('button', { name: /^(Send|보내기)$/ }));
/** What the address-bar sync does after a send: the packet joins the scenario, so a link can carry it. */
const syncLink = (store: AppStore) =>
  act(() => void store.getState().adoptPackets(store.getState().flows, parseScenario));
/** Steps, plays, pauses and jumps, as the playback bar and keys do. */
function drive(store: AppStore) {
  act(() => {
    const s = store.getState();
    s.setPlaying(false);
    s.stepForward();
    s.stepForward();
    s.stepBack();
    s.togglePlay();
    s.togglePlay();
    s.toEnd();
    s.toStart();
  });
}

describe('the send form keeps what the learner chose', () => {
  it('across a TCP send, the packet joining the scenario for a link, stepping and playing', () => {
    const store = mount();
    choose({ from: 'container|default/api|api', to: 'pod|default/cache', port: '6380' });
    const chosen = {
      from: 'container|default/api|api',
      to: 'pod|default/cache',
      protocol: 'TCP',
      port: '6380',
    };
    expect(shown()).toEqual(chosen);
    send();
    syncLink(store);
    expect(store.getState().scenario.packets).toHaveLength(2);
    drive(store);
    syncLink(store);
    expect(shown()).toEqual(chosen);
    expect(store.getState().flows[0]).toMatchObject({ protocol: 'TCP', port: 6380 });
  });

  it('across a shared-memory send (its packet joins the scenario too)', () => {
    const store = mount();
    choose({ to: 'container|default/web|log-shipper', protocol: 'SHM' });
    const chosen = {
      from: 'container|default/web|nginx',
      to: 'container|default/web|log-shipper',
      protocol: 'SHM',
      port: '',
    };
    expect(shown()).toEqual(chosen);
    send();
    syncLink(store);
    drive(store);
    expect(shown()).toEqual(chosen);
    expect(store.getState().scenario.packets.at(-1)?.protocol).toBe('SHM');
  });

  it('across sends of a typed address and of a sized ping, and Play all traffic', async () => {
    const store = mount();
    choose({ to: 'ip', ip: '10.244.2.2', port: '8080' });
    const typed = shown();
    expect(typed).toEqual({
      from: 'container|default/web|nginx',
      to: 'ip',
      ip: '10.244.2.2',
      protocol: 'TCP',
      port: '8080',
    });
    send();
    syncLink(store);
    drive(store);
    expect(shown()).toEqual(typed);
    choose({ protocol: 'ICMP' });
    // the size field loads when a ping is chosen
    await screen.findByLabelText(SIZE);
    choose({ size: '1400' });
    const ping = { ...typed, protocol: 'ICMP', port: '', size: '1400' };
    expect(shown()).toEqual(ping);
    send();
    syncLink(store);
    fireEvent.click(screen.getByRole('button', { name: 'Play all traffic' }));
    syncLink(store);
    drive(store);
    expect(shown()).toEqual(ping);
  });

  it('across a switch to Korean and stepping in Korean', async () => {
    const store = mount();
    choose({ from: 'node|node2|kubelet', to: 'pod|default/web', port: '80' });
    const chosen = shown();
    send();
    act(() => store.getState().setLang('ko'));
    await screen.findByRole('heading', { name: '패킷 보내기' });
    drive(store);
    syncLink(store);
    expect(shown()).toEqual(chosen);
    act(() => store.getState().setLang('en'));
    await screen.findByRole('heading', { name: 'Send a packet' });
    expect(shown()).toEqual(chosen);
  });

  it('across a preset that still has the chosen sender and target, saying nothing', () => {
    const store = mount();
    choose({ from: 'container|default/api|api', to: 'pod|default/cache', port: '6380' });
    const chosen = shown();
    act(() => store.getState().loadScenario(preset('two-nodes-vxlan')));
    expect(store.getState().scenario.cluster.cni).toBe('vxlan');
    expect(shown()).toEqual(chosen);
    expect(screen.getByRole('status', { name: '' }).textContent).toBe('');
  });

  it('when a preset lacks the chosen target, resets that one only and says which and why', () => {
    const store = mount();
    choose({ from: 'container|default/api|api', to: 'pod|default/cache', port: '6380' });
    act(() => store.getState().loadScenario(preset('same-node')));
    expect(shown()).toEqual({
      from: 'container|default/api|api',
      to: 'pod|default/api',
      protocol: 'TCP',
      port: '6380',
    });
    const note = screen.getByText(/^Target reset/);
    expect(note.getAttribute('role')).toBe('status');
    expect(note.textContent).toBe(
      'Target reset to default/api: the scenario now shown has no default/cache.',
    );
    // The next choice of the learner clears the note.
    choose({ port: '8080' });
    expect(screen.queryByText(/^Target reset/)).toBeNull();
  });

  it('when a preset lacks both, resets both and says so in Korean', async () => {
    const store = mount();
    act(() => store.getState().setLang('ko'));
    await screen.findByRole('heading', { name: '패킷 보내기' });
    choose({ from: 'container|default/api|api', to: 'pod|default/cache' });
    act(() => store.getState().loadScenario(preset('shared-memory')));
    expect(shown()).toMatchObject({
      from: 'container|default/pipeline|producer',
      to: 'container|default/pipeline|consumer',
    });
    expect(screen.getByText(/^지금 보이는 시나리오에는/).textContent).toBe(
      '지금 보이는 시나리오에는 default/api의 api가 없어서 보내는 곳을 default/pipeline의 producer로 바꿨습니다. ' +
        '지금 보이는 시나리오에는 default/cache가 없어서 받는 곳을 default/pipeline의 consumer로 바꿨습니다.',
    );
  });

  it('before the learner chooses anything, shows each new scenario’s first packet', () => {
    const store = mount();
    act(() => store.getState().loadScenario(preset('mtu-overlay')));
    expect(shown()).toEqual({
      from: 'container|default/web|nginx',
      to: 'pod|default/api',
      protocol: 'ICMP',
      port: '',
      size: '1500',
    });
    expect(screen.queryByText(/reset/)).toBeNull();
  });
});
