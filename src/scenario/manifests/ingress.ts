/** An Ingress manifest (networking.k8s.io/v1) to and from the simulation's IngressSpec: host rules of paths to Service ports. */
import type { IngressPathSpec, IngressRuleSpec, IngressSpec } from '../../sim';
import type { Meta } from './meta';
import { int, list, obj, optText, text, type NoteSink } from './read';

function path(v: unknown, at: string, notes: NoteSink): IngressPathSpec {
  const p = obj(v, at);
  notes.rest(p, ['path', 'pathType', 'backend'], at);
  const backend = obj(p.backend, `${at}.backend`);
  notes.rest(backend, ['service'], `${at}.backend`);
  const svc = obj(backend.service, `${at}.backend.service`);
  const port = obj(svc.port, `${at}.backend.service.port`);
  let pathType = p.pathType;
  if (pathType === 'ImplementationSpecific') {
    // ingress-nginx treats it as a prefix match.
    notes.add(`${at}.pathType`, 'approximated', 'ImplementationSpecific → Prefix');
    pathType = 'Prefix';
  }
  return {
    path: optText(p.path, `${at}.path`) ?? '/',
    pathType: pathType === 'Exact' ? 'Exact' : 'Prefix',
    service: text(svc.name, `${at}.backend.service.name`),
    port:
      port.number !== undefined
        ? int(port.number, `${at}.backend.service.port.number`)
        : text(port.name, `${at}.backend.service.port.name`),
  };
}

/** Reads an Ingress; rules without HTTP paths are left out (the app routes HTTP only). */
export function readIngress(
  doc: Record<string, unknown>,
  meta: Meta,
  notes: NoteSink,
): IngressSpec | null {
  const spec = obj(doc.spec, 'spec');
  notes.rest(spec, ['rules', 'ingressClassName'], 'spec');
  const rules: IngressRuleSpec[] = [];
  list(spec.rules, 'spec.rules').forEach((r, i) => {
    const at = `spec.rules[${i}]`;
    const rule = obj(r, at);
    notes.rest(rule, ['host', 'http'], at);
    const paths = list(obj(rule.http, `${at}.http`).paths, `${at}.http.paths`).map((p, k) =>
      path(p, `${at}.http.paths[${k}]`, notes),
    );
    if (paths.length === 0) {
      notes.add(at, 'unsupported');
      return;
    }
    const host = optText(rule.host, `${at}.host`);
    rules.push({ ...(host !== undefined ? { host } : {}), paths });
  });
  if (rules.length === 0) return null;
  return { name: meta.name, namespace: meta.namespace, rules };
}

/** The Ingress as a networking.k8s.io/v1 manifest object. */
export function ingressToManifest(ing: IngressSpec): Record<string, unknown> {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: ing.name, namespace: ing.namespace },
    spec: {
      rules: ing.rules.map((r) => ({
        ...(r.host !== undefined ? { host: r.host } : {}),
        http: {
          paths: r.paths.map((p) => ({
            path: p.path,
            pathType: p.pathType,
            backend: {
              service: {
                name: p.service,
                port: typeof p.port === 'number' ? { number: p.port } : { name: p.port },
              },
            },
          })),
        },
      })),
    },
  };
}
