// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../../../../src/scenario/defaultScenario';
import type { PacketRequest, PodId } from '../../../../src/sim';
import { createAppStore } from '../../../../src/store';
import { parseScenario } from '../../../../src/scenario/validate';
import { decodeShare } from '../../../../src/scenario/share';
import { viewOf } from '../../../../src/ui/share/shareLink';
import { startUrlSync } from '../../../../src/ui/share/urlSync';

const fresh = () => createAppStore({ scenario: defaultScenario, lang: 'en' });
const custom = (port: number): PacketRequest => ({
  from: { kind: 'container', pod: 'default/web' as PodId, container: 'nginx' },
  to: { kind: 'pod', pod: 'default/cache' as PodId },
  protocol: 'TCP',
  port,
});
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** What the address bar's link says now. */
const linkView = () => {
  const r = decodeShare(window.location.hash.slice(1));
  if (!r.ok) throw new Error(`no link in the address bar: ${window.location.hash}`);
  return r.view;
};

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('the address bar following the view', () => {
  it('while a packet plays, hop changes do no work; the address is written once it pauses', async () => {
    const store = fresh();
    store.getState().setFlows([custom(6379)]);
    const replace = vi.spyOn(window.history, 'replaceState');
    const adopt = vi.spyOn(store.getState(), 'adoptPackets');
    const sync = startUrlSync(store, { delayMs: 20 });
    for (let i = 0; i < 5; i++) {
      store.getState().stepForward();
      await wait(30);
    }
    expect(adopt).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
    store.getState().setPlaying(false);
    await vi.waitFor(() => expect(replace).toHaveBeenCalledTimes(1));
    expect(window.location.hash).toMatch(/^#v1\./);
    sync.stop();
  });

  it('changes faster than the delay are written once, after they settle', async () => {
    const store = fresh();
    store.getState().setFlows([custom(6379)]);
    store.getState().setPlaying(false);
    const replace = vi.spyOn(window.history, 'replaceState');
    const sync = startUrlSync(store, { delayMs: 40 });
    store.getState().stepForward();
    store.getState().stepForward();
    store.getState().stepBack();
    await wait(10);
    expect(replace).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(replace).toHaveBeenCalledTimes(1));
    sync.stop();
  });

  it('a language chosen while a packet plays is in the link before the next task, so a reload cannot bring back the old one', async () => {
    const store = fresh();
    store.getState().setFlows([custom(6379)]);
    store.getState().setPlaying(false);
    const sync = startUrlSync(store, { delayMs: 20 });
    store.getState().stepForward();
    await vi.waitFor(() => expect(linkView().lang).toBe('en'));
    store.getState().setPlaying(true);
    store.getState().stepForward();
    store.getState().setLang('ko');
    await Promise.resolve();
    expect(linkView().lang).toBe('ko');
    expect(store.getState().playing).toBe(true);
    sync.stop();
  });

  it('a language chosen before any link was written is written without waiting for the delay', async () => {
    const store = fresh();
    const sync = startUrlSync(store, { delayMs: 10_000 });
    store.getState().setLang('ko');
    await vi.waitFor(() => expect(linkView().lang).toBe('ko'));
    sync.stop();
  });

  it('an edit made while a packet plays is written once it settles, without waiting for the packet to stop', async () => {
    const store = fresh();
    store.getState().setFlows([custom(6379)]);
    const sync = startUrlSync(store, { delayMs: 20 });
    const renamed = { ...defaultScenario, title: 'Edited while playing' };
    store.getState().setScenario(renamed);
    expect(store.getState().playing).toBe(true);
    await vi.waitFor(() => expect(linkView().scenario.title).toBe('Edited while playing'));
    sync.stop();
  });

  it('changes to what a link does not carry (hover, zoom) write nothing', async () => {
    const store = fresh();
    const replace = vi.spyOn(window.history, 'replaceState');
    const sync = startUrlSync(store, { delayMs: 5 });
    store.getState().setView({ x: 1, y: 2, k: 3 });
    await wait(40);
    expect(replace).not.toHaveBeenCalled();
    sync.stop();
  });
});

describe('the shared view', () => {
  it('custom packets become indexes into the scenario, found again without re-adopting', () => {
    const store = fresh();
    store.getState().setFlows([custom(6379), custom(6380)]);
    expect(viewOf(store, parseScenario).flows).toEqual([1, 2]);
    const adopt = vi.spyOn(store.getState(), 'adoptPackets');
    expect(viewOf(store, parseScenario).flows).toEqual([1, 2]);
    expect(adopt).not.toHaveBeenCalled();
  });

  it('with more packets than a scenario may hold, the prepared ones still travel by index', () => {
    const store = fresh();
    const first = defaultScenario.packets[0] as PacketRequest;
    store.getState().setFlows([first, ...Array.from({ length: 100 }, (_, i) => custom(2000 + i))]);
    expect(viewOf(store, parseScenario).flows).toEqual([0]);
    expect(store.getState().scenario).toBe(defaultScenario);
  });

  it('started late, it writes what changed since the page was drawn', async () => {
    const store = fresh();
    const drawn = store.getState();
    store.getState().setFlows([custom(6379)]);
    store.getState().setPlaying(false);
    const sync = startUrlSync(store, { delayMs: 5, since: drawn });
    await vi.waitFor(() => expect(linkView().flows).toHaveLength(1));
    sync.stop();
  });

  it('started late with nothing changed, it leaves the address alone', async () => {
    const store = fresh();
    const replace = vi.spyOn(window.history, 'replaceState');
    const sync = startUrlSync(store, { delayMs: 5, since: store.getState() });
    await wait(30);
    expect(replace).not.toHaveBeenCalled();
    sync.stop();
  });
});
