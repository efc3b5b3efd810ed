/** The lesson gate: a minimal lesson passes; hostile and broken ones are refused with their own key and path. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lessonsEn } from '../../../src/i18n/en/lessons';
import { lessonsKo } from '../../../src/i18n/ko/lessons';
import { en } from '../../../src/i18n/en';
import { ko } from '../../../src/i18n/ko';
import { LESSON_ERROR_KEYS, parseLesson } from '../../../src/lessons';

/** A small valid lesson: the sidecar preset, and a check met by a packet over loopback. */
function base(): Record<string, unknown> & {
  steps: Record<string, unknown>[];
  check: Record<string, unknown>;
} {
  return {
    version: 1,
    id: 'demo',
    concepts: ['C6'],
    title: 'lesson.c6.title',
    intro: 'lesson.c6.intro',
    steps: [{ scenario: { preset: 'sidecar-localhost' }, text: 'lesson.c6.s1' }],
    check: {
      text: 'lesson.c6.check',
      done: 'lesson.c6.done',
      all: [{ kind: 'trace', outcome: 'delivered', scope: 'pod' }],
      solution: {
        send: [
          {
            from: { kind: 'container', pod: 'default/web', container: 'nginx' },
            to: { kind: 'localhost' },
            protocol: 'TCP',
            port: 2020,
          },
        ],
      },
    },
  };
}
const web = (container: string) => ({ kind: 'container', pod: 'default/web', container });

/** The first error of a lesson changed by f (or the whole input when f returns one). */
function firstError(f: (l: ReturnType<typeof base>) => unknown) {
  const l = base();
  const input = f(l) ?? l;
  const r = parseLesson(input);
  if (r.ok) return null;
  return { key: r.errors[0]?.key, path: r.errors[0]?.path };
}

describe('a minimal lesson', () => {
  it('passes, with defaults filled in', () => {
    const r = parseLesson(base());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.lesson.params).toEqual({});
    expect(r.lesson.links).toEqual([]);
    expect(r.lesson.steps[0]).toMatchObject({ actions: [], highlight: [] });
  });

  it('reads back equal after a JSON round trip', () => {
    const r = parseLesson(base());
    if (!r.ok) throw new Error('invalid');
    const again = parseLesson(JSON.parse(JSON.stringify(r.lesson)));
    expect(again).toEqual(r);
  });
});

