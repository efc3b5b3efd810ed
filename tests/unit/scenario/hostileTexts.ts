/** Hostile files, autosaves and values handed straight to the validator. */
import { INPUT_LIMITS, LIMITS } from '../../../src/scenario';
import { makeDoc, podDoc, type Doc } from './docs';
import { direct, file, stored, type HostileCase } from './hostileKit';

const envelope = (extra: Doc) =>
  JSON.stringify({ format: 'pod-network-lab/autosave', version: 1, scenario: makeDoc(), ...extra });
const cyclic: Doc = { version: 1 };
cyclic.self = cyclic;

/** The file, autosave and direct cases. */
export function textCases(): HostileCase[] {
  return [
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
      name: 'a file over the size cap',
      run: file(`{"title":"${'x'.repeat(INPUT_LIMITS.jsonChars + 100_000)}"}`),
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
      name: 'a file with one pod more than the cap',
      run: file(
        JSON.stringify(
          makeDoc({
            pods: Array.from({ length: LIMITS.pods + 1 }, (_, i) => podDoc(`p${i}`, 'node1')),
          }),
        ),
      ),
      key: 'scenario.error.tooMany',
    },
    {
      name: 'a file with more values than the cap, in short arrays',
      run: file(
        `[${Array.from({ length: 1000 }, () => `[${'0,'.repeat(INPUT_LIMITS.values / 1000)}0]`).join(',')}]`,
      ),
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
