// @vitest-environment jsdom
/** Lesson addresses: ?lesson and ?step (from 1), ?predict; the fragment and other parameters untouched; the embed link keeps them. */
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../../src/scenario/defaultScenario';
import { createAppStore } from '../../../../src/store';
import { embedUrl } from '../../../../src/ui/embed/embedLink';
import { isEmbed } from '../../../../src/ui/share/boot';
import { readLessonAddress, withLessonAddress } from '../../../../src/ui/lessons/lessonUrl';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('reading a lesson address', () => {
  it('reads the lesson, the step from 1 and the prediction flag', () => {
    expect(readLessonAddress('?lesson=c4&step=2')).toEqual({
      lesson: 'c4',
      step: 1,
      predict: false,
    });
    expect(readLessonAddress('?predict')).toEqual({ lesson: null, step: 0, predict: true });
    expect(readLessonAddress('?embed&predict=')).toMatchObject({ predict: true });
    expect(readLessonAddress('?predict=0')).toMatchObject({ predict: false });
  });

  it('ignores what is not a lesson id or a step', () => {
    expect(readLessonAddress('?lesson=<script>&step=-3')).toEqual({
      lesson: null,
      step: 0,
      predict: false,
    });
    expect(readLessonAddress('?lesson=c4&step=1e9').step).toBe(0);
    expect(readLessonAddress(`?lesson=${'a'.repeat(41)}`).lesson).toBeNull();
  });
});

describe('writing a lesson address', () => {
  it('sets and clears the parameters, keeping the others and the share fragment', () => {
    const href = 'https://lab.example/app/?embed=caption#v1.abc';
    const on = withLessonAddress(href, { lesson: 'c9', step: 3, predict: true });
    expect(on).toBe('https://lab.example/app/?embed=caption&lesson=c9&step=4&predict#v1.abc');
    expect(readLessonAddress(new URL(on).search)).toEqual({ lesson: 'c9', step: 3, predict: true });
    expect(withLessonAddress(on, { lesson: null, step: 0, predict: false })).toBe(
      'https://lab.example/app/?embed=caption#v1.abc',
    );
  });
});

describe('the embed link of a page with prediction on', () => {
  it('joins the embed flag to the page’s own query, so both are read', async () => {
    window.history.replaceState(null, '', '/?predict');
    const store = createAppStore({ scenario: defaultScenario, lang: 'en' });
    const url = new URL(await embedUrl(store, { caption: false, headers: false }));
    expect(isEmbed(url.search)).toBe(true);
    expect(readLessonAddress(url.search).predict).toBe(true);
  });
});
