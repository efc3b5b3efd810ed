/** A corpus of hostile or broken inputs for the share, file, autosave and validation gates. */
import { deflateSync } from 'fflate';
import {
  decodeShare,
  encodeShare,
  parseScenario,
  presetById,
  restoreAutosave,
  scenarioFromJson,
  type ScenarioMessageKey,
} from '../../../src/scenario';
import { makeDoc, podDoc, type Doc } from './docs';

/** One hostile input: how to feed it, and the message key it must be refused with. */
export interface HostileCase {
  /** What the input is. */
  readonly name: string;
  /** Feeds it to a gate; returns the refusal's key, or "accepted". */
  readonly run: () => string;
  /** The key expected. */
  readonly key: ScenarioMessageKey;
}

const b64url = (bytes: Uint8Array): string =>
  Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
/** A v1 link around any text, compressed as the app does. */
export const linkOfText = (text: string): string =>
  `v1.${b64url(deflateSync(new TextEncoder().encode(text), { level: 9 }))}`;
/** A v1 link around a payload object. */
const linkOf = (payload: unknown): string => linkOfText(JSON.stringify(payload));
/** A link whose scenario is a document changed as given. */
const linkWith = (doc: Doc): string => linkOf({ s: doc, f: [], h: 0, l: 'en' });

const share = (fragment: string) => () => {
  const r = decodeShare(fragment);
  return r.ok ? 'accepted' : r.error.key;
};
const file = (text: string) => () => {
  const r = scenarioFromJson(text);
  return r.ok ? 'accepted' : (r.errors[0]?.key ?? 'none');
};
const stored = (raw: string) => () => {
  const r = restoreAutosave(raw);
  return r.ok === true ? 'accepted' : r.ok === 'empty' ? 'empty' : r.error.key;
};
const direct = (input: unknown) => () => {
  const r = parseScenario(input);
  return r.ok ? 'accepted' : (r.errors[0]?.key ?? 'none');
};

const good = presetById('two-nodes-hostgw')?.scenario;
const goodLink = good ? encodeShare({ scenario: good, flows: [0], hop: 0, lang: 'en' }) : '';
const deepArrays = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const deepObjects = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
const named = (name: string) => makeDoc({ pods: [podDoc(name, 'node1')], packets: [] });
const titled = (title: string) => makeDoc({ top: { title } });
const envelope = (extra: Doc) =>
  JSON.stringify({ format: 'pod-network-lab/autosave', version: 1, scenario: makeDoc(), ...extra });
const cyclic: Doc = { version: 1 };
cyclic.self = cyclic;

/** A bomb: 10 MB of zeros squeezed into about 10 kB, under the fragment cap. */
export function bombLink(): string {
  return `v1.${b64url(deflateSync(new Uint8Array(10 * 1024 * 1024), { level: 9 }))}`;
}

