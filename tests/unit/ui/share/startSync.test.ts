// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../../src/scenario/defaultScenario';
import { AUTOSAVE_KEY, serializeAutosave } from '../../../../src/scenario/storage';
import { createAppStore } from '../../../../src/store';
import type { StorageLike } from '../../../../src/store/persistence';
import { readSaved } from '../../../../src/store/savedReader';
import { startSyncWhenActive } from '../../../../src/ui/share/startSync';

/** An in-memory storage. */
function memory(): StorageLike {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('autosave and the link, started once there is something to record', () => {
  it('the diagram fitting its view records nothing; the first edit is saved by the writer it loads', async () => {
    const storage = memory();
    const store = createAppStore({ scenario: defaultScenario, lang: 'en' });
    startSyncWhenActive(store, storage);
    store.getState().setView({ x: 10, y: 20, k: 0.5 });
    await wait(600);
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    store.getState().setScenario({ ...defaultScenario, title: 'edited before anything loaded' });
    await expect
      .poll(
        () => {
          const r = readSaved(storage);
          return r.kind === 'ok' ? r.scenario.title : r.kind;
        },
        { timeout: 5000 },
      )
      .toBe('edited before anything loaded');
  });

  it('another tab’s save starts them at once in an untouched tab, which offers that work', async () => {
    const storage = memory();
    const store = createAppStore({ scenario: defaultScenario, lang: 'en' });
    startSyncWhenActive(store, storage);
    storage.setItem(
      AUTOSAVE_KEY,
      serializeAutosave({ ...defaultScenario, title: 'theirs' }, 1, 'x'),
    );
    window.dispatchEvent(new StorageEvent('storage', { key: AUTOSAVE_KEY }));
    await expect
      .poll(() => store.getState().tabConflict?.theirs.title, { timeout: 5000 })
      .toBe('theirs');
  });
});
