import { describe, expect, it } from 'vitest';
import { interpolate, makeTranslate, preferredLang } from '../../../src/i18n';
import { en } from '../../../src/i18n/en';
import { ko } from '../../../src/i18n/ko';
import { josa } from '../../../src/i18n/particles';
import { PRESETS } from '../../../src/scenario';

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the message catalogs', () => {
  it('Korean has a non-empty message for every English key', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(ko[key], key).toBeTruthy();
      expect(ko[key].trim().length, key).toBeGreaterThan(0);
    }
  });
  it('Korean uses the same placeholders as English in every message', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(ko[key]), key).toEqual(placeholders(en[key]));
    }
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('TTL {{from}} → {{to}}', { from: 64, to: 63 })).toBe('TTL 64 → 63');
    expect(interpolate('{{missing}} stays', {})).toBe('{{missing}} stays');
  });
  it('fills a particle placeholder from the text written before it, past quotes and asides', () => {
    const t = '{{a}}{{이/가}} “{{b}}”{{을/를}} {{c}}(옆){{으로/로}} 보낸다';
    expect(interpolate(t, { a: 'nginx', b: 'eth0', c: 'flannel.1' }, josa)).toBe(
      'nginx가 “eth0”을 flannel.1(옆)로 보낸다',
    );
    expect(interpolate(t, { a: 'kubelet', b: 'api', c: '10.244.1.3' }, josa)).toBe(
      'kubelet이 “api”를 10.244.1.3(옆)으로 보낸다',
    );
    expect(interpolate('{{a}}{{이/가}}', { a: 'x' })).toBe('x{{이/가}}');
  });
  it('gives the Korean catalog its particles: no translate function over it leaves one unfilled', () => {
    const t = makeTranslate(ko);
    expect(t('editor.node.remove', { name: 'node1' })).toBe('노드 node1과 그 파드 삭제');
    expect(t('editor.node.remove', { name: 'node2' })).toBe('노드 node2와 그 파드 삭제');
    expect(t('scenario.error.duplicateIp', { ip: '10.244.1.2', other: 'default/web' })).toBe(
      '주소 10.244.1.2는 이미 default/web이 쓰고 있습니다.',
    );
  });
  it('names raw header values and parameters in the chosen language, and leaves unknown ones', () => {
    const k = makeTranslate(ko);
    const e = makeTranslate({});
    expect(k.value('l4.type', 'echo-request')).toBe('에코 요청');
    expect(k.value('arp.op', 'reply')).toBe('응답');
    expect(k.value('ipc.mechanism', 'posix-shm')).toBe('POSIX 공유 메모리');
    expect(k.value('changedField', 'ip.ttl')).toBe('IP TTL');
    expect(k.value('eth.type', 'IPv4')).toBe('IPv4');
    expect(e.value('l4.type', 'echo-request')).toBe('echo-request');
    expect(e.value('arp.op', 'reply')).toBe('reply');
    expect(k('scenario.error.notObject', { found: 'array' })).toBe(
      '시나리오 객체가 필요한데 배열이 왔습니다.',
    );
    expect(k('scenario.error.wrongType', { expected: 'Array' })).toBe(
      '값의 형식이 맞지 않습니다: 배열 형식이어야 합니다.',
    );
    expect(k('scenario.error.notObject', { found: 'null' })).toBe(
      '시나리오 객체가 필요한데 null이 왔습니다.',
    );
  });
  it('shows a built-in scenario’s English title and description in Korean, other texts as written', () => {
    const k = makeTranslate(ko);
    for (const p of PRESETS) {
      expect(k.text(p.scenario.title)).toBe(ko[p.titleKey]);
      expect(k.text(p.scenario.description)).toBe(ko[p.descriptionKey]);
    }
    expect(k.text('My own cluster')).toBe('My own cluster');
    expect(makeTranslate({}).text(PRESETS[0]?.scenario.title ?? '')).toBe(
      PRESETS[0]?.scenario.title,
    );
  });
  it('translates dynamic keys from a trace and falls back to the key when unknown', () => {
    const t = makeTranslate(ko);
    expect(t.dynamic('app.name')).toBe(ko['app.name']);
    expect(t.dynamic('no.such.key')).toBe('no.such.key');
  });
  it('picks the browser language when we speak it, English otherwise', () => {
    expect(preferredLang(['ko-KR', 'en-US'])).toBe('ko');
    expect(preferredLang(['fr-FR', 'en-GB'])).toBe('en');
    expect(preferredLang(['de'])).toBe('en');
  });
});
