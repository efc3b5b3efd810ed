/** The built-in course: valid lessons C1–C10 in the notes' order, every text in English and Korean, official links only. */
import { describe, expect, it } from 'vitest';
import { lessonsEn } from '../../../src/i18n/en/lessons';
import { lessonsKo } from '../../../src/i18n/ko/lessons';
import { COURSE } from '../../../src/lessons/course';
import { parseLesson, lessonStates, type Lesson } from '../../../src/lessons';
import { questionAt, hopOf } from '../../../src/lessons/predict';
import { QUESTION_KINDS } from '../../../src/lessons/schema';
import { PRESETS } from '../../../src/scenario/presets';
import { buildNetwork, simulate } from '../../../src/sim';

const lessons: Lesson[] = COURSE.map((input) => {
  const r = parseLesson(input);
  if (!r.ok) throw new Error(`${String(input.id)}: ${JSON.stringify(r.errors)}`);
  return r.lesson;
});

/** Every message key a lesson shows. */
function keysOf(l: Lesson): string[] {
  return [
    l.title,
    l.intro,
    ...l.links.map((k) => k.title),
    ...l.steps.map((s) => s.text),
    l.check.text,
    l.check.done,
  ];
}

describe('the built-in course', () => {
  it('validates lesson by lesson', () => {
    for (const input of COURSE) expect(parseLesson(input).ok, String(input.id)).toBe(true);
  });

  it('teaches C1–C11 one lesson each and C12 in five, in the order the notes take them', () => {
    expect(lessons.map((l) => l.concepts)).toEqual([
      ['C1'],
      ['C2'],
      ['C3'],
      ['C4'],
      ['C7'],
      ['C5'],
      ['C8'],
      ['C6'],
      ['C9'],
      ['C10'],
      ['C11'],
      ['C12'],
      ['C12'],
      ['C12'],
      ['C12'],
      ['C12'],
    ]);
    expect(new Set(lessons.map((l) => l.id)).size).toBe(lessons.length);
  });

  it('has every text in English and Korean, with every placeholder filled by the lesson', () => {
    for (const l of lessons)
      for (const key of keysOf(l)) {
        const en = (lessonsEn as Record<string, string>)[key];
        const ko = (lessonsKo as Record<string, string>)[key];
        expect(en, `${l.id}: ${key}`).toBeTruthy();
        expect(ko, `${l.id}: ${key}`).toBeTruthy();
        for (const text of [en ?? '', ko ?? ''])
          for (const m of text.matchAll(/\{\{(\w+)\}\}/g))
            expect(l.params[m[1] ?? ''], `${key}: {{${m[1]}}}`).toBeDefined();
      }
  });

  it('writes the Korean catalog key for key with the English one', () => {
    expect(Object.keys(lessonsKo).sort()).toEqual(Object.keys(lessonsEn).sort());
  });

  it('links the official pages in English and in Korean, on kubernetes.io only', () => {
    for (const l of lessons) {
      expect(l.links.length, l.id).toBeGreaterThan(0);
      for (const link of l.links) {
        expect(link.en).toMatch(/^https:\/\/kubernetes\.io\/docs\//);
        expect(link.ko).toMatch(/^https:\/\/kubernetes\.io\/ko\/docs\//);
      }
    }
  });

  it('uses the notes’ analogies: encapsulation for C3, handing the packet to yourself for C6', () => {
    expect(lessonsEn['lesson.c3.s2']).toMatch(/encapsulation/);
    expect(lessonsKo['lesson.c3.s2']).toMatch(/캡슐화/);
    expect(lessonsEn['lesson.c6.s2']).toMatch(/hands it to itself and sends it up the stack/);
    expect(lessonsKo['lesson.c6.s2']).toMatch(/자기 자신에게 건네 상위 계층으로 올려 보낸다/);
  });

  it('asks every lesson question with labels the catalogs name, in both languages', () => {
    for (const l of lessons) {
      const { states } = lessonStates(l);
      l.steps.forEach((step, i) => {
        const state = states[i];
        const req = state?.flows[0];
        if (!step.predict || !state || !req) return;
        const trace = simulate(state.scenario.cluster, req);
        const q = questionAt(
          buildNetwork(state.scenario.cluster),
          trace,
          hopOf(trace, step.predict),
          step.predict.ask,
        );
        expect(q, `${l.id} step ${i}`).not.toBeNull();
        for (const label of [q?.prompt, ...(q?.options ?? []).map((o) => o.label)]) {
          expect((lessonsEn as Record<string, string>)[label?.key ?? ''], label?.key).toBeTruthy();
          expect((lessonsKo as Record<string, string>)[label?.key ?? ''], label?.key).toBeTruthy();
        }
      });
    }
  });

  it('names every question and answer any preset’s packets can raise, in both catalogs', () => {
    const missing = new Set<string>();
    for (const p of PRESETS) {
      const net = buildNetwork(p.scenario.cluster);
      for (const req of p.scenario.packets) {
        const trace = simulate(p.scenario.cluster, req);
        for (const h of trace.hops)
          for (const kind of QUESTION_KINDS) {
            const q = questionAt(net, trace, h.index, kind);
            for (const label of q ? [q.prompt, ...q.options.map((o) => o.label)] : [])
              for (const cat of [lessonsEn, lessonsKo] as Record<string, string>[])
                if (!cat[label.key]) missing.add(label.key);
          }
      }
    }
    expect([...missing]).toEqual([]);
  });
});
