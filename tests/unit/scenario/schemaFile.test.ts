/** The published JSON Schema never drifts from the valibot schema it is generated from. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, scenarioJsonSchemaText } from '../../../scripts/gen-schema';

describe('public/scenario.schema.json', () => {
  it('equals what scripts/gen-schema.ts generates (run `npx tsx scripts/gen-schema.ts` after a schema change)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('allows the "$schema" key that scenario files start with, and no other unknown key', () => {
    const schema = JSON.parse(scenarioJsonSchemaText()) as {
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(schema.properties.$schema).toEqual({ type: 'string' });
    expect(schema.additionalProperties).toBe(false);
  });
});
