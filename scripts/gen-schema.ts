/** Writes public/scenario.schema.json (the JSON Schema of scenario files) from the valibot schema. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { ScenarioSchema } from '../src/scenario/schema';
import { SCHEMA_REF } from '../src/scenario/file';

/** Where the schema is published. */
export const SCHEMA_PATH = fileURLToPath(
  new URL('../public/scenario.schema.json', import.meta.url),
);

/** The JSON Schema text of a scenario file, as committed. */
export function scenarioJsonSchemaText(): string {
  const generated = toJsonSchema(ScenarioSchema, {
    target: 'draft-07',
    typeMode: 'input',
    ignoreActions: ['transform'],
    // Unicode-aware patterns (\p{…}) are kept: JSON Schema validators such as Ajv read them in u mode.
    overrideAction: ({ valibotAction, jsonSchema }) =>
      valibotAction.type === 'regex' && 'requirement' in valibotAction
        ? { ...jsonSchema, pattern: (valibotAction.requirement as RegExp).source }
        : undefined,
  }) as Record<string, unknown>;
  const properties = generated.properties as Record<string, unknown>;
  const schema = {
    $schema: generated.$schema,
    $id: SCHEMA_REF,
    title: 'Pod Network Lab scenario',
    ...generated,
    properties: { $schema: { type: 'string' }, ...properties },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_PATH, scenarioJsonSchemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
