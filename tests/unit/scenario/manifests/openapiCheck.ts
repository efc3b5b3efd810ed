/** A small checker of objects against the trimmed Kubernetes OpenAPI fixture: required fields, types, enums, unknown fields (as kubectl's client-side validation rejects them). */
import { readFileSync } from 'node:fs';

interface Schema {
  readonly type?: string;
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly items?: Schema;
  readonly additionalProperties?: Schema;
  readonly enum?: readonly string[];
  readonly $ref?: string;
  readonly 'x-kubernetes-int-or-string'?: boolean;
}
interface Spec {
  readonly kinds: Readonly<Record<string, string>>;
  readonly apiVersions: Readonly<Record<string, string>>;
  readonly components: { readonly schemas: Readonly<Record<string, Schema>> };
}

const spec = JSON.parse(
  readFileSync(new URL('../../../fixtures/k8s-openapi/kinds.json', import.meta.url), 'utf8'),
) as Spec;

const resolve = (s: Schema): Schema =>
  s.$ref ? (spec.components.schemas[s.$ref.split('/').pop() ?? ''] ?? {}) : s;

function check(value: unknown, raw: Schema, path: string, out: string[]): void {
  const s = resolve(raw);
  if (s['x-kubernetes-int-or-string']) {
    if (typeof value !== 'string' && !Number.isInteger(value)) out.push(`${path}: int or string`);
    return;
  }
  const type = s.type;
  if (type === 'string' && typeof value !== 'string') out.push(`${path}: string`);
  if (type === 'integer' && !Number.isInteger(value)) out.push(`${path}: integer`);
  if (type === 'boolean' && typeof value !== 'boolean') out.push(`${path}: boolean`);
  if (s.enum && !s.enum.includes(value as string)) out.push(`${path}: one of ${s.enum.join(', ')}`);
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

/** Every problem kubectl's client-side validation would report for this object (empty = accepted). */
export function validateK8sObject(o: Record<string, unknown>): string[] {
  const kind = String(o.kind);
  const def = spec.kinds[kind];
  if (!def) return [`kind ${kind}: unknown`];
  const out: string[] = [];
  if (o.apiVersion !== spec.apiVersions[kind]) out.push(`apiVersion: ${spec.apiVersions[kind]}`);
  const meta = o.metadata as { name?: unknown } | undefined;
  if (typeof meta?.name !== 'string' || meta.name === '') out.push('metadata.name: required');
  check(o, { $ref: def }, kind, out);
  return out;
}
