/** A Kubernetes NetworkPolicy manifest (networking.k8s.io/v1) to and from the simulation's NetworkPolicySpec. */
import type {
  LabelRequirement,
  LabelSelector,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  NetworkPolicyRule,
  NetworkPolicySpec,
} from '../../sim';
import { isRecord } from '../guard';

/** Why a manifest could not be read: where (a dotted path) and what was expected there. */
export interface ManifestProblem {
  /** Where, e.g. "spec.ingress[0].from[1].ipBlock.cidr". */
  readonly path: string;
  /** What kind of value belongs there: "object", "list", "text", "port", "selector operator", "kind". */
  readonly expected: string;
}

/** The result of reading a manifest. */
export type ManifestResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: ManifestProblem };

class Problem extends Error {
  constructor(readonly problem: ManifestProblem) {
    super(problem.path);
  }
}

const fail = (path: string, expected: string): never => {
  throw new Problem({ path, expected });
};
const obj = (v: unknown, path: string): Record<string, unknown> =>
  v === undefined ? {} : isRecord(v) ? v : fail(path, 'object');
const list = (v: unknown, path: string): unknown[] =>
  v === undefined || v === null ? [] : Array.isArray(v) ? v : fail(path, 'list');
const text = (v: unknown, path: string): string => (typeof v === 'string' ? v : fail(path, 'text'));
const textMap = (v: unknown, path: string): Record<string, string> => {
  const o = obj(v, path);
  return Object.fromEntries(
    Object.entries(o).map(([k, x]) => [
      k,
      typeof x === 'number' ? String(x) : text(x, `${path}.${k}`),
    ]),
  );
};

const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;

function selector(v: unknown, path: string): LabelSelector {
  const o = obj(v, path);
  const matchExpressions = list(o.matchExpressions, `${path}.matchExpressions`).map(
    (e, i): LabelRequirement => {
      const p = `${path}.matchExpressions[${i}]`;
      const r = obj(e, p);
      const operator =
        OPERATORS.find((x) => x === r.operator) ?? fail(`${p}.operator`, 'selector operator');
      return {
        key: text(r.key, `${p}.key`),
        operator,
        values: list(r.values, `${p}.values`).map((x, j) => text(x, `${p}.values[${j}]`)),
      };
    },
  );
  return { matchLabels: textMap(o.matchLabels, `${path}.matchLabels`), matchExpressions };
}

function peer(v: unknown, path: string): NetworkPolicyPeer {
  const o = obj(v, path);
  const out: { -readonly [K in keyof NetworkPolicyPeer]: NetworkPolicyPeer[K] } = {};
  if (o.podSelector !== undefined) out.podSelector = selector(o.podSelector, `${path}.podSelector`);
  if (o.namespaceSelector !== undefined)
    out.namespaceSelector = selector(o.namespaceSelector, `${path}.namespaceSelector`);
  if (o.ipBlock !== undefined) {
    const b = obj(o.ipBlock, `${path}.ipBlock`);
    out.ipBlock = {
      cidr: text(b.cidr, `${path}.ipBlock.cidr`),
      except: list(b.except, `${path}.ipBlock.except`).map((x, i) =>
        text(x, `${path}.ipBlock.except[${i}]`),
      ),
    };
  }
  return out;
}

function port(v: unknown, path: string): NetworkPolicyPort {
  const o = obj(v, path);
  const protocol =
    o.protocol === undefined || o.protocol === 'TCP'
      ? 'TCP'
      : o.protocol === 'UDP'
        ? 'UDP'
        : fail(`${path}.protocol`, 'TCP or UDP');
  const p = o.port;
  if (p !== undefined && typeof p !== 'number' && typeof p !== 'string')
    fail(`${path}.port`, 'port');
  const end = o.endPort;
  if (end !== undefined && typeof end !== 'number') fail(`${path}.endPort`, 'port');
  return {
    protocol,
    ...(p !== undefined ? { port: p as number | string } : {}),
    ...(end !== undefined ? { endPort: end as number } : {}),
  };
}

