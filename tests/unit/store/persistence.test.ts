import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../../../src/scenario/defaultScenario';
import { AUTOSAVE_KEY } from '../../../src/scenario/storage';
import { editScenario } from '../../../src/store/editScenario';
import { readSaved } from '../../../src/store/savedReader';
import { createAppStore } from '../../../src/store';
import { startAutosave } from '../../../src/store/autosaveWriter';
import type { StorageLike } from '../../../src/store/persistence';
import { classifyStorageError, writeSaved } from '../../../src/store/storageWrite';

/** An in-memory storage whose setItem can be made to throw. */
function memory(fail?: () => never): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (fail) fail();
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}
const quota = (): never => {
  throw new DOMException('full', 'QuotaExceededError');
};
const security = (): never => {
  throw new DOMException('denied', 'SecurityError');
};

describe('autosave storage', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a saved scenario reads back equal', () => {
    const s = memory();
    expect(writeSaved(s, defaultScenario)).toBeNull();
    const r = readSaved(s);
    expect(r.kind).toBe('ok');
    if (r.kind === 'ok') expect(r.scenario).toEqual(defaultScenario);
  });

  it('nothing saved reads as empty, and damaged text as invalid with a message key', () => {
    expect(readSaved(memory()).kind).toBe('empty');
    const s = memory();
    s.data.set(AUTOSAVE_KEY, '{"format":"nope"');
    const r = readSaved(s);
    expect(r.kind).toBe('invalid');
    if (r.kind === 'invalid') expect(r.key).toMatch(/^scenario\./);
  });

  it('a full quota is reported as full, a security error as unavailable', () => {
    expect(writeSaved(memory(quota), defaultScenario)).toBe('full');
    expect(writeSaved(memory(security), defaultScenario)).toBe('unavailable');
    expect(classifyStorageError(new Error('x'))).toBe('unavailable');
    expect(writeSaved(null, defaultScenario)).toBe('unavailable');
  });

  it('autosave writes once the edits settle, not on every edit', () => {
    const s = memory();
    const store = createAppStore({ scenario: defaultScenario, lang: 'en' });
    startAutosave(store, s, { delayMs: 400 });
    editScenario(store, { type: 'addNode' });
    editScenario(store, { type: 'setCni', cni: 'vxlan' });
    expect(s.data.has(AUTOSAVE_KEY)).toBe(false);
    vi.advanceTimersByTime(400);
    const r = readSaved(s);
    expect(r.kind === 'ok' && r.scenario.cluster.cni).toBe('vxlan');
  });

  it('a failed write is put in the store, and a later success clears it', () => {
    let broken = true;
    const s = memory();
    const flaky: StorageLike = {
      ...s,
      setItem: (k, v) => (broken ? quota() : s.setItem(k, v)),
    };
    const store = createAppStore({ scenario: defaultScenario, lang: 'en' });
    const autosave = startAutosave(store, flaky, { delayMs: 400 });
    editScenario(store, { type: 'addNode' });
    autosave.flush();
    expect(store.getState().storageProblem).toBe('full');
    broken = false;
    editScenario(store, { type: 'addNode' });
    autosave.flush();
    expect(store.getState().storageProblem).toBeNull();
  });
});
