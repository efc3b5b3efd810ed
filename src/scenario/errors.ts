/** Validation errors: a path into the document, an i18n key and its parameters. */
import type { scenarioEn } from '../i18n/en/scenario';

/** Every message key of the scenario catalog. */
export type ScenarioMessageKey = keyof typeof scenarioEn;
/** Keys of document errors, under "scenario.error.". */
export type ScenarioErrorKey = Extract<ScenarioMessageKey, `scenario.error.${string}`>;
/** Keys of warnings, under "scenario.warning.": the document is valid but probably not what was meant. */
export type ScenarioWarningKey = Extract<ScenarioMessageKey, `scenario.warning.${string}`>;
/** Values for a message's placeholders. */
export type ErrorParams = Readonly<Record<string, string | number>>;

/** One problem found in a scenario document. */
export interface ScenarioError {
  /** Where: a dotted path with indexes, e.g. "cluster.pods[2].ip"; "" for the whole document. */
  readonly path: string;
  /** What: a message key, translated by the UI. */
  readonly key: ScenarioErrorKey;
  /** Values for the message's placeholders. */
  readonly params: ErrorParams;
}

/** Something valid that will probably surprise: a Service that selects no pod, a named port no pod has. */
export interface ScenarioWarning {
  /** Where, as for errors. */
  readonly path: string;
  /** What: a message key under "scenario.warning.". */
  readonly key: ScenarioWarningKey;
  /** Values for the message's placeholders. */
  readonly params: ErrorParams;
}

/** A failure that is not tied to a path: a share link, a file or an autosave as a whole. */
export interface CodecError {
  /** What: a message key. */
  readonly key: ScenarioMessageKey;
  /** Values for the message's placeholders. */
  readonly params: ErrorParams;
  /** The document errors behind the failure, when the scenario itself was invalid. */
  readonly errors?: readonly ScenarioError[];
}

/** Longest piece of untrusted text echoed back inside a message. */
const ECHO_MAX = 40;

/** Shortens untrusted text for display in a message. */
export function echo(value: unknown): string {
  const text = String(value);
  return text.length > ECHO_MAX ? `${text.slice(0, ECHO_MAX)}…` : text;
}

/** Builds one error. */
export function scenarioError(
  path: string,
  key: ScenarioErrorKey,
  params: ErrorParams = {},
): ScenarioError {
  return { path, key, params };
}

/** Joins a path and a key or index: ("cluster", "pods") → "cluster.pods", ("pods", 2) → "pods[2]". */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base === '' ? key : `${base}.${key}`;
}

/** The errors at a path or below it, e.g. errorsAt(errors, "cluster.pods[2]") for one pod's form. */
export function errorsAt(errors: readonly ScenarioError[], pathPrefix: string): ScenarioError[] {
  if (pathPrefix === '') return [...errors];
  return errors.filter(
    (e) =>
      e.path === pathPrefix ||
      e.path.startsWith(`${pathPrefix}.`) ||
      e.path.startsWith(`${pathPrefix}[`),
  );
}