function rules(v: unknown, path: string, peersKey: 'from' | 'to'): NetworkPolicyRule[] {
  return list(v, path).map((r, i) => {
    const p = `${path}[${i}]`;
    const o = obj(r, p);
    return {
      peers: list(o[peersKey], `${p}.${peersKey}`).map((x, j) => peer(x, `${p}.${peersKey}[${j}]`)),
      ports: list(o.ports, `${p}.ports`).map((x, j) => port(x, `${p}.ports[${j}]`)),
    };
  });
}

/** Reads a NetworkPolicy manifest; policyTypes default as the API server fills them (Ingress, plus Egress when egress rules exist). */
export function networkPolicyFromManifest(
  doc: unknown,
  defaultNamespace: string,
): ManifestResult<NetworkPolicySpec> {
  try {
    const o = obj(doc, '');
    if (o.kind !== undefined && o.kind !== 'NetworkPolicy') fail('kind', 'kind');
    const meta = obj(o.metadata, 'metadata');
    const spec = obj(o.spec, 'spec');
    const ingress = rules(spec.ingress, 'spec.ingress', 'from');
    const egress = rules(spec.egress, 'spec.egress', 'to');
    const declared = list(spec.policyTypes, 'spec.policyTypes').map((x, i) =>
      x === 'Ingress' || x === 'Egress' ? x : fail(`spec.policyTypes[${i}]`, 'Ingress or Egress'),
    );
    const policyTypes =
      declared.length > 0
        ? declared
        : spec.egress !== undefined
          ? (['Ingress', 'Egress'] as const)
          : (['Ingress'] as const);
    return {
      ok: true,
      value: {
        name: text(meta.name, 'metadata.name'),
        namespace:
          meta.namespace === undefined
            ? defaultNamespace
            : text(meta.namespace, 'metadata.namespace'),
        podSelector: selector(spec.podSelector, 'spec.podSelector'),
        policyTypes: [...policyTypes],
        ingress,
        egress,
      },
    };
  } catch (e) {
    if (e instanceof Problem) return { ok: false, problem: e.problem };
    throw e;
  }
}

/** A selector as a manifest writes it (empty parts left out). */
function selectorOut(s: LabelSelector): Record<string, unknown> {
  return {
    ...(Object.keys(s.matchLabels).length > 0 ? { matchLabels: { ...s.matchLabels } } : {}),
    ...(s.matchExpressions.length > 0
      ? {
          matchExpressions: s.matchExpressions.map((e) =>
            e.values.length > 0
              ? { key: e.key, operator: e.operator, values: [...e.values] }
              : { key: e.key, operator: e.operator },
          ),
        }
      : {}),
  };
}

function rulesOut(list: readonly NetworkPolicyRule[], peersKey: 'from' | 'to'): unknown[] {
  return list.map((r) => ({
    ...(r.peers.length > 0
      ? {
          [peersKey]: r.peers.map((p) => ({
            ...(p.podSelector ? { podSelector: selectorOut(p.podSelector) } : {}),
            ...(p.namespaceSelector ? { namespaceSelector: selectorOut(p.namespaceSelector) } : {}),
            ...(p.ipBlock
              ? {
                  ipBlock: {
                    cidr: p.ipBlock.cidr,
                    ...(p.ipBlock.except.length > 0 ? { except: [...p.ipBlock.except] } : {}),
                  },
                }
              : {}),
          })),
        }
      : {}),
    ...(r.ports.length > 0 ? { ports: r.ports.map((p) => ({ ...p })) } : {}),
  }));
}

/** The policy as a networking.k8s.io/v1 manifest object (for YAML). */
export function networkPolicyToManifest(p: NetworkPolicySpec): Record<string, unknown> {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: p.name, namespace: p.namespace },
    spec: {
      podSelector: selectorOut(p.podSelector),
      policyTypes: [...p.policyTypes],
      ...(p.ingress.length > 0 || p.policyTypes.includes('Ingress')
        ? { ingress: rulesOut(p.ingress, 'from') }
        : {}),
      ...(p.egress.length > 0 || p.policyTypes.includes('Egress')
        ? { egress: rulesOut(p.egress, 'to') }
        : {}),
    },
  };
}
