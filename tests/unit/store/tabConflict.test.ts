import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../../../src/scenario/defaultScenario';
import { AUTOSAVE_KEY, serializeAutosave } from '../../../src/scenario/storage';
import type { Scenario } from '../../../src/scenario/types';
import { createAppStore, type AppStore } from '../../../src/store';
import { startAutosave } from '../../../src/store/autosaveWriter';
import { ASIDE_PREFIX, type StorageLike } from '../../../src/store/persistence';
import { readSaved } from '../../../src/store/savedReader';
import { keepTabWork, loadOtherTabWork } from '../../../src/store/tabConflict';

/** One browser's localStorage: every write reaches the other tabs as a `storage` event, as browsers do. */
function browserStorage() {
  const data = new Map<string, string>();
  const tabs = new Set<EventTarget>();
  const tell = (from: EventTarget, key: string, newValue: string | null) => {
    for (const tab of tabs) {
      if (tab === from) continue;
      tab.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
    }
  };
  /** The storage as one tab sees it (its own writes raise no event in itself). */
  const tab = (): { storage: StorageLike; events: EventTarget } => {
    const events = new EventTarget();
    tabs.add(events);
    const storage: StorageLike = {
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => {
        data.set(k, v);
        tell(events, k, v);
      },
      removeItem: (k) => {
        data.delete(k);
        tell(events, k, null);
      },
      key: (i) => [...data.keys()][i] ?? null,
      get length() {
        return data.size;
      },
    };
    return { storage, events };
  };
  return { data, tab };
}

const titled = (title: string): Scenario => ({ ...defaultScenario, title });
const stops: (() => void)[] = [];

/** A tab: its store showing `scenario`, autosaving into the shared storage. */
function openTab(browser: ReturnType<typeof browserStorage>, scenario: Scenario = defaultScenario) {
  const { storage, events } = browser.tab();
  const store = createAppStore({ scenario, lang: 'en' });
  const autosave = startAutosave(store, storage, { delayMs: 50, events });
  stops.push(autosave.stop);
  return { store, storage, autosave };
}
const saved = (storage: StorageLike) => {
  const r = readSaved(storage);
  return r.kind === 'ok' ? r.scenario.title : r.kind;
};
const edit = (store: AppStore, title: string) => store.getState().setScenario(titled(title));

afterEach(() => {
  while (stops.length > 0) stops.pop()?.();
});

