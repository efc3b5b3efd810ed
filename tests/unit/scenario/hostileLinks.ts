/** Hostile share links: broken envelopes, bad compression, bombs, hostile JSON and invalid scenarios. */
import { deflateSync } from 'fflate';
import { encodeShare, LIMITS, presetById, SCENARIO_VERSION } from '../../../src/scenario';
import { SHARE_LIMITS } from '../../../src/scenario/share';
import { makeDoc, podDoc } from './docs';
import { b64url, linkOf, linkOfText, linkWith, share, type HostileCase } from './hostileKit';

const good = presetById('two-nodes-hostgw')?.scenario;
const goodLink = good ? encodeShare({ scenario: good, flows: [0], hop: 0, lang: 'en' }) : '';
const deepArrays = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const deepObjects = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
const named = (name: string) => makeDoc({ pods: [podDoc(name, 'node1')], packets: [] });
const titled = (title: string) => makeDoc({ top: { title } });

/** The share-link cases; the bomb link is built once by the caller. */
export function linkCases(bomb: string): HostileCase[] {
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
      name: 'a link one character over the cap',
      run: share(`v1.${'A'.repeat(SHARE_LIMITS.fragmentChars)}`),
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
      run: share(linkWith(makeDoc({ top: { version: SCENARIO_VERSION + 1 } }))),
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
      name: 'one pod more than the cap (alike pods pack small)',
      run: share(
        linkWith(
          makeDoc({ pods: Array.from({ length: LIMITS.pods + 1 }, () => podDoc('p', 'node1')) }),
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
  ];
}
