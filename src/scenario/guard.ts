/** The first gate for untrusted input: size, nesting depth, forbidden keys and array lengths. */
import { joinPath, scenarioError, type ScenarioError } from './errors';
import { INPUT_LIMITS } from './limits';

/** Keys that could reach an object's prototype if some later code merged the input. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The result of reading untrusted JSON text. */
export type UntrustedJson = { ok: true; value: unknown } | { ok: false; error: ScenarioError };

/** Whether JSON text nests objects and arrays deeper than max, found by one pass before parsing. */
export function jsonTooDeep(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

/** Walks a parsed value and returns the first structural problem: too deep, a forbidden key, too many values. */
export function checkStructure(value: unknown): ScenarioError | null {
  if (typeof value !== 'object' || value === null) return null;
  let count = 1;
  const stack: { value: object; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { value: v, path, depth } = top;
    if (depth >= INPUT_LIMITS.depth)
      return scenarioError(path, 'scenario.error.tooDeep', { max: INPUT_LIMITS.depth });
    const isArray = Array.isArray(v);
    const keys = isArray ? null : Object.keys(v);
    const size = keys ? keys.length : (v as unknown[]).length;
    count += size;
    if (size > INPUT_LIMITS.array || count > INPUT_LIMITS.values)
      return scenarioError(path, 'scenario.error.tooMany', {
        max: size > INPUT_LIMITS.array ? INPUT_LIMITS.array : INPUT_LIMITS.values,
      });
    for (let i = 0; i < size; i++) {
      const key = keys ? (keys[i] ?? '') : i;
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key))
        return scenarioError(joinPath(path, key), 'scenario.error.forbiddenKey', { key });
      const child: unknown = (v as Record<string | number, unknown>)[key];
      if (typeof child === 'object' && child !== null)
        stack.push({ value: child, path: joinPath(path, key), depth: depth + 1 });
    }
  }
  return null;
}

/** Parses untrusted JSON text behind the size, depth and key checks. */
export function parseUntrustedJson(
  text: string,
  maxChars: number = INPUT_LIMITS.jsonChars,
): UntrustedJson {
  if (text.length > maxChars)
    return { ok: false, error: scenarioError('', 'scenario.error.tooLarge', { max: maxChars }) };
  if (text.trim() === '')
    return { ok: false, error: scenarioError('', 'scenario.error.emptyInput') };
  if (jsonTooDeep(text, INPUT_LIMITS.depth))
    return {
      ok: false,
      error: scenarioError('', 'scenario.error.tooDeep', { max: INPUT_LIMITS.depth }),
    };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: scenarioError('', 'scenario.error.badJson') };
  }
  const problem = checkStructure(value);
  return problem ? { ok: false, error: problem } : { ok: true, value };
}

/** A short English-free description of a value's kind, for "expected an object, not …". */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Whether a value is a plain (non-array) object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
