/** Lesson progress in localStorage: validated on read, size-limited, and never written over the scenario autosave. */
import { describe, expect, it } from 'vitest';
import { AUTOSAVE_KEY } from '../../../src/scenario/storage';
import {
  PROGRESS_KEY,
  PROGRESS_MAX_CHARS,
  readProgress,
  writeProgress,
} from '../../../src/store/lessonProgress';
import type { StorageLike } from '../../../src/store/persistence';

function holding(text: string | null): StorageLike {
  return {
    getItem: (k) => (k === PROGRESS_KEY ? text : null),
    setItem: () => undefined,
    removeItem: () => undefined,
  };
}

const envelope = (done: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'pod-network-lab/lessons', version: 1, done, ...extra });

describe('reading progress', () => {
  it('reads back what was written', () => {
    const data = new Map<string, string>();
    const storage: StorageLike = {
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, v),
      removeItem: (k) => void data.delete(k),
    };
    expect(writeProgress(storage, ['c1', 'c4', 'c1'])).toBeNull();
    expect(readProgress(storage)).toEqual(['c1', 'c4']);
    expect([...data.keys()]).toEqual([PROGRESS_KEY]);
    expect(data.has(AUTOSAVE_KEY)).toBe(false);
  });

  it.each([
    ['nothing stored', null],
    ['not JSON', '{"format":'],
    ['not an object', '"c1"'],
    [
      'another format',
      JSON.stringify({ format: 'pod-network-lab/autosave', version: 1, done: [] }),
    ],
    ['a newer version', envelope(['c1'], { version: 2 })],
    ['an unknown key', envelope(['c1'], { extra: true })],
    [
      'a prototype key',
      '{"format":"pod-network-lab/lessons","version":1,"done":[],"__proto__":{}}',
    ],
    ['an id with markup', envelope(['<img src=x>'])],
    ['an id too long', envelope(['c'.repeat(41)])],
    ['a number for an id', envelope([4])],
    ['too many ids', envelope(Array.from({ length: 65 }, (_, i) => `c${i}`))],
    ['text longer than the cap', envelope(['c1']) + ' '.repeat(PROGRESS_MAX_CHARS)],
    ['deep nesting', `${'['.repeat(100)}${']'.repeat(100)}`],
  ])('reads %s as no progress', (_name, text) => {
    expect(readProgress(holding(text))).toEqual([]);
  });

  it('reads nothing when storage throws or is missing', () => {
    const throwing: StorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(readProgress(throwing)).toEqual([]);
    expect(readProgress(null)).toEqual([]);
  });
});

describe('writing progress', () => {
  it('reports a full quota and missing storage instead of throwing', () => {
    const full: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(writeProgress(full, ['c1'])).toBe('full');
    expect(writeProgress(null, ['c1'])).toBe('unavailable');
  });

  it('drops ids that are not lesson ids and never writes more than the cap', () => {
    let written = '';
    const storage: StorageLike = {
      getItem: () => null,
      setItem: (_k, v) => void (written = v),
      removeItem: () => undefined,
    };
    writeProgress(storage, ['c1', 'C2', 'x y', '', 'c3']);
    expect(JSON.parse(written)).toEqual({
      format: 'pod-network-lab/lessons',
      version: 1,
      done: ['c1', 'c3'],
    });
    writeProgress(
      storage,
      Array.from({ length: 500 }, (_, i) => `lesson-${i}-${'x'.repeat(30)}`),
    );
    expect(written.length).toBeLessThanOrEqual(PROGRESS_MAX_CHARS);
  });
});
