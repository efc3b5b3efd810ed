/** Builders of version 2 test documents: a shop with labelled pods, one Service, and parts to change. */
import { expect } from 'vitest';
import type { ParseResult } from '../../../src/scenario';
import { makeDoc, podDoc, summary, type Doc } from './docs';

/** Pods of namespace shop: web (app=web, port 80 "http") on node1, api (app=api, port 8080 "http") on node2. */
export const shopPods = [
  podDoc('web', 'node1', {
    namespace: 'shop',
    labels: { app: 'web' },
    containers: [
      { name: 'app', image: 'nginx:1.27', ports: [{ port: 80, protocol: 'TCP', name: 'http' }] },
    ],
  }),
  podDoc('api', 'node2', {
    namespace: 'shop',
    labels: { app: 'api' },
    containers: [
      { name: 'app', image: 'api:1', ports: [{ port: 8080, protocol: 'TCP', name: 'http' }] },
    ],
  }),
];

/** The api Service of shop: port 80 to the named port "http". */
export const apiService: Doc = {
  name: 'api',
  namespace: 'shop',
  selector: { app: 'api' },
  ports: [{ port: 80, targetPort: 'http' }],
};

/** A shop document with the given cluster parts and packets (none by default). */
export function shopDoc(cluster: Doc, packets: unknown[] = []): Doc {
  return makeDoc({ pods: shopPods, cluster: { services: [apiService], ...cluster }, packets });
}

/** A packet from the web pod's container. */
export function fromWeb(to: Doc, extra: Doc = {}): Doc {
  return {
    from: { kind: 'container', pod: 'shop/web', container: 'app' },
    to,
    protocol: 'TCP',
    port: 80,
    ...extra,
  };
}

/** The "path key" lines of a failed parse (fails the test when it passed). */
export function errorsOf(result: ParseResult): string[] {
  if (result.ok) expect.fail('expected the document to be refused');
  return result.ok ? [] : summary(result.errors);
}
