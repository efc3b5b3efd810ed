/** Pasted YAML (or kubectl's JSON) to plain objects with their lines: many documents, `List`s flattened, sizes capped. */
import { isMap, isNode, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import { isRecord } from '../guard';
import { MANIFEST_LIMITS } from './limits';

/** One object of the input and the line it starts on. */
export interface RawObject {
  readonly doc: Record<string, unknown>;
  readonly line: number;
}

/** Why the text could not be read at all. */
export interface TextProblem {
  /** What: too long, not YAML, too many objects, a document that is not an object. */
  readonly what: 'tooLong' | 'yaml' | 'tooMany' | 'tooManyPods' | 'notObject' | 'empty';
  /** The line, when there is one (1-based). */
  readonly line?: number;
  /** The parser's code (BAD_INDENT…) or the limit passed. */
  readonly detail?: string;
}

/** The objects of a text, or why there are none. */
export type DocsResult =
  | { readonly ok: true; readonly objects: readonly RawObject[] }
  | { readonly ok: false; readonly problem: TextProblem };

/** Whether a kind names a list (`List`, or `PodList` as the API returns it). */
const isListKind = (k: unknown): k is string => typeof k === 'string' && /List$/.test(k);

/** Splits the text into objects; a List's items become objects of their own (typed lists lend their kind). */
export function readDocuments(source: string): DocsResult {
  if (source.length > MANIFEST_LIMITS.chars)
    return { ok: false, problem: { what: 'tooLong', detail: String(MANIFEST_LIMITS.chars) } };
  const lines = new LineCounter();
  let docs;
  try {
    docs = parseAllDocuments(source, { lineCounter: lines, uniqueKeys: true });
  } catch {
    return { ok: false, problem: { what: 'yaml', detail: 'nesting' } };
  }
  if (!Array.isArray(docs)) return { ok: false, problem: { what: 'empty' } };
  const objects: RawObject[] = [];
  for (const d of docs) {
    const err = d.errors[0];
    if (err) {
      const line = err.linePos?.[0].line;
      return {
        ok: false,
        problem: { what: 'yaml', detail: err.code, ...(line !== undefined ? { line } : {}) },
      };
    }
    const at = (offset: number | undefined) => lines.linePos(offset ?? 0).line;
    const line = at(d.contents?.range[0]);
    let value: unknown;
    try {
      value = d.toJS({ maxAliasCount: MANIFEST_LIMITS.aliases });
    } catch {
      return { ok: false, problem: { what: 'yaml', line, detail: 'aliases' } };
    }
    if (value === null || value === undefined) continue;
    if (!isRecord(value)) return { ok: false, problem: { what: 'notObject', line } };
    if (isListKind(value.kind) && Array.isArray(value.items)) {
      const node = isMap(d.contents) ? d.contents.get('items', true) : undefined;
      const itemKind = value.kind === 'List' ? undefined : value.kind.slice(0, -4);
      value.items.forEach((item, i) => {
        const item0 = isSeq(node) ? node.items[i] : undefined;
        const itemLine = isNode(item0) ? at(item0.range?.[0]) : line;
        if (!isRecord(item)) {
          objects.push({ doc: { kind: undefined }, line: itemLine });
          return;
        }
        objects.push({
          doc:
            item.kind === undefined && itemKind
              ? { apiVersion: value.apiVersion, ...item, kind: itemKind }
              : item,
          line: itemLine,
        });
      });
    } else objects.push({ doc: value, line });
    if (objects.length > MANIFEST_LIMITS.objects)
      return {
        ok: false,
        problem: { what: 'tooMany', line, detail: String(MANIFEST_LIMITS.objects) },
      };
  }
  if (objects.length === 0) return { ok: false, problem: { what: 'empty' } };
  return { ok: true, objects };
}
