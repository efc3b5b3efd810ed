/** The published lesson JSON Schema never drifts from the valibot schema it is generated from. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  LESSON_SCHEMA_PATH,
  lessonJsonSchemaText,
  scenarioJsonSchemaText,
  SCHEMA_PATH,
} from '../../../scripts/gen-schema';

describe('public/lesson.schema.json', () => {
  it('equals what scripts/gen-schema.ts generates (run `npx tsx scripts/gen-schema.ts` after a schema change)', () => {
    expect(readFileSync(LESSON_SCHEMA_PATH, 'utf8')).toBe(lessonJsonSchemaText());
  });

  it('leaves the scenario schema as it was', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('allows "$schema" and no other unknown key, and writes the scenario and packet shapes once', () => {
    const schema = JSON.parse(lessonJsonSchemaText()) as {
      properties: Record<string, unknown>;
      additionalProperties: boolean;
      required: string[];
      $defs: Record<string, unknown>;
    };
    expect(schema.properties.$schema).toEqual({ type: 'string' });
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining(['version', 'id', 'concepts', 'title', 'intro', 'steps', 'check']),
    );
    expect(Object.keys(schema.$defs).sort()).toEqual(
      ['Action', 'Container', 'PacketRequest', 'Pod', 'Scenario'].sort(),
    );
  });
});
