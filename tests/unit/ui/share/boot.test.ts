// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../../src/scenario/defaultScenario';
import { PRESETS } from '../../../../src/scenario/presets';
import { encodeShare } from '../../../../src/scenario/share';
import { AUTOSAVE_KEY, serializeAutosave } from '../../../../src/scenario/storage';
import type { Scenario } from '../../../../src/scenario/types';
import { PREVIOUS_KEY, type StorageLike } from '../../../../src/store/persistence';
import { planBoot } from '../../../../src/ui/share/boot';

function memory(entries: Record<string, string> = {}): StorageLike {
  const data = new Map(Object.entries(entries));
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}
const other = PRESETS.find((p) => p.id === 'same-node')?.scenario as Scenario;
const link = (s: Scenario, hop = 2) =>
  `#${encodeShare({ scenario: s, flows: [0], hop, lang: 'ko' })}`;

describe('deciding what the page opens with', () => {
  it('a first visit opens the default scenario with nothing to report', async () => {
    const plan = await planBoot({ search: '', hash: '' }, memory());
    expect(plan.scenario).toEqual(defaultScenario);
    expect(plan.notice).toBeNull();
    expect(plan.shareChoice).toBeNull();
  });

  it('the autosave is restored on a plain visit', async () => {
    const mine = { ...other, title: 'Mine' };
    const plan = await planBoot(
      { search: '', hash: '' },
      memory({ [AUTOSAVE_KEY]: serializeAutosave(mine) }),
    );
    expect(plan.scenario.title).toBe('Mine');
  });

  it('a link in a fresh browser opens its scenario, packet, hop and language', async () => {
    const plan = await planBoot({ search: '', hash: link(other) }, memory());
    expect(plan.scenario).toEqual(other);
    expect(plan.flows).toEqual([other.packets[0]]);
    expect(plan.cursor).toBe(2);
    expect(plan.lang).toBe('ko');
  });

  it('a link that differs from the autosave asks first and shows the learner’s own work meanwhile', async () => {
    const storage = memory({ [AUTOSAVE_KEY]: serializeAutosave(defaultScenario) });
    const plan = await planBoot({ search: '', hash: link(other) }, storage);
    expect(plan.scenario).toEqual(defaultScenario);
    expect(plan.shareChoice?.stage).toBe('ask');
  });

  it('a link equal to the autosave opens without asking', async () => {
    const storage = memory({ [AUTOSAVE_KEY]: serializeAutosave(other) });
    const plan = await planBoot({ search: '', hash: link(other) }, storage);
    expect(plan.shareChoice).toBeNull();
    expect(plan.cursor).toBe(2);
  });

  it('a kept-aside scenario is offered back after a reload', async () => {
    const storage = memory({ [PREVIOUS_KEY]: serializeAutosave(defaultScenario) });
    const plan = await planBoot({ search: '', hash: '' }, storage);
    expect(plan.shareChoice).toEqual({ stage: 'opened' });
  });

  it('the embed view neither reads nor asks about the autosave', async () => {
    const storage = memory({ [AUTOSAVE_KEY]: serializeAutosave(defaultScenario) });
    const plan = await planBoot({ search: '?embed', hash: link(other) }, storage);
    expect(plan.embed).toBe(true);
    expect(plan.scenario).toEqual(other);
    expect(plan.shareChoice).toBeNull();
  });

  it('a broken link is reported and the autosave is kept', async () => {
    const storage = memory({ [AUTOSAVE_KEY]: serializeAutosave(other) });
    const plan = await planBoot({ search: '', hash: '#v1.%%%' }, storage);
    expect(plan.notice?.key).toBe('editor.notice.badLink');
    expect(plan.notice?.detail?.key).toMatch(/^scenario\.share\.error\./);
    expect(plan.scenario).toEqual(other);
  });

  it('a damaged autosave is reported, not silently replaced', async () => {
    const plan = await planBoot({ search: '', hash: '' }, memory({ [AUTOSAVE_KEY]: '{"nope"' }));
    expect(plan.notice?.key).toBe('editor.notice.autosaveLost');
  });

  it('storage that cannot be opened is reported as unavailable', async () => {
    const plan = await planBoot({ search: '', hash: '' }, null);
    expect(plan.storageProblem).toBe('unavailable');
  });
});