describe('two tabs saving the same scenario', () => {
  it('a tab that saves after another tab did keeps its work aside and offers both, instead of overwriting', async () => {
    const browser = browserStorage();
    const a = openTab(browser);
    const b = openTab(browser);
    edit(a.store, 'A edited');
    a.autosave.flush();
    edit(b.store, 'B edited');
    b.autosave.flush();
    expect(saved(a.storage)).toBe('A edited');
    await vi.waitFor(() => expect(b.store.getState().tabConflict?.theirs.title).toBe('A edited'));
    const asideKeys = [...browser.data.keys()].filter((k) => k.startsWith(ASIDE_PREFIX));
    expect(asideKeys).toHaveLength(1);
    expect(readSaved(b.storage, asideKeys[0]).kind === 'ok').toBe(true);
  });

  it('an idle tab is told at once when another tab saves different work', async () => {
    const browser = browserStorage();
    const a = openTab(browser);
    const b = openTab(browser);
    edit(a.store, 'A edited');
    a.autosave.flush();
    await vi.waitFor(() => expect(b.store.getState().tabConflict?.theirs.title).toBe('A edited'));
    expect(b.store.getState().scenario.title).toBe(defaultScenario.title);
  });

  it('keeping yours writes this tab’s work over theirs; the other tab is then offered it in turn', async () => {
    const browser = browserStorage();
    const a = openTab(browser);
    const b = openTab(browser);
    edit(a.store, 'A edited');
    a.autosave.flush();
    await vi.waitFor(() => expect(b.store.getState().tabConflict).not.toBeNull());
    edit(b.store, 'B edited');
    b.autosave.flush();
    expect(saved(b.storage)).toBe('A edited');
    keepTabWork(b.store);
    expect(saved(b.storage)).toBe('B edited');
    expect([...browser.data.keys()].some((k) => k.startsWith(ASIDE_PREFIX))).toBe(false);
    await vi.waitFor(() => expect(a.store.getState().tabConflict?.theirs.title).toBe('B edited'));
  });

  it('loading theirs shows their scenario (undoably), and saving goes on without a conflict', async () => {
    const browser = browserStorage();
    const a = openTab(browser);
    const b = openTab(browser);
    edit(a.store, 'A edited');
    a.autosave.flush();
    await vi.waitFor(() => expect(b.store.getState().tabConflict).not.toBeNull());
    loadOtherTabWork(b.store);
    expect(b.store.getState().scenario.title).toBe('A edited');
    expect(b.store.getState().tabConflict).toBeNull();
    edit(b.store, 'B after A');
    b.autosave.flush();
    expect(saved(b.storage)).toBe('B after A');
    b.store.getState().undo();
    expect(b.store.getState().scenario.title).toBe('A edited');
    b.store.getState().undo();
    expect(b.store.getState().scenario.title).toBe(defaultScenario.title);
  });

  it('when the other tab saves the same work, nothing is offered', async () => {
    const browser = browserStorage();
    const a = openTab(browser);
    const b = openTab(browser);
    edit(a.store, 'Same');
    edit(b.store, 'Same');
    a.autosave.flush();
    b.autosave.flush();
    await new Promise((r) => setTimeout(r, 20));
    expect(a.store.getState().tabConflict).toBeNull();
    expect(b.store.getState().tabConflict).toBeNull();
    edit(b.store, 'B later');
    b.autosave.flush();
    expect(saved(b.storage)).toBe('B later');
  });

  it('work held aside by a tab closed before choosing is offered by the next tab, and forgotten once chosen', async () => {
    const browser = browserStorage();
    const a = openTab(browser);
    const b = openTab(browser);
    edit(a.store, 'A edited');
    a.autosave.flush();
    await vi.waitFor(() => expect(b.store.getState().tabConflict).not.toBeNull());
    edit(b.store, 'B unsaved');
    b.autosave.stop();
    const c = openTab(browser, titled('A edited'));
    await vi.waitFor(() => expect(c.store.getState().tabConflict?.theirs.title).toBe('B unsaved'));
    loadOtherTabWork(c.store);
    expect(saved(c.storage)).toBe('B unsaved');
    expect([...browser.data.keys()].some((k) => k.startsWith(ASIDE_PREFIX))).toBe(false);
  });

  it('a saved text from before tabs were tracked (no writer) is taken as this tab’s starting point', () => {
    const browser = browserStorage();
    const { storage } = browser.tab();
    storage.setItem(AUTOSAVE_KEY, serializeAutosave(defaultScenario));
    const a = openTab(browser);
    edit(a.store, 'A edited');
    a.autosave.flush();
    expect(saved(a.storage)).toBe('A edited');
    expect(a.store.getState().tabConflict).toBeNull();
  });

  it('a writer started only at the first input still offers a save another tab made while this one sat untouched', async () => {
    const browser = browserStorage();
    const a = openTab(browser);
    const { storage, events } = browser.tab();
    const store = createAppStore({ scenario: defaultScenario, lang: 'en' });
    const drawn = { scenario: store.getState().scenario, stored: storage.getItem(AUTOSAVE_KEY) };
    edit(a.store, 'A edited');
    a.autosave.flush();
    edit(store, 'B edited');
    const late = startAutosave(store, storage, { delayMs: 50, events, since: drawn });
    stops.push(late.stop);
    late.flush();
    expect(saved(storage)).toBe('A edited');
    await vi.waitFor(() => expect(store.getState().tabConflict?.theirs.title).toBe('A edited'));
  });

  it('a writer started late saves a change made before it started', () => {
    const browser = browserStorage();
    const { storage, events } = browser.tab();
    const store = createAppStore({ scenario: defaultScenario, lang: 'en' });
    const drawn = { scenario: store.getState().scenario, stored: null };
    edit(store, 'changed before the writer loaded');
    const late = startAutosave(store, storage, { delayMs: 50, events, since: drawn });
    stops.push(late.stop);
    late.flush();
    expect(saved(storage)).toBe('changed before the writer loaded');
  });
});
