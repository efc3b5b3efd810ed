/** Lesson progress in localStorage: its own key (never the scenario autosave's), validated on read, size-limited. */
import * as v from 'valibot';
import { parseUntrustedJson } from '../scenario/guard';
import { LESSON_ID, LESSON_LIMITS } from '../lessons';
import type { Scenario } from '../scenario/types';
import type { StorageLike } from './persistence';
import { writeSaved, writeText } from './storageWrite';
import type { StorageProblem } from './scenarioSlice';
import { readSaved } from './savedReader';

/** The localStorage key of lesson progress. */
export const PROGRESS_KEY = 'pnl.lessons';
/** Where the learner's own scenario is kept while lessons replace it. */
export const MINE_KEY = 'pnl.lessons.mine';
/** Marks the stored text as ours. */
export const PROGRESS_FORMAT = 'pod-network-lab/lessons';
/** Longest progress text read or written, in characters. */
export const PROGRESS_MAX_CHARS = 4096;

const ProgressSchema = v.strictObject({
  format: v.literal(PROGRESS_FORMAT),
  version: v.literal(1),
  done: v.pipe(
    v.array(v.pipe(v.string(), v.maxLength(LESSON_LIMITS.id), v.regex(LESSON_ID))),
    v.maxLength(LESSON_LIMITS.lessons),
  ),
});

/** The ids of the lessons done, as stored; nothing for missing, damaged, foreign or oversized data. */
export function readProgress(storage: StorageLike | null): string[] {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    return [];
  }
  if (raw === null) return [];
  const parsed = parseUntrustedJson(raw, PROGRESS_MAX_CHARS);
  if (!parsed.ok) return [];
  const r = v.safeParse(ProgressSchema, parsed.value);
  return r.success ? [...new Set(r.output.done)] : [];
}

/** Stores the ids of the lessons done; returns the problem when storage refuses. */
export function writeProgress(
  storage: StorageLike | null,
  done: readonly string[],
): StorageProblem | null {
  if (!storage) return 'unavailable';
  const ids = [...new Set(done)].filter(
    (id) => LESSON_ID.test(id) && id.length <= LESSON_LIMITS.id,
  );
  const text = JSON.stringify({
    format: PROGRESS_FORMAT,
    version: 1,
    done: ids.slice(0, LESSON_LIMITS.lessons),
  });
  if (text.length > PROGRESS_MAX_CHARS) return 'full';
  return writeText(storage, PROGRESS_KEY, text);
}

/** Keeps the learner's scenario aside when lessons start, unless one is kept already. */
export function keepMine(storage: StorageLike | null, scenario: Scenario): void {
  try {
    if (!storage || storage.getItem(MINE_KEY) !== null) return;
  } catch {
    return;
  }
  writeSaved(storage, scenario, MINE_KEY);
}

/** Whether a scenario is kept aside. */
export function holdsMine(storage: StorageLike | null): boolean {
  try {
    return storage?.getItem(MINE_KEY) != null;
  } catch {
    return false;
  }
}

/** Takes the kept scenario back (validated like the autosave) and forgets it; null when none is valid. */
export function takeMine(storage: StorageLike | null): Scenario | null {
  const saved = readSaved(storage, MINE_KEY);
  try {
    storage?.removeItem(MINE_KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
  return saved.kind === 'ok' ? saved.scenario : null;
}