describe('refusing broken and hostile lessons', () => {
  const cases: [string, (l: ReturnType<typeof base>) => unknown, string, string][] = [
    ['not an object', () => [1, 2], 'scenario.error.notObject', ''],
    [
      'a prototype key',
      () => JSON.parse('{"__proto__":{"x":1}}'),
      'scenario.error.forbiddenKey',
      '__proto__',
    ],
    [
      'nesting too deep',
      () => JSON.parse(`${'{"a":'.repeat(40)}1${'}'.repeat(40)}`),
      'scenario.error.tooDeep',
      'a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a',
    ],
    ['an unknown key', (l) => void (l.extra = 1), 'scenario.error.unknownKey', 'extra'],
    [
      'no check',
      (l) => void delete (l as Record<string, unknown>).check,
      'scenario.error.required',
      'check',
    ],
    ['an id with capitals', (l) => void (l.id = 'C4'), 'scenario.error.badName', 'id'],
    [
      'a key outside lesson.',
      (l) => void (l.title = 'scenario.error.empty'),
      'lesson.error.badKey',
      'title',
    ],
    [
      'a concept that is not C<n>',
      (l) => void (l.concepts = ['C0']),
      'lesson.error.badConcept',
      'concepts[0]',
    ],
    [
      'a placeholder name with a space',
      (l) => void (l.params = { 'a b': 'x' }),
      'lesson.error.badParam',
      'params.a b',
    ],
    [
      'a javascript: link',
      (l) =>
        void (l.links = [
          {
            title: 'lesson.link.pods',
            en: 'javascript:alert(1)',
            ko: 'https://kubernetes.io/ko/docs/',
          },
        ]),
      'lesson.error.badLink',
      'links[0].en',
    ],
    [
      'a look-alike domain',
      (l) =>
        void (l.links = [
          {
            title: 'lesson.link.pods',
            en: 'https://kubernetes.io.evil.example/docs/',
            ko: 'https://kubernetes.io/ko/docs/',
          },
        ]),
      'lesson.error.badLink',
      'links[0].en',
    ],
    [
      'an English page in the Korean slot',
      (l) =>
        void (l.links = [
          {
            title: 'lesson.link.pods',
            en: 'https://kubernetes.io/docs/',
            ko: 'https://kubernetes.io/docs/',
          },
        ]),
      'lesson.error.badLink',
      'links[0].ko',
    ],
    ['no steps', (l) => void (l.steps = []), 'scenario.error.empty', 'steps'],
    [
      'too many steps',
      (l) => void (l.steps = Array.from({ length: 21 }, () => ({ text: 'lesson.c6.s1' }))),
      'scenario.error.tooMany',
      'steps',
    ],
    [
      'a first step without a scenario',
      (l) => void delete l.steps[0]?.scenario,
      'lesson.error.noScenario',
      'steps[0]',
    ],
    [
      'an unknown preset',
      (l) => void (l.steps[0] = { scenario: { preset: 'nope' }, text: 'lesson.c6.s1' }),
      'lesson.error.unknownPreset',
      'steps[0].scenario.preset',
    ],
    [
      'an inline scenario with two pods of one name',
      (l) =>
        void (l.steps[0] = {
          text: 'lesson.c6.s1',
          scenario: {
            inline: {
              version: 2,
              title: 'x',
              cluster: {
                nodes: [{ name: 'n' }],
                pods: [
                  { name: 'p', node: 'n', containers: [{ name: 'c', image: 'i' }] },
                  { name: 'p', node: 'n', containers: [{ name: 'c', image: 'i' }] },
                ],
              },
            },
          },
        }),
      'scenario.error.duplicatePod',
      'steps[0].scenario.inline.cluster.pods[1].name',
    ],
    [
      'an action to a node that does not exist',
      (l) =>
        void (l.steps[0] = {
          ...l.steps[0],
          actions: [{ do: 'movePod', pod: 'default/web', node: 'node9' }],
        }),
      'lesson.error.badAction',
      'steps[0].actions[0]',
    ],
    [
      'an action that is not one',
      (l) => void (l.steps[0] = { ...l.steps[0], actions: [{ do: 'format-disk' }] }),
      'scenario.error.notOneOf',
      'steps[0].actions[0].do',
    ],
    [
      'a packet to a pod that does not exist',
      (l) =>
        void (l.steps[0] = {
          ...l.steps[0],
          send: {
            from: web('nginx'),
            to: { kind: 'pod', pod: 'default/ghost' },
            protocol: 'TCP',
            port: 80,
          },
        }),
      'scenario.error.unknownPod',
      'steps[0].send.to.pod',
    ],
    [
      'a highlight the diagram does not draw',
      (l) => void (l.steps[0] = { ...l.steps[0], highlight: ['pod:default/ghost'] }),
      'lesson.error.unknownElement',
      'steps[0].highlight[0]',
    ],
    [
      'a highlight with a bidi override',
      (l) => void (l.steps[0] = { ...l.steps[0], highlight: ['pod:default/web\u202e'] }),
      'scenario.error.badText',
      'steps[0].highlight[0]',
    ],
    [
      'a question without a packet',
      (l) => void (l.steps[0] = { ...l.steps[0], predict: { at: 'loopback', ask: 'device' } }),
      'lesson.error.predictNeedsPacket',
      'steps[0].predict',
    ],
    [
      'a question at a hop the packet never takes',
      (l) =>
        void (l.steps[0] = {
          ...l.steps[0],
          send: { from: web('log-shipper'), to: { kind: 'localhost' }, protocol: 'TCP', port: 80 },
          predict: { at: 'encapsulate', ask: 'encapsulated' },
        }),
      'lesson.error.noSuchHop',
      'steps[0].predict.at',
    ],
    [
      'a question the hop cannot answer',
      (l) =>
        void (l.steps[0] = {
          ...l.steps[0],
          send: { from: web('log-shipper'), to: { kind: 'localhost' }, protocol: 'TCP', port: 80 },
          predict: { at: 'deliver', ask: 'device' },
        }),
      'lesson.error.cannotAsk',
      'steps[0].predict.ask',
    ],
    [
      'a question at the 21st hop of a kind',
      (l) =>
        void (l.steps[0] = {
          ...l.steps[0],
          send: { from: web('log-shipper'), to: { kind: 'localhost' }, protocol: 'TCP', port: 80 },
          predict: { at: 'loopback', nth: 21, ask: 'device' },
        }),
      'lesson.error.outOfRange',
      'steps[0].predict.nth',
    ],
    [
      'a condition on a pod that does not exist',
      (l) => void (l.check.all = [{ kind: 'container-failed', pod: 'default/ghost' }]),
      'lesson.error.unknownPod',
      'check.all[0]',
    ],
    [
      'a condition on a node that does not exist',
      (l) => void (l.check.all = [{ kind: 'pods', node: 'node9' }]),
      'lesson.error.unknownNode',
      'check.all[0]',
    ],
    [
      'a condition on a container that does not exist',
      (l) =>
        void (l.check.all = [
          { kind: 'trace', deliveredTo: { pod: 'default/web', container: 'ghost' } },
        ]),
      'lesson.error.unknownContainer',
      'check.all[0]',
    ],
    [
      'fewer containers wanted than the most',
      (l) => void (l.check.all = [{ kind: 'pods', minContainers: 3, maxContainers: 2 }]),
      'lesson.error.minOverMax',
      'check.all[0]',
    ],
    [
      'a check met where it starts',
      (l) => void (l.check.all = [{ kind: 'pods', count: 1 }]),
      'lesson.error.checkAlreadyMet',
      'check.all',
    ],
    [
      'a solution that does not meet the check',
      (l) => void (l.check.solution = { send: [] }),
      'lesson.error.solutionFails',
      'check.solution',
    ],
    [
      'a solution packet to nothing',
      (l) =>
        void (l.check.solution = {
          send: [{ from: web('ghost'), to: { kind: 'localhost' }, protocol: 'TCP', port: 80 }],
        }),
      'scenario.error.unknownContainer',
      'check.solution.send[0].from.container',
    ],
  ];

  it.each(cases)('refuses %s', (_name, change, key, path) => {
    expect(firstError(change)).toEqual({ key, path });
  });

  it('reaches every lesson error key from some case, and each has English and Korean text', () => {
    const reached = new Set(cases.map((c) => c[2]));
    for (const k of LESSON_ERROR_KEYS) {
      expect(reached.has(k), k).toBe(true);
      expect((lessonsEn as Record<string, string>)[k], k).toBeTruthy();
      expect((lessonsKo as Record<string, string>)[k], k).toBeTruthy();
    }
    for (const k of reached)
      if (k.startsWith('scenario.'))
        expect(en[k as keyof typeof en] && ko[k as keyof typeof ko], k).toBeTruthy();
  });

  it('never throws on any JSON value, and refuses what is not a lesson', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expect(parseLesson(value).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a valid lesson with one field replaced by anything', () => {
    const fields = ['id', 'concepts', 'title', 'params', 'links', 'steps', 'check', 'version'];
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 4 }), (field, value) => {
        const l = { ...base(), [field]: value };
        const r = parseLesson(l);
        if (r.ok) expect(r.lesson.id).toMatch(/^[a-z0-9-]+$/);
      }),
      { numRuns: 300 },
    );
  });
});
