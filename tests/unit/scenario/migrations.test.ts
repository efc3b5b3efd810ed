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
    const v0 = MIGRATIONS[0];
    if (!v0) throw new Error('no v0 step');
    const doc = v0(fixture('v0-two-nodes.json') as Record<string, unknown>);
    expect(doc).toMatchObject({
      version: 1,
      cluster: { cni: 'bridge-hostgw', pods: [{ namespace: 'default' }, { namespace: 'default' }] },
      packets: [{ from: { pod: 'default/web' }, to: { pod: 'default/api' } }],
    });
    expect((doc as { cluster: object }).cluster).not.toHaveProperty('cniMode');
  });

  it('brings a v0 document through v1 to version 2', () => {
    const r = migrate(fixture('v0-two-nodes.json'));
    expect(r.ok && r.from).toBe(0);
    expect(r.ok && r.doc).toMatchObject({ version: 2, cluster: { cni: 'bridge-hostgw' } });
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

  it('changes nothing but the version of a v1 document (v1 → v2 adds only optional parts)', () => {
    const { $schema: _, ...v1 } = fixture('v1-two-nodes.json') as Record<string, unknown>;
    const r = migrate(v1);
    expect(r.ok && r.from).toBe(1);
    expect(r.ok && r.doc).toEqual({ ...v1, version: 2 });
  });

  it('reads a v1 file to the scenario it always meant: no Services, no policies, no kernel switches written', () => {
    const { $schema: _, ...v1 } = fixture('v1-two-nodes.json') as Record<string, unknown>;
    const r = parseScenario(v1);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.scenario.version).toBe(2);
    expect(r.scenario.cluster).toEqual({
      name: 'lab',
      clusterCidr: '10.244.0.0/16',
      nodeNetwork: '192.168.10.0/24',
      cni: 'vxlan',
      nodes: [{ name: 'node1' }, { name: 'node2', ip: '192.168.10.20', podCidr: '10.244.7.0/24' }],
      pods: [
        {
          name: 'web',
          namespace: 'shop',
          node: 'node1',
          labels: { app: 'web', 'app.kubernetes.io/part-of': 'shop' },
          hostNetwork: false,
          containers: [
            {
              name: 'nginx',
              image: 'nginx:1.27',
              ports: [{ port: 80, protocol: 'TCP', name: 'http' }],
            },
          ],
        },
        {
          name: 'api',
          namespace: 'default',
          node: 'node2',
          labels: {},
          ip: '10.244.7.9',
          hostNetwork: false,
          containers: [
            { name: 'api', image: 'example/api:1', ports: [{ port: 8080, protocol: 'TCP' }] },
          ],
        },
      ],
    });
    expect(r.scenario.packets).toHaveLength(2);
  });

  it('leaves a current (v2) document as it is', () => {
    const doc = fixture('v2-shop.json');
    const r = migrate(doc);
    expect(r.ok && r.doc).toBe(doc);
    expect(r.ok && r.from).toBe(2);
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
