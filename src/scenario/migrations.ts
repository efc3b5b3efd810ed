/** Format versions and the migrations that bring any older document up to the current one. */
import { scenarioError, type ScenarioError } from './errors';
import { isRecord } from './guard';
import { SCENARIO_VERSION } from './types';

/** Turns a document of one version into a document of the next version. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** The outcome of a migration: the current-version document, or why it could not be made. */
export type MigrateResult =
  { ok: true; doc: unknown; from: number } | { ok: false; error: ScenarioError };

/** Prefixes "default/" to a v0 pod reference, which had no namespace. */
function namespacedRef(end: unknown): unknown {
  if (!isRecord(end) || typeof end.pod !== 'string' || end.pod.includes('/')) return end;
  return { ...end, pod: `default/${end.pod}` };
}

/** v0 → v1: "cniMode" ("host-gw" | "vxlan") became "cni"; pods gained namespaces. */
function v0ToV1(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...doc, version: 1 };
  if (isRecord(doc.cluster)) {
    const { cniMode, ...cluster } = doc.cluster;
    if (cniMode !== undefined) cluster.cni = cniMode === 'host-gw' ? 'bridge-hostgw' : cniMode;
    if (Array.isArray(cluster.pods))
      cluster.pods = cluster.pods.map((p: unknown) =>
        isRecord(p) && p.namespace === undefined ? { ...p, namespace: 'default' } : p,
      );
    out.cluster = cluster;
  }
  if (Array.isArray(doc.packets))
    out.packets = doc.packets.map((p: unknown) =>
      isRecord(p) ? { ...p, from: namespacedRef(p.from), to: namespacedRef(p.to) } : p,
    );
  return out;
}

/**
 * v1 → v2: the Kubernetes objects (namespaces, Services, Ingress, NetworkPolicies, the outside world,
 * the netfilter switches) and the new endpoint and target kinds arrived, all optional. A v1 document
 * has none of them, and absent means what v1 meant: no Services, no policies (everything allowed),
 * the kernel switches as Kubernetes sets them. Only the version changes.
 */
function v1ToV2(doc: Record<string, unknown>): Record<string, unknown> {
  return { ...doc, version: 2 };
}

/** The registry: MIGRATIONS[n] turns version n into version n + 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 0: v0ToV1, 1: v1ToV2 };

/** The oldest version this app can still read. */
export const OLDEST_VERSION = 0;

/** Brings a document of any known version up to SCENARIO_VERSION; a newer one is refused. */
export function migrate(doc: unknown): MigrateResult {
  if (!isRecord(doc)) return { ok: true, doc, from: SCENARIO_VERSION };
  const version = doc.version;
  if (version === undefined)
    return { ok: false, error: scenarioError('version', 'scenario.error.missingVersion') };
  if (typeof version !== 'number' || !Number.isInteger(version))
    return { ok: false, error: scenarioError('version', 'scenario.error.badVersion') };
  if (version > SCENARIO_VERSION)
    return {
      ok: false,
      error: scenarioError('version', 'scenario.error.futureVersion', {
        version,
        supported: SCENARIO_VERSION,
      }),
    };
  if (version < OLDEST_VERSION)
    return {
      ok: false,
      error: scenarioError('version', 'scenario.error.unknownVersion', { version }),
    };
  let current: Record<string, unknown> = doc;
  for (let n = version; n < SCENARIO_VERSION; n++) {
    const step = MIGRATIONS[n];
    if (!step)
      return {
        ok: false,
        error: scenarioError('version', 'scenario.error.unknownVersion', { version: n }),
      };
    try {
      current = step(current);
    } catch {
      return {
        ok: false,
        error: scenarioError('version', 'scenario.error.migrationFailed', { from: n }),
      };
    }
  }
  return { ok: true, doc: current, from: version };
}
