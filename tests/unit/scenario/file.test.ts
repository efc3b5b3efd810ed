/** Scenario files and the autosave envelope: readable JSON out, the same gate in. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AUTOSAVE_FORMAT,
  defaultScenario,
  restoreAutosave,
  SCHEMA_REF,
  scenarioFromJson,
  scenarioToJson,
  serializeAutosave,
} from '../../../src/scenario';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/scenarios/${name}`, import.meta.url), 'utf8');

describe('scenario files', () => {
  it('are pretty JSON that starts with "$schema"', () => {
    const text = scenarioToJson(defaultScenario);
    expect(text.startsWith(`{\n  "$schema": "${SCHEMA_REF}",\n  "version": 2,`)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('read back to the same scenario', () => {
    expect(scenarioFromJson(scenarioToJson(defaultScenario))).toEqual({
      ok: true,
      scenario: defaultScenario,
    });
  });

  it('read a hand-written v1 file with its own "$schema" path', () => {
    const r = scenarioFromJson(fixture('v1-two-nodes.json'));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scenario.cluster.pods[0]?.namespace).toBe('shop');
  });

  it('read a v0 file through the migrations', () => {
    expect(scenarioFromJson(fixture('v0-two-nodes.json')).ok).toBe(true);
  });
});

describe('the autosave envelope', () => {
  it('names its format and version, and keeps a timestamp only when the caller gives one', () => {
    const env: unknown = JSON.parse(serializeAutosave(defaultScenario));
    expect(env).toEqual({ format: AUTOSAVE_FORMAT, version: 1, scenario: defaultScenario });
    const stamped: unknown = JSON.parse(serializeAutosave(defaultScenario, 1764000000000));
    expect(stamped).toMatchObject({ savedAt: 1764000000000 });
  });

  it('restores nothing from an empty slot', () => {
    expect(restoreAutosave(null)).toEqual({ ok: 'empty' });
    expect(restoreAutosave('')).toEqual({ ok: 'empty' });
  });

  it('restores the scenario and its timestamp', () => {
    expect(restoreAutosave(serializeAutosave(defaultScenario, 42))).toEqual({
      ok: true,
      scenario: defaultScenario,
      savedAt: 42,
    });
  });

  it('explains why a stored scenario that no longer validates was dropped', () => {
    const raw = JSON.stringify({
      format: AUTOSAVE_FORMAT,
      version: 1,
      scenario: { version: 1, title: '' },
    });
    const r = restoreAutosave(raw);
    expect(r).toMatchObject({
      ok: false,
      error: { key: 'scenario.storage.error.invalidScenario' },
    });
    expect(r.ok === false && r.error.errors?.length).toBeGreaterThan(0);
  });
});