/** Every hostile case (the bomb is built once by the caller and passed in). */
export function hostileCases(bomb: string): HostileCase[] {
  return [
    // ------------------------------------------------------------ share links: the envelope
    { name: 'an empty fragment', run: share(''), key: 'scenario.share.error.empty' },
    { name: 'a fragment of whitespace', run: share('   \t '), key: 'scenario.share.error.empty' },
    { name: 'a lone "#"', run: share('#'), key: 'scenario.share.error.empty' },
    { name: 'a foreign prefix', run: share('x1.abcd'), key: 'scenario.share.error.badPrefix' },
    { name: 'a prefix without a dot', run: share('v1abcd'), key: 'scenario.share.error.badPrefix' },
    { name: 'version 0', run: share('v0.abcd'), key: 'scenario.share.error.badPrefix' },
    {
      name: 'a newer link format',
      run: share('v2.abcd'),
      key: 'scenario.share.error.newerVersion',
    },
    {
      name: 'a huge link format number',
      run: share('v999999999.abcd'),
      key: 'scenario.share.error.newerVersion',
    },
    { name: 'an empty body', run: share('v1.'), key: 'scenario.share.error.badBase64' },
    {
      name: 'punctuation in the body',
      run: share('v1.!!!!'),
      key: 'scenario.share.error.badBase64',
    },
    {
      name: 'a body of one character too many',
      run: share('v1.abcde'),
      key: 'scenario.share.error.badBase64',
    },
    {
      name: 'standard base64 with padding',
      run: share('v1.ab+/cd=='),
      key: 'scenario.share.error.badBase64',
    },
    {
      name: 'a script tag as the body',
      run: share('v1.<script>alert(1)</script>'),
      key: 'scenario.share.error.badBase64',
    },
    {
      name: 'a 20,000-character link',
      run: share(`v1.${'A'.repeat(20_000)}`),
      key: 'scenario.share.error.tooLong',
    },
    {
      name: 'a link cut in half',
      run: share(goodLink.slice(0, Math.floor(goodLink.length / 2))),
      key: 'scenario.share.error.badCompression',
    },
    {
      name: 'bytes that are not deflate',
      run: share(`v1.${b64url(new Uint8Array([255, 1, 2, 3, 4, 5, 6, 7]))}`),
      key: 'scenario.share.error.badCompression',
    },
    { name: 'a deflate bomb', run: share(bomb), key: 'scenario.share.error.tooBig' },
    {
      name: 'inflated bytes that are not UTF-8',
      run: share(`v1.${b64url(deflateSync(new Uint8Array([0xff, 0xfe, 0xfd])))}`),
      key: 'scenario.error.badJson',
    },
    // ------------------------------------------------------------ share links: the JSON
    {
      name: 'text that is not JSON',
      run: share(linkOfText('not json')),
      key: 'scenario.error.badJson',
    },
    {
      name: 'truncated JSON',
      run: share(linkOfText('{"s":{"version":1')),
      key: 'scenario.error.badJson',
    },
    { name: 'JSON null', run: share(linkOfText('null')), key: 'scenario.share.error.badShape' },
    { name: 'a JSON array', run: share(linkOfText('[]')), key: 'scenario.share.error.badShape' },
    { name: 'a JSON number', run: share(linkOfText('42')), key: 'scenario.share.error.badShape' },
    {
      name: 'a JSON string',
      run: share(linkOfText('"scenario"')),
      key: 'scenario.share.error.badShape',
    },
    {
      name: 'arrays nested 10,000 deep',
      run: share(linkOfText(deepArrays(10_000))),
      key: 'scenario.error.tooDeep',
    },
    {
      name: 'objects nested 100 deep',
      run: share(linkOfText(deepObjects(100))),
      key: 'scenario.error.tooDeep',
    },
    {
      name: 'a "__proto__" key in the payload',
      run: share(linkOfText('{"s":{},"f":[],"h":0,"l":"en","__proto__":{"polluted":1}}')),
      key: 'scenario.error.forbiddenKey',
    },
    {
      name: 'a "constructor" key in the cluster',
      run: share(linkWith(makeDoc({ cluster: { constructor: { prototype: {} } } }))),
      key: 'scenario.error.forbiddenKey',
    },
    {
      name: 'a "prototype" label',
      run: share(
        linkWith(makeDoc({ pods: [podDoc('web', 'node1', { labels: { prototype: 'x' } })] })),
      ),
      key: 'scenario.error.forbiddenKey',
    },
    {
      name: 'a payload without a scenario',
      run: share(linkOf({ f: [], h: 0, l: 'en' })),
      key: 'scenario.share.error.badShape',
    },
    {
      name: 'an unknown language',
      run: share(linkOf({ s: makeDoc(), f: [], h: 0, l: 'fr' })),
      key: 'scenario.share.error.badShape',
    },
    {
      name: 'a negative hop',
      run: share(linkOf({ s: makeDoc(), f: [], h: -1, l: 'en' })),
      key: 'scenario.share.error.badShape',
    },
    {
      name: 'a hop of a billion',
      run: share(linkOf({ s: makeDoc(), f: [], h: 1e9, l: 'en' })),
      key: 'scenario.share.error.badHop',
    },
    {
      name: 'a flow past the last packet',
      run: share(linkOf({ s: makeDoc(), f: [5], h: 0, l: 'en' })),
      key: 'scenario.share.error.badFlow',
    },
    {
      name: 'a fractional flow',
      run: share(linkOf({ s: makeDoc(), f: [0.5], h: 0, l: 'en' })),
      key: 'scenario.share.error.badShape',
    },
    {
      name: 'an extra key in the payload',
      run: share(linkOf({ s: makeDoc(), f: [], h: 0, l: 'en', x: 1 })),
      key: 'scenario.share.error.badShape',
    },
    {
      name: 'a scenario from the future',
      run: share(linkWith(makeDoc({ top: { version: 2 } }))),
      key: 'scenario.error.futureVersion',
    },
    {
      name: 'a scenario without a version',
      run: share(linkWith(makeDoc({ top: { version: undefined } }))),
      key: 'scenario.error.missingVersion',
    },
    {
      name: 'an image tag as a pod name',
      run: share(linkWith(named('<img src=x onerror=alert(1)>'))),
      key: 'scenario.share.error.invalidScenario',
    },
    {
      name: 'a 10,000-character pod name',
      run: share(linkWith(named('a'.repeat(10_000)))),
      key: 'scenario.share.error.invalidScenario',
    },
    {
      name: 'a right-to-left override in the title',
      run: share(linkWith(titled('abc\u202Etxt.exe'))),
      key: 'scenario.share.error.invalidScenario',
    },
    {
      name: 'a zero-width space in a node name',
      run: share(linkWith(makeDoc({ nodes: [{ name: 'node\u200B1' }] }))),
      key: 'scenario.share.error.invalidScenario',
    },
    {
      name: 'a lone surrogate in the title',
      run: share(
        linkOfText(
          `{"s":${JSON.stringify(makeDoc()).replace('"Test"', '"\\ud800"')},"f":[],"h":0,"l":"en"}`,
        ),
      ),
      key: 'scenario.share.error.invalidScenario',
    },
    {
      name: 'a NUL in the title',
      run: share(linkWith(titled('a\u0000b'))),
      key: 'scenario.share.error.invalidScenario',
    },
    {
      name: '1,500 pods',
      run: share(
        linkWith(
          makeDoc({ pods: Array.from({ length: 1500 }, (_, i) => podDoc(`p${i}`, 'node1')) }),
        ),
      ),
      key: 'scenario.error.tooMany',
    },
    {
      name: 'a scenario that is a number',
      run: share(linkOf({ s: 7, f: [], h: 0, l: 'en' })),
      key: 'scenario.share.error.invalidScenario',
    },
    {
      name: 'a scenario that is an array',
      run: share(linkOf({ s: [], f: [], h: 0, l: 'en' })),
      key: 'scenario.share.error.invalidScenario',
    },
    {
      name: 'a script URL as an image',
      run: share(
        linkWith(
          makeDoc({
            pods: [
              podDoc('web', 'node1', { containers: [{ name: 'a', image: 'javascript:alert(1)' }] }),
            ],
          }),
        ),
      ),
      key: 'scenario.share.error.invalidScenario',
    },
    {
      name: 'markup in a label value',
      run: share(
        linkWith(makeDoc({ pods: [podDoc('web', 'node1', { labels: { app: '<b>x</b>' } })] })),
      ),
      key: 'scenario.share.error.invalidScenario',
    },
    {
      name: 'an infinite port',
      run: share(
        linkOfText(
          `{"s":${JSON.stringify(makeDoc()).replace('"port":80', '"port":1e309')},"f":[],"h":0,"l":"en"}`,
        ),
      ),
      key: 'scenario.share.error.invalidScenario',
    },
    // ------------------------------------------------------------ files
    { name: 'an empty file', run: file(''), key: 'scenario.error.emptyInput' },
    { name: 'a file of whitespace', run: file('  \n\t '), key: 'scenario.error.emptyInput' },
    { name: 'a truncated file', run: file('{"version":1,"title":'), key: 'scenario.error.badJson' },
    {
      name: 'a file with a byte-order mark',
      run: file(`\uFEFF${JSON.stringify(makeDoc())}`),
      key: 'scenario.error.badJson',
    },
    { name: 'a file holding null', run: file('null'), key: 'scenario.error.notObject' },
    { name: 'a file holding an array', run: file('[1,2,3]'), key: 'scenario.error.notObject' },
    { name: 'a file holding a number', run: file('123'), key: 'scenario.error.notObject' },
    { name: 'a file holding true', run: file('true'), key: 'scenario.error.notObject' },
    {
      name: 'a file over 1 MB',
      run: file(`{"title":"${'x'.repeat(1_100_000)}"}`),
      key: 'scenario.error.tooLarge',
    },
    {
      name: 'a file of 100,000 open brackets',
      run: file('['.repeat(100_000)),
      key: 'scenario.error.tooDeep',
    },
    {
      name: 'a file with a numeric "$schema"',
      run: file(JSON.stringify({ $schema: 5, ...makeDoc() })),
      key: 'scenario.error.wrongType',
    },
    {
      name: 'a file with "__proto__" at the top',
      run: file(`{"__proto__":{"admin":true},${JSON.stringify(makeDoc()).slice(1)}`),
      key: 'scenario.error.forbiddenKey',
    },
    {
      name: 'a file from a newer app',
      run: file(JSON.stringify(makeDoc({ top: { version: 99 } }))),
      key: 'scenario.error.futureVersion',
    },
    {
      name: 'a file with 2,000 pods',
      run: file(
        JSON.stringify(
          makeDoc({ pods: Array.from({ length: 2000 }, (_, i) => podDoc(`p${i}`, 'node1')) }),
        ),
      ),
      key: 'scenario.error.tooMany',
    },
    {
      name: 'a file with 300,000 numbers in short arrays',
      run: file(`[${Array.from({ length: 1000 }, () => `[${'0,'.repeat(299)}0]`).join(',')}]`),
      key: 'scenario.error.tooMany',
    },
    // ------------------------------------------------------------ autosave
    { name: 'autosave garbage', run: stored('garbage'), key: 'scenario.error.badJson' },
    {
      name: 'an autosave without an envelope',
      run: stored('{}'),
      key: 'scenario.storage.error.badEnvelope',
    },
    {
      name: 'an autosave of another app',
      run: stored(envelope({ format: 'other-app' })),
      key: 'scenario.storage.error.badEnvelope',
    },
    {
      name: 'an autosave from a newer app',
      run: stored(envelope({ version: 2 })),
      key: 'scenario.storage.error.newerVersion',
    },
    {
      name: 'an autosave with a broken scenario',
      run: stored(envelope({ scenario: { version: 1 } })),
      key: 'scenario.storage.error.invalidScenario',
    },
    {
      name: 'an autosave with "__proto__"',
      run: stored(`{"__proto__":{},"format":"pod-network-lab/autosave"}`),
      key: 'scenario.error.forbiddenKey',
    },
    // ------------------------------------------------------------ values handed straight to the validator
    { name: 'an object that contains itself', run: direct(cyclic), key: 'scenario.error.tooDeep' },
    { name: 'undefined', run: direct(undefined), key: 'scenario.error.notObject' },
    { name: 'a function', run: direct(() => 1), key: 'scenario.error.notObject' },
    { name: 'a symbol', run: direct(Symbol('s')), key: 'scenario.error.notObject' },
    { name: 'a bigint', run: direct(10n), key: 'scenario.error.notObject' },
    {
      name: 'an object made with a null prototype and a "constructor" key',
      run: direct(Object.assign(Object.create(null) as Doc, { constructor: 1 })),
      key: 'scenario.error.forbiddenKey',
    },
  ];
}
