/** Tools for the hostile corpus: case type, link builders and the gates' runners. */
import { deflateSync } from 'fflate';
import {
  decodeShare,
  parseScenario,
  restoreAutosave,
  scenarioFromJson,
  type ScenarioMessageKey,
} from '../../../src/scenario';
import type { Doc } from './docs';

/** One hostile input: how to feed it, and the message key it must be refused with. */
export interface HostileCase {
  /** What the input is. */
  readonly name: string;
  /** Feeds it to a gate; returns the refusal's key, or "accepted". */
  readonly run: () => string;
  /** The key expected. */
  readonly key: ScenarioMessageKey;
}

/** Bytes as base64url, as links carry them. */
export const b64url = (bytes: Uint8Array): string =>
  Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
/** A v1 link around any text, compressed as the app does. */
export const linkOfText = (text: string): string =>
  `v1.${b64url(deflateSync(new TextEncoder().encode(text), { level: 9 }))}`;
/** A v1 link around a payload object. */
export const linkOf = (payload: unknown): string => linkOfText(JSON.stringify(payload));
/** A link whose scenario is a document changed as given. */
export const linkWith = (doc: Doc): string => linkOf({ s: doc, f: [], h: 0, l: 'en' });

/** Feeds a fragment to decodeShare. */
export const share = (fragment: string) => () => {
  const r = decodeShare(fragment);
  return r.ok ? 'accepted' : r.error.key;
};
/** Feeds text to scenarioFromJson. */
export const file = (text: string) => () => {
  const r = scenarioFromJson(text);
  return r.ok ? 'accepted' : (r.errors[0]?.key ?? 'none');
};
/** Feeds stored text to restoreAutosave. */
export const stored = (raw: string) => () => {
  const r = restoreAutosave(raw);
  return r.ok === true ? 'accepted' : r.ok === 'empty' ? 'empty' : r.error.key;
};
/** Hands a value straight to parseScenario. */
export const direct = (input: unknown) => () => {
  const r = parseScenario(input);
  return r.ok ? 'accepted' : (r.errors[0]?.key ?? 'none');
};

/** A bomb: 10 MB of zeros squeezed into about 10 kB, under the fragment cap. */
export function bombLink(): string {
  return `v1.${b64url(deflateSync(new Uint8Array(10 * 1024 * 1024), { level: 9 }))}`;
}
