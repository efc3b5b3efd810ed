import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyEn } from '../../../src/i18n/en/policy';

const SRC = join(__dirname, '../../../src/sim/netfilter');
const TESTS = __dirname;

describe('the NetworkPolicy messages', () => {
  it('are each reached by a test that states the key', () => {
    const tested = ['policyVerdicts.test.ts', 'policyHook.test.ts']
      .map((f) => readFileSync(join(TESTS, f), 'utf8'))
      .join('\n');
    const unreached = Object.keys(policyEn).filter((k) => !tested.includes(`'${k}'`));
    expect(unreached).toEqual([]);
  });

  it('are the keys the code writes, with In/Eg for the two directions', () => {
    const code = ['policy.ts', 'policyHook.ts']
      .map((f) => readFileSync(join(SRC, f), 'utf8'))
      .join('\n');
    const written = [...code.matchAll(/`(sim\.policy\.\w+)\$\{[^}]+\}`|'(sim\.policy\.\w+)'/g)]
      .flatMap((m) => (m[1] ? [`${m[1]}In`, `${m[1]}Eg`] : [m[2] ?? '']))
      .sort();
    expect([...new Set(written)]).toEqual(Object.keys(policyEn).sort());
  });
});
