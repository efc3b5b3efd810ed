/** Builders of scenario documents for tests: a small valid cluster, changed one field at a time. */
import type { ScenarioError } from '../../../src/scenario';

/** A plain JSON object, as a document arrives from outside. */
export type Doc = Record<string, unknown>;

/** A pod document with one container. */
export function podDoc(name: string, node: string, extra: Doc = {}): Doc {
  return {
    name,
    node,
    containers: [{ name: 'app', image: 'nginx:1.27', ports: [{ port: 80, protocol: 'TCP' }] }],
    ...extra,
  };
}

/** A valid current (v2) document: two nodes, a pod on each, one packet between them; parts can be replaced. */
export function makeDoc(
  parts: {
    cluster?: Doc;
    nodes?: unknown[];
    pods?: unknown[];
    packets?: unknown[];
    top?: Doc;
  } = {},
): Doc {
  return {
    version: 2,
    title: 'Test',
    cluster: {
      nodes: parts.nodes ?? [{ name: 'node1' }, { name: 'node2' }],
      pods: parts.pods ?? [podDoc('web', 'node1'), podDoc('api', 'node2')],
      ...parts.cluster,
    },
    packets: parts.packets ?? [
      {
        from: { kind: 'container', pod: 'default/web', container: 'app' },
        to: { kind: 'pod', pod: 'default/api' },
        protocol: 'TCP',
        port: 80,
      },
    ],
    ...parts.top,
  };
}

/** The errors as "path key" lines, easy to compare. */
export function summary(errors: readonly ScenarioError[]): string[] {
  return errors.map((e) => `${e.path} ${e.key}`);
}
