/**
 * A small checker of objects against the trimmed extract of the official Kubernetes OpenAPI v3
 * documents (tests/fixtures/k8s-openapi, provenance in its README): what the schema says —
 * required fields, types, int32 range, int-or-string, `allOf`/`$ref` — plus two rules that are not
 * in the schema and are reported as such: unknown fields (kubectl's strict field validation rejects
 * them) and the values a field's description lists where the document has no `enum` (the API
 * server's validation rejects others; kubectl's schema check alone would not).
 */
import { readFileSync } from 'node:fs';

interface Schema {
  readonly type?: string;
  readonly format?: string;
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly items?: Schema;
  readonly additionalProperties?: Schema;
  readonly enum?: readonly string[];
  readonly $ref?: string;
  readonly allOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly 'x-lab-enum-from-description'?: readonly string[];
  readonly 'x-kubernetes-group-version-kind'?: readonly {
    readonly group: string;
    readonly kind: string;
    readonly version: string;
  }[];
}
interface Spec {
  readonly components: { readonly schemas: Readonly<Record<string, Schema>> };
}

const spec = JSON.parse(
  readFileSync(new URL('../../../fixtures/k8s-openapi/kinds.json', import.meta.url), 'utf8'),
) as Spec;

const schemas = spec.components.schemas;

/** Each kind's definition and apiVersion, from the definitions' x-kubernetes-group-version-kind. */
const KINDS = new Map(
  Object.entries(schemas).flatMap(([name, s]) =>
    (s['x-kubernetes-group-version-kind'] ?? []).map(
      (g) =>
        [g.kind, { name, apiVersion: g.group ? `${g.group}/${g.version}` : g.version }] as const,
    ),
  ),
);

function resolve(s: Schema): Schema {
  if (s.$ref === undefined) return s;
  const target = schemas[s.$ref.replace('#/components/schemas/', '')];
  if (!target) throw new Error(`fixture: no definition for ${s.$ref}`);
  return target;
}

const INT32 = 2 ** 31;

function check(value: unknown, raw: Schema, path: string, out: string[]): void {
  const s = resolve(raw);
  for (const sub of s.allOf ?? []) check(value, sub, path, out);
  if (s.oneOf) {
    const matching = s.oneOf.filter((sub) => {
      const errors: string[] = [];
      check(value, sub, path, errors);
      return errors.length === 0;
    });
    if (matching.length !== 1) out.push(`${path}: ${s.format ?? 'one of its forms'}`);
  }
  const type = s.type;
  if (type === 'string' && typeof value !== 'string') out.push(`${path}: string`);
  if (type === 'boolean' && typeof value !== 'boolean') out.push(`${path}: boolean`);
  if (type === 'integer') {
    if (!Number.isInteger(value)) out.push(`${path}: integer`);
    else if (s.format === 'int32' && ((value as number) < -INT32 || (value as number) >= INT32))
      out.push(`${path}: int32`);
  }
  if (s.enum && !s.enum.includes(value as string)) out.push(`${path}: one of ${s.enum.join(', ')}`);
  const described = s['x-lab-enum-from-description'];
  if (described && !described.includes(value as string))
    out.push(`${path}: one of ${described.join(', ')} (as its description lists)`);
  if (type === 'array') {
    if (!Array.isArray(value)) out.push(`${path}: array`);
    else if (s.items) value.forEach((v, i) => check(v, s.items as Schema, `${path}[${i}]`, out));
  }
  if (type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      out.push(`${path}: object`);
      return;
    }
    const o = value as Record<string, unknown>;
    for (const r of s.required ?? []) if (o[r] === undefined) out.push(`${path}.${r}: required`);
    for (const [k, v] of Object.entries(o)) {
      const p = s.properties?.[k] ?? s.additionalProperties;
      if (!p) out.push(`${path}.${k}: unknown field`);
      else check(v, p, `${path}.${k}`, out);
    }
  }
}

/** Every problem found in this object against its kind's definition (empty = accepted). */
export function validateK8sObject(o: Record<string, unknown>): string[] {
  const kind = String(o.kind);
  const def = KINDS.get(kind);
  if (!def) return [`kind ${kind}: unknown`];
  const out: string[] = [];
  if (o.apiVersion !== def.apiVersion) out.push(`apiVersion: ${def.apiVersion}`);
  // Not in the schema (ObjectMeta requires nothing; generateName is the alternative on create):
  // `kubectl apply` needs a name to find the live object.
  const meta = o.metadata as { name?: unknown } | undefined;
  if (typeof meta?.name !== 'string' || meta.name === '') out.push('metadata.name: required');
  check(o, { $ref: `#/components/schemas/${def.name}` }, kind, out);
  return out;
}
