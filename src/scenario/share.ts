/** The share-link codec: a view (scenario, packets shown, hop, language) as "v1.<base64url(deflate(json))>". */
import { deflateSync, Inflate } from 'fflate';
import * as v from 'valibot';
import { compactScenario } from './compact';
import type { CodecError } from './errors';
import { parseUntrustedJson } from './guard';
import { LIMITS } from './limits';
import type { Scenario } from './types';
import { parseScenario } from './validate';

/** The share format version written after "v". */
export const SHARE_VERSION = 1;
/** Caps on a link and on what it unpacks to. */
export const SHARE_LIMITS = {
  /** Longest fragment read, in characters (a 5,000-pod scenario with real-looking names and two containers a pod packs into about 320 K; Chromium takes 2 M). */
  fragmentChars: 512 * 1024,
  /** Largest unpacked JSON, in bytes: reading stops as soon as it is passed (that scenario unpacks to under 2 MB). */
  inflatedBytes: 4 * 1024 * 1024,
  /** Highest hop index a link may point at. */
  hop: 10_000,
} as const;
/** Input bytes fed to the inflater at a time, so a bomb is caught within one small step. */
const INFLATE_STEP = 128;

/** What a share link shows. */
export interface SharedView {
  /** The scenario. */
  readonly scenario: Scenario;
  /** Indexes into scenario.packets of the flows being shown. */
  readonly flows: number[];
  /** The hop the playback cursor is on. */
  readonly hop: number;
  /** The language the sender was reading. */
  readonly lang: 'en' | 'ko';
}

/** A decoded view, or why the link was refused. */
export type DecodeShareResult = { ok: true; view: SharedView } | { ok: false; error: CodecError };

const index = v.pipe(v.number(), v.integer(), v.minValue(0));
/** The JSON inside a link: short keys, scenario checked separately. */
const PayloadSchema = v.strictObject({
  s: v.unknown(),
  f: v.pipe(v.array(index), v.maxLength(LIMITS.packets)),
  h: index,
  l: v.picklist(['en', 'ko']),
});

/** Bytes as base64url without padding. */
function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url text as bytes; null when it is not base64url. */
function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/** Inflates with an output cap, stopping as soon as the cap is passed; "big" or "bad" on failure. */
function inflateCapped(data: Uint8Array, cap: number): Uint8Array | 'big' | 'bad' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total <= cap) chunks.push(chunk);
    if (final) done = true;
  });
  try {
    for (let i = 0; i < data.length && total <= cap; i += INFLATE_STEP) {
      const end = Math.min(i + INFLATE_STEP, data.length);
      inflater.push(data.subarray(i, end), end === data.length);
    }
  } catch {
    return 'bad';
  }
  if (total > cap) return 'big';
  if (!done) return 'bad';
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The fragment text of a view (no leading "#"). */
export function encodeShare(view: SharedView): string {
  const payload = { s: compactScenario(view.scenario), f: view.flows, h: view.hop, l: view.lang };
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  return `v${SHARE_VERSION}.${toBase64Url(deflateSync(bytes, { level: 9 }))}`;
}

/** A failure with a key and parameters. */
const fail = (key: CodecError['key'], params: CodecError['params'] = {}): DecodeShareResult => ({
  ok: false,
  error: { key, params },
});

/** Reads a fragment (with or without "#") back into a view, refusing anything hostile or broken. */
export function decodeShare(fragment: string): DecodeShareResult {
  if (fragment.length > SHARE_LIMITS.fragmentChars)
    return fail('scenario.share.error.tooLong', {
      length: fragment.length,
      max: SHARE_LIMITS.fragmentChars,
    });
  const text = (fragment.startsWith('#') ? fragment.slice(1) : fragment).trim();
  if (text === '') return fail('scenario.share.error.empty');
  const m = /^v(\d{1,9})\.([\s\S]*)$/.exec(text);
  if (!m) return fail('scenario.share.error.badPrefix');
  const version = Number(m[1]);
  if (version > SHARE_VERSION) return fail('scenario.share.error.newerVersion', { version });
  if (version !== SHARE_VERSION) return fail('scenario.share.error.badPrefix');
  const bytes = fromBase64Url(m[2] ?? '');
  if (!bytes) return fail('scenario.share.error.badBase64');
  const inflated = inflateCapped(bytes, SHARE_LIMITS.inflatedBytes);
  if (inflated === 'big')
    return fail('scenario.share.error.tooBig', { max: SHARE_LIMITS.inflatedBytes });
  if (inflated === 'bad') return fail('scenario.share.error.badCompression');
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return fail('scenario.error.badJson');
  }
  const parsed = parseUntrustedJson(json, SHARE_LIMITS.inflatedBytes);
  if (!parsed.ok) return fail(parsed.error.key, parsed.error.params);
  const payload = v.safeParse(PayloadSchema, parsed.value);
  if (!payload.success) return fail('scenario.share.error.badShape');
  const result = parseScenario(payload.output.s);
  if (!result.ok) {
    const first = result.errors[0];
    if (result.errors.length === 1 && first?.path === 'version')
      return fail(first.key, first.params);
    return {
      ok: false,
      error: {
        key: 'scenario.share.error.invalidScenario',
        params: { count: result.errors.length, path: first?.path ?? '' },
        errors: result.errors,
      },
    };
  }
  const { f: flows, h: hop, l: lang } = payload.output;
  const count = result.scenario.packets.length;
  const bad = flows.find((i) => i >= count);
  if (bad !== undefined) return fail('scenario.share.error.badFlow', { index: bad, count });
  if (hop > SHARE_LIMITS.hop)
    return fail('scenario.share.error.badHop', { hop, max: SHARE_LIMITS.hop });
  return { ok: true, view: { scenario: result.scenario, flows, hop, lang } };
}
