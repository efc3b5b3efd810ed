/** Versions and migrations: older documents are brought up to date, newer ones are refused clearly. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, parseScenario, SCENARIO_VERSION } from '../../../src/scenario';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/scenarios/${name}`, import.meta.url), 'utf8'));

describe('migrate', () => {
  it('has a step from every version before the current one', () => {
    for (let n = 0; n < SCENARIO_VERSION; n++) expect(MIGRATIONS[n]).toBeTypeOf('function');
  });

  it('turns a v0 document (cniMode, pods without namespaces) into a v1 document', () => {
    const r = migrate(fixture('v0-two-nodes.json'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.from).toBe(0);
    expect(r.doc).toMatchObject({
      version: 1,
      cluster: { cni: 'bridge-hostgw', pods: [{ namespace: 'default' }, { namespace: 'default' }] },
      packets: [{ from: { pod: 'default/web' }, to: { pod: 'default/api' } }],
    });
    expect((r.doc as { cluster: object }).cluster).not.toHaveProperty('cniMode');
  });

  it('lets a v0 document through the whole gate as a valid current scenario', () => {
    const r = parseScenario(fixture('v0-two-nodes.json'));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scenario.version).toBe(SCENARIO_VERSION);
  });

  it('keeps the vxlan mode of a v0 document', () => {
    const doc = {
      version: 0,
      title: 't',
      cluster: { cniMode: 'vxlan', nodes: [{ name: 'n' }], pods: [] },
    };
    const r = parseScenario(doc);
    expect(r.ok && r.scenario.cluster.cni).toBe('vxlan');
  });

  it('leaves a current document as it is', () => {
    const doc = fixture('v1-two-nodes.json');
    const r = migrate(doc);
    expect(r.ok && r.doc).toBe(doc);
  });

  it('refuses a document from a newer app with the futureVersion key', () => {
    const r = migrate({ version: SCENARIO_VERSION + 1 });
    expect(r).toEqual({
      ok: false,
      error: {
        path: 'version',
        key: 'scenario.error.futureVersion',
        params: { version: SCENARIO_VERSION + 1, supported: SCENARIO_VERSION },
      },
    });
  });

  it('refuses a missing, fractional, textual or negative version, each with its own key', () => {
    const keyOf = (doc: object) => {
      const r = migrate(doc);
      return r.ok ? 'ok' : r.error.key;
    };
    expect(keyOf({})).toBe('scenario.error.missingVersion');
    expect(keyOf({ version: 1.5 })).toBe('scenario.error.badVersion');
    expect(keyOf({ version: '1' })).toBe('scenario.error.badVersion');
    expect(keyOf({ version: -1 })).toBe('scenario.error.unknownVersion');
  });
});
