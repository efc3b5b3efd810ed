/** Lesson C11 and the CNI step actions: pod creation played as CNI ADD, questions whose wrong answers the IPAM state rules out. */
import { describe, expect, it } from 'vitest';
import { lessonsEn } from '../../../src/i18n/en/lessons';
import { lessonsKo } from '../../../src/i18n/ko/lessons';
import { parseLesson, lessonStates, type Lesson } from '../../../src/lessons';
import { cniStepCalls, type CniStepCall } from '../../../src/lessons/cniSteps';
import { c11 } from '../../../src/lessons/course/c11';
import { cniQuestionAt } from '../../../src/lessons/predict/cni';
import type { LessonInput } from '../../../src/lessons/schema';

function parsed(input: LessonInput): Lesson {
  const r = parseLesson(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.lesson;
}

/** The CNI calls of a lesson step. */
function callsOf(lesson: Lesson, i: number): CniStepCall[] {
  const { states } = lessonStates(lesson);
  const step = lesson.steps[i];
  const state = states[i];
  if (!step || !state) throw new Error(`no step ${i}`);
  return cniStepCalls(step, states[i - 1], state) as CniStepCall[];
}

describe('lesson C11', () => {
  const lesson = parsed(c11);

  it('validates, with every text in English and Korean', () => {
    const keys = [
      lesson.title,
      lesson.intro,
      ...lesson.steps.map((s) => s.text),
      lesson.check.text,
    ];
    for (const k of [...keys, lesson.check.done, 'predict.ask.nextIp', 'predict.ask.bridge']) {
      expect((lessonsEn as Record<string, string>)[k], k).toBeTruthy();
      expect((lessonsKo as Record<string, string>)[k], k).toBeTruthy();
    }
  });

  it('creates shop on node1 through CNI ADD: host-local hands out 10.244.1.4, after last_reserved_ip 10.244.1.3', () => {
    const [add] = callsOf(lesson, 1);
    expect(add?.command).toBe('ADD');
    expect(add?.outcome.result?.ips[0]?.address).toBe('10.244.1.4/24');
    expect(add?.outcome.trace.some((s) => s.kind === 'create-bridge')).toBe(false);
  });

  it('asks which address comes next, with wrong answers the IPAM state rules out', () => {
    const [add] = callsOf(lesson, 1);
    const node = add?.before.node1;
    if (!add || !node) throw new Error('no ADD');
    const q = cniQuestionAt(add.outcome.trace, node, 'nextIp');
    expect(q?.answer).toBe('10.244.1.4');
    expect(add.outcome.trace[q?.hop ?? 0]?.kind).toBe('ipam-allocate');
    // last_reserved_ip (taken by cache), the gateway (never handed out), web's address (taken)
    expect(q?.options.map((o) => o.value).sort()).toEqual([
      '10.244.1.1',
      '10.244.1.2',
      '10.244.1.3',
      '10.244.1.4',
    ]);
  });

  it('deletes shop through CNI DEL: its lease goes, cni0 stays', () => {
    const [del] = callsOf(lesson, 3);
    expect(del?.command).toBe('DEL');
    expect(del?.outcome.state.node1?.leases.map((l) => l.ip)).toEqual(['10.244.1.2', '10.244.1.3']);
    expect(del?.outcome.state.node1?.bridge).toBe(true);
  });

  it('asks whether cni0 is created for the first pod with its own network on node1: yes', () => {
    const [add] = callsOf(lesson, 4);
    const node = add?.before.node1;
    if (!add || !node) throw new Error('no ADD');
    const q = cniQuestionAt(add.outcome.trace, node, 'bridge');
    expect(q?.answer).toBe('yes');
    expect(add.outcome.trace[q?.hop ?? 0]?.kind).toBe('create-bridge');
    expect(add.outcome.result?.ips[0]?.address).toBe('10.244.1.2/24');
  });

  it('refuses a CNI question on a step that creates no pod', () => {
    const steps = [...c11.steps];
    steps[2] = { ...steps[2], text: 'lesson.c11.s3', predictCni: { ask: 'nextIp' } };
    const r = parseLesson({ ...c11, steps });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toContainEqual(
        expect.objectContaining({ key: 'lesson.error.cannotAsk', path: 'steps[2].predictCni.ask' }),
      );
  });

  it('refuses a createPod whose leased address is not the one the diagram shows', () => {
    // After web's DEL, host-local hands out 10.244.1.4 while the scenario order would draw 10.244.1.3.
    const steps = [
      c11.steps[0],
      {
        actions: [
          { do: 'deletePod' as const, pod: 'default/web' },
          {
            do: 'createPod' as const,
            pod: {
              name: 'shop',
              node: 'node1',
              containers: [{ name: 'app', image: 'nginx:1.27', ports: [] }],
            },
          },
        ],
        text: 'lesson.c11.s2',
      },
    ];
    const r = parseLesson({ ...c11, steps: steps as LessonInput['steps'] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.key)).toContain('lesson.error.badAction');
  });
});
