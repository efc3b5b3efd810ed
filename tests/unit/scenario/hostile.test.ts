/** Hostile and broken input: every case is refused with its own message key, quickly. */
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { ko } from '../../../src/i18n/ko';
import { bombLink, hostileCases, type HostileCase } from './hostileCorpus';

/** A bound on how long refusing one input may take: a correctness limit on hostile input, not a benchmark. */
const MAX_MS = 100;

let cases: HostileCase[] = [];
beforeAll(() => {
  cases = hostileCases(bombLink());
});

describe('the hostile corpus', () => {
  it('holds at least 60 inputs with distinct names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it('is refused case by case with the expected key, each within 100 ms', () => {
    // One untimed pass first, so the bound measures the gates and not the JIT warming up; then the
    // best of three runs, so a busy shared machine's scheduler does not count against a gate.
    for (const c of cases) c.run();
    const wrong: string[] = [];
    for (const c of cases) {
      let best = Infinity;
      for (let i = 0; i < 3 && best >= MAX_MS; i++) {
        const start = performance.now();
        const key = c.run();
        best = Math.min(best, performance.now() - start);
        if (key !== c.key) wrong.push(`${c.name}: got ${key}, expected ${c.key}`);
      }
      if (best >= MAX_MS) wrong.push(`${c.name}: took ${best.toFixed(1)} ms`);
    }
    expect(wrong).toEqual([]);
  });

  it('only uses keys that have English and Korean text', () => {
    for (const c of cases) {
      expect(en[c.key]).toBeTruthy();
      expect(ko[c.key]).toBeTruthy();
    }
  });
});
