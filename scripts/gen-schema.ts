/** Writes public/scenario.schema.json and public/lesson.schema.json (the JSON Schemas of scenario and lesson files) from the valibot schemas. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { ActionSchema, LessonSchema } from '../src/lessons/schema';
import {
  ContainerSpecSchema,
  PacketRequestSchema,
  PodSpecSchema,
  ScenarioSchema,
} from '../src/scenario/schema';
import { SCHEMA_REF } from '../src/scenario/file';

/** Where the schema is published. */
export const SCHEMA_PATH = fileURLToPath(
  new URL('../public/scenario.schema.json', import.meta.url),
);

/** Where the lesson schema is published. */
export const LESSON_SCHEMA_PATH = fileURLToPath(
  new URL('../public/lesson.schema.json', import.meta.url),
);
/** The id a lesson file's "$schema" points to. */
export const LESSON_SCHEMA_REF = './lesson.schema.json';

/** A valibot schema as draft-07 JSON Schema, regex patterns kept as written. */
function toDraft7(
  schema: Parameters<typeof toJsonSchema>[0],
  definitions?: Record<string, Parameters<typeof toJsonSchema>[0]>,
): Record<string, unknown> {
  return toJsonSchema(schema, {
    target: 'draft-07',
    ...(definitions ? { definitions } : {}),
    typeMode: 'input',
    ignoreActions: ['transform'],
    // Unicode-aware patterns (\p{…}) are kept: JSON Schema validators such as Ajv read them in u mode.
    overrideAction: ({ valibotAction, jsonSchema }) =>
      valibotAction.type === 'regex' && 'requirement' in valibotAction
        ? { ...jsonSchema, pattern: (valibotAction.requirement as RegExp).source }
        : undefined,
  }) as Record<string, unknown>;
}

/** The schema text with an id, a title and the "$schema" key files may start with. */
function published(generated: Record<string, unknown>, id: string, title: string): string {
  const properties = generated.properties as Record<string, unknown>;
  const schema = {
    $schema: generated.$schema,
    $id: id,
    title,
    ...generated,
    properties: { $schema: { type: 'string' }, ...properties },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** The JSON Schema text of a scenario file, as committed. */
export function scenarioJsonSchemaText(): string {
  return published(toDraft7(ScenarioSchema), SCHEMA_REF, 'Pod Network Lab scenario');
}

/** The JSON Schema text of a lesson file, as committed. */
export function lessonJsonSchemaText(): string {
  // Shared parts are written once, as definitions the lesson refers to.
  const definitions = {
    Scenario: ScenarioSchema,
    PacketRequest: PacketRequestSchema,
    Action: ActionSchema,
    Container: ContainerSpecSchema,
    Pod: PodSpecSchema,
  };
  return published(
    toDraft7(LessonSchema, definitions),
    LESSON_SCHEMA_REF,
    'Pod Network Lab lesson',
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_PATH, scenarioJsonSchemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
  writeFileSync(LESSON_SCHEMA_PATH, lessonJsonSchemaText());
  console.log(`wrote ${LESSON_SCHEMA_PATH}`);
}
