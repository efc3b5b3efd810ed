import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { ko } from '../../../src/i18n/ko';
import { lessonsKo } from '../../../src/i18n/ko/lessons';
import { englishWords, particleProblems } from './koreanText';

// The lessons' own catalog (loaded with the lesson view) is held to the same rules.
const entries = Object.entries({ ...ko, ...lessonsKo });

describe('the Korean catalog', () => {
  it('never writes a fallback particle such as (이)가, (으)로 or (을)를', () => {
    const found = entries.filter(([, m]) => /\((이|으|을|를|와|과|은|는|가)\)/.test(m));
    expect(found.map(([k]) => k)).toEqual([]);
  });
  it('puts a particle placeholder after every value and a fitting particle after every literal', () => {
    const problems = entries.flatMap(([k, m]) => particleProblems(m).map((p) => `${k}: ${p}`));
    expect(problems).toEqual([]);
  });
  it('writes no English word but names, program output in quotes and glossed terms', () => {
    const found = entries.flatMap(([k, m]) => englishWords(m).map((w) => `${k}: ${w}`));
    expect(found).toEqual([]);
  });
  it('names in Korean the raw values a header shows, except names', () => {
    const values = Object.keys(en).filter((k) => k.startsWith('value.'));
    expect(values.length).toBeGreaterThan(10);
    for (const k of values) expect(englishWords(ko[k as keyof typeof en]), k).toEqual([]);
    expect(ko['value.l4.type.echo-request']).toBe('에코 요청');
    expect(ko['value.l4.type.dest-unreachable']).toBe('목적지 도달 불가');
    expect(ko['value.arp.op.reply']).toBe('응답');
    expect(ko['value.ipc.mechanism.posix-shm']).toBe('POSIX 공유 메모리');
  });
  it('uses the Kubernetes glossary’s terms, not 검사기, 포드 or 마스커레이드', () => {
    const text = entries.map(([, m]) => m).join('\n');
    for (const wrong of ['검사기', '포드', '마스커레이드 ', '캡슐 해제', '리스닝'])
      expect(text.includes(wrong), wrong).toBe(false);
  });
});

describe('the checks themselves', () => {
  it('catch a fixed particle after a value and a wrong one after a literal', () => {
    expect(particleProblems('{{dst}}는 주소다.')).toHaveLength(1);
    expect(particleProblems('“{{title}}”을 열었다.')).toHaveLength(1);
    expect(particleProblems('TTL 64을 쓴다.')).toEqual(['“TTL 64을” should be “를”']);
    expect(particleProblems('VNI 1를 쓴다.')).toEqual(['“VNI 1를” should be “을”']);
    expect(particleProblems('127.0.0.1는 루프백이다.')).toEqual(['“127.0.0.1는” should be “은”']);
    expect(particleProblems('{{x}}{{이/가}} 있다. {{ip}}이다.')).toEqual([]);
    expect(particleProblems('{{x}}{{을/를}} 쓴다. 이어서 {{으로/로}}')).toHaveLength(1);
    expect(particleProblems('{{x}}{{은/이}} 있다.')).toHaveLength(1);
  });
  it('find English words outside names, quotes and glosses', () => {
    expect(englishWords('{{src}}의 응답이 reply로 온다')).toEqual(['reply']);
    expect(englishWords('posix-shm에 쓴다')).toEqual(['posix-shm']);
    expect(englishWords('루프백(loopback)과 “Connection refused”, eth0, TCP')).toEqual([]);
  });
});
