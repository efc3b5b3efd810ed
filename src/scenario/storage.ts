/** The autosave codec: a versioned envelope around the scenario (the store does the localStorage side). */
import type { CodecError } from './errors';
import { parseUntrustedJson, isRecord } from './guard';
import { parseScenario } from './validate';
import type { Scenario } from './types';

/** The localStorage key of the autosave. */
export const AUTOSAVE_KEY = 'pod-network-lab.autosave';
/** Marks an envelope as ours. */
export const AUTOSAVE_FORMAT = 'pod-network-lab/autosave';
/** The envelope's own version (the scenario inside carries its own). */
export const AUTOSAVE_VERSION = 1;

/** What is written to storage. */
export interface AutosaveEnvelope {
  /** Always AUTOSAVE_FORMAT: tells our data from anything else under the key. */
  readonly format: typeof AUTOSAVE_FORMAT;
  /** The envelope version, for changes to the envelope itself. */
  readonly version: number;
  /** When it was saved (ms since the epoch), when the caller passed a clock reading. */
  readonly savedAt?: number;
  /** The scenario, in full. */
  readonly scenario: Scenario;
}

/** What restoring found: a scenario, nothing saved, or a reason to ignore what was saved. */
export type RestoreResult =
  | { ok: true; scenario: Scenario; savedAt?: number }
  | { ok: false; error: CodecError }
  | { ok: 'empty' };

/** The text to store for a scenario; savedAt is the caller's clock reading, if any. */
export function serializeAutosave(scenario: Scenario, savedAt?: number): string {
  const envelope: AutosaveEnvelope =
    savedAt === undefined
      ? { format: AUTOSAVE_FORMAT, version: AUTOSAVE_VERSION, scenario }
      : { format: AUTOSAVE_FORMAT, version: AUTOSAVE_VERSION, savedAt, scenario };
  return JSON.stringify(envelope);
}

/** Reads stored text back through the same gate as any untrusted input. */
export function restoreAutosave(raw: string | null): RestoreResult {
  if (raw === null || raw === '') return { ok: 'empty' };
  const parsed = parseUntrustedJson(raw);
  if (!parsed.ok)
    return { ok: false, error: { key: parsed.error.key, params: parsed.error.params } };
  const env = parsed.value;
  if (!isRecord(env) || env.format !== AUTOSAVE_FORMAT || typeof env.version !== 'number')
    return { ok: false, error: { key: 'scenario.storage.error.badEnvelope', params: {} } };
  if (env.version > AUTOSAVE_VERSION)
    return { ok: false, error: { key: 'scenario.storage.error.newerVersion', params: {} } };
  if (env.version !== AUTOSAVE_VERSION)
    return { ok: false, error: { key: 'scenario.storage.error.badEnvelope', params: {} } };
  const result = parseScenario(env.scenario);
  if (!result.ok)
    return {
      ok: false,
      error: { key: 'scenario.storage.error.invalidScenario', params: {}, errors: result.errors },
    };
  const savedAt = env.savedAt;
  return typeof savedAt === 'number' && Number.isFinite(savedAt)
    ? { ok: true, scenario: result.scenario, savedAt }
    : { ok: true, scenario: result.scenario };
}
