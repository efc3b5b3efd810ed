/** The autosave codec: a versioned envelope around the scenario (the store does the localStorage side). */
import { AUTOSAVE_FORMAT, AUTOSAVE_VERSION } from './autosave';
import type { CodecError } from './errors';
import { parseUntrustedJson, isRecord } from './guard';
import { parseScenario } from './validate';
import type { Scenario } from './types';

export * from './autosave';

/** What restoring found: a scenario, nothing saved, or a reason to ignore what was saved. */
export type RestoreResult =
  | { ok: true; scenario: Scenario; savedAt?: number }
  | { ok: false; error: CodecError }
  | { ok: 'empty' };

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
