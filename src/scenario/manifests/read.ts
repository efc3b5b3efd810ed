/** Reading helpers shared by the manifest mappers: typed field readers that fail with a path, and the left-out list. */
import { isRecord } from '../guard';

/** Why something of a manifest is not in the scenario, or what the import did on its own. */
export type NoteReason =
  /** A field the simulation has no place for (volumes, probes, resources…). */
  | 'unsupported'
  /** A whole object of a kind the app does not model (Secret, ServiceAccount…). */
  | 'unknownKind'
  /** An object whose fields have the wrong shape; `expected` says what belonged at `path`. */
  | 'invalid'
  /** A pod that is not running (Succeeded, Failed): its address is free again. */
  | 'notRunning'
  /** A controller whose pods are in the input too: those pods are used, the template is not expanded. */
  | 'podsListed'
  /** A name changed to fit a DNS label (dots, upper case, length). */
  | 'renamed'
  /** Something the import added: a node to place pods on, an ingress controller. */
  | 'added'
  /** A range worked out from the addresses found (the smallest that covers them). */
  | 'inferred'
  /** A value read as the nearest thing the simulation has (LoadBalancer as NodePort). */
  | 'approximated';

/** One entry of the list shown before loading: which object, which field, why. */
export interface ManifestNote {
  /** The object's kind, e.g. "Deployment". */
  readonly kind: string;
  /** "namespace/name" or "name" of the object ("" when it has none). */
  readonly name: string;
  /** A dotted path inside the object, e.g. "spec.template.spec.volumes"; "" for the whole object. */
  readonly path: string;
  /** Why. */
  readonly reason: NoteReason;
  /** The line of the object in the pasted text (1-based), when known. */
  readonly line?: number;
  /** A value that says more: the expected shape, the new name, the range inferred. */
  readonly detail?: string;
}

/** Where a manifest could not be read: the path and the kind of value expected there. */
export class Problem extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(path);
  }
}

/** Throws a Problem. */
export const fail = (path: string, expected: string): never => {
  throw new Problem(path, expected);
};
/** An object, or {} when absent. */
export const obj = (v: unknown, path: string): Record<string, unknown> =>
  v === undefined || v === null ? {} : isRecord(v) ? v : fail(path, 'object');
/** A list, or [] when absent. */
export const list = (v: unknown, path: string): unknown[] =>
  v === undefined || v === null ? [] : Array.isArray(v) ? v : fail(path, 'list');
/** A string. */
export const text = (v: unknown, path: string): string =>
  typeof v === 'string' ? v : fail(path, 'text');
/** A string, or undefined when absent. */
export const optText = (v: unknown, path: string): string | undefined =>
  v === undefined || v === null ? undefined : text(v, path);
/** A whole number. */
export const int = (v: unknown, path: string): number =>
  typeof v === 'number' && Number.isInteger(v) ? v : fail(path, 'whole number');
/** A boolean, false when absent. */
export const flag = (v: unknown, path: string): boolean =>
  v === undefined || v === null ? false : typeof v === 'boolean' ? v : fail(path, 'true or false');

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** A map of strings (labels, selectors); numbers and booleans are read as YAML writes them. */
export function textMap(v: unknown, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(obj(v, path))) {
    if (FORBIDDEN.has(k)) fail(`${path}.${k}`, 'label key');
    out[k] = typeof x === 'number' || typeof x === 'boolean' ? String(x) : text(x, `${path}.${k}`);
  }
  return out;
}

/** Runs a reader; a Problem becomes a value instead of an exception. */
export function attempt<T>(
  read: () => T,
): { ok: true; value: T } | { ok: false; path: string; expected: string } {
  try {
    return { ok: true, value: read() };
  } catch (e) {
    if (e instanceof Problem) return { ok: false, path: e.path, expected: e.expected };
    throw e;
  }
}

/** JSON-like equality, for values compared with the API server's defaults. */
export const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Collects the notes of one object. */
export class NoteSink {
  readonly notes: ManifestNote[] = [];
  constructor(
    private readonly kind: string,
    private readonly name: string,
    private readonly line?: number,
  ) {}
  /** Records a note about a field of this object. */
  add(path: string, reason: NoteReason, detail?: string): void {
    this.notes.push({
      kind: this.kind,
      name: this.name,
      path,
      reason,
      ...(this.line !== undefined ? { line: this.line } : {}),
      ...(detail !== undefined ? { detail } : {}),
    });
  }
  /**
   * Notes every key of `o` the mapper did not read, unless it is one the API server fills in with
   * the value given in `defaults` (or any value, for `undefined`), which means nothing here.
   */
  rest(
    o: Record<string, unknown>,
    read: readonly string[],
    path: string,
    defaults: Readonly<Record<string, unknown>> = {},
  ): void {
    for (const [k, v] of Object.entries(o)) {
      if (read.includes(k) || v === null) continue;
      if (k in defaults && (defaults[k] === undefined || same(defaults[k], v))) continue;
      this.add(path ? `${path}.${k}` : k, 'unsupported');
    }
  }
}
