/** Scenario files: pretty JSON pointing at the published JSON Schema, read back behind the untrusted-input gate. */
import { scenarioError } from './errors';
import { isRecord, parseUntrustedJson } from './guard';
import { INPUT_LIMITS } from './limits';
import type { Scenario } from './types';
import { parseScenario, type ParseResult } from './validate';

/** Where a file says its schema is (the app publishes it beside index.html). */
export const SCHEMA_REF = './scenario.schema.json';
/** The largest file read, in characters. */
export const MAX_FILE_CHARS = INPUT_LIMITS.jsonChars;

/** The scenario as a pretty JSON file with a "$schema" line for editors. */
export function scenarioToJson(s: Scenario): string {
  return `${JSON.stringify({ $schema: SCHEMA_REF, ...s }, null, 2)}\n`;
}

/** Reads a scenario file (any known version); "$schema" is accepted and dropped. */
export function scenarioFromJson(text: string): ParseResult {
  const parsed = parseUntrustedJson(text, MAX_FILE_CHARS);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  const doc = parsed.value;
  if (!isRecord(doc) || !('$schema' in doc)) return parseScenario(doc);
  const { $schema, ...rest } = doc;
  if (typeof $schema !== 'string')
    return {
      ok: false,
      errors: [scenarioError('$schema', 'scenario.error.wrongType', { expected: 'string' })],
    };
  return parseScenario(rest);
}
