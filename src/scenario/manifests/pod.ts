/** Pod specs (a Pod's, or a controller's template) to the simulation's containers, labels and placement wishes. */
import type { ContainerSpec, PortSpec } from '../../sim';
import { LIMITS } from '../limits';
import { toDnsLabel } from './names';
import { fail, flag, int, list, obj, optText, text, textMap, type NoteSink } from './read';

/** A toleration, as the scheduler reads it against a node's taints. */
export interface Toleration {
  readonly key?: string;
  readonly operator: 'Exists' | 'Equal';
  readonly effect?: string;
}

/** A pod before it is placed on a node. */
export interface PodDraft {
  readonly name: string;
  readonly namespace: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly hostNetwork: boolean;
  readonly containers: readonly ContainerSpec[];
  /** spec.nodeName, when the manifest pins the pod. */
  readonly nodeName?: string;
  /** spec.nodeSelector: node labels the pod needs. */
  readonly nodeSelector: Readonly<Record<string, string>>;
  /** spec.tolerations: which taints the pod accepts. */
  readonly tolerations: readonly Toleration[];
  /** status.podIP of a running pod (kubectl output). */
  readonly ip?: string;
}

/** The pod-spec fields the API server fills in with these values (they change nothing here). */
const SPEC_DEFAULTS = {
  dnsPolicy: 'ClusterFirst',
  restartPolicy: 'Always',
  schedulerName: 'default-scheduler',
  securityContext: {},
  terminationGracePeriodSeconds: 30,
  enableServiceLinks: true,
  preemptionPolicy: 'PreemptLowerPriority',
  priority: 0,
  serviceAccountName: 'default',
  serviceAccount: 'default',
};
const CONTAINER_DEFAULTS = {
  terminationMessagePath: '/dev/termination-log',
  terminationMessagePolicy: 'File',
  imagePullPolicy: undefined,
  resources: {},
};
/** The service-account token volume the API server injects into every pod. */
const TOKEN_VOLUME = /^kube-api-access-/;
const TOKEN_MOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';

function port(v: unknown, at: string, notes: NoteSink): PortSpec | null {
  const p = obj(v, at);
  const protocol = p.protocol ?? 'TCP';
  if (protocol !== 'TCP' && protocol !== 'UDP') {
    notes.add(`${at}.protocol`, 'unsupported', String(protocol));
    return null;
  }
  notes.rest(p, ['containerPort', 'protocol', 'name'], at);
  const name = optText(p.name, `${at}.name`);
  return {
    port: int(p.containerPort, `${at}.containerPort`),
    protocol,
    ...(name !== undefined ? { name } : {}),
  };
}

function container(v: unknown, at: string, notes: NoteSink): ContainerSpec {
  const c = obj(v, at);
  const raw = text(c.name, `${at}.name`);
  const name = toDnsLabel(raw);
  if (name !== raw) notes.add(`${at}.name`, 'renamed', `${raw} → ${name}`);
  const ports = list(c.ports, `${at}.ports`)
    .map((p, i) => port(p, `${at}.ports[${i}]`, notes))
    .filter((p): p is PortSpec => p !== null);
  if (ports.length > LIMITS.ports) notes.add(`${at}.ports`, 'unsupported', `> ${LIMITS.ports}`);
  const mounts = list(c.volumeMounts, `${at}.volumeMounts`);
  const onlyToken = mounts.every((m) => obj(m, `${at}.volumeMounts`).mountPath === TOKEN_MOUNT);
  notes.rest(
    c,
    ['name', 'image', 'ports', ...(onlyToken ? ['volumeMounts'] : [])],
    at,
    CONTAINER_DEFAULTS,
  );
  return { name, image: text(c.image, `${at}.image`), ports: ports.slice(0, LIMITS.ports) };
}

function tolerations(v: unknown, at: string): Toleration[] {
  return list(v, at).map((t, i) => {
    const o = obj(t, `${at}[${i}]`);
    const key = optText(o.key, `${at}[${i}].key`);
    const effect = optText(o.effect, `${at}[${i}].effect`);
    return {
      operator: o.operator === 'Exists' ? 'Exists' : 'Equal',
      ...(key !== undefined ? { key } : {}),
      ...(effect !== undefined ? { effect } : {}),
    };
  });
}

/** Reads a pod spec at `at` ("spec" or "spec.template.spec") into a draft named `name`. */
export function readPodSpec(
  specValue: unknown,
  at: string,
  base: { name: string; namespace: string; labels: Readonly<Record<string, string>> },
  notes: NoteSink,
): PodDraft {
  const spec = obj(specValue, at);
  const containers = list(spec.containers, `${at}.containers`).map((c, i) =>
    container(c, `${at}.containers[${i}]`, notes),
  );
  if (containers.length === 0) fail(`${at}.containers`, 'at least one container');
  if (containers.length > LIMITS.containers)
    notes.add(`${at}.containers`, 'unsupported', `> ${LIMITS.containers}`);
  const volumes = list(spec.volumes, `${at}.volumes`);
  const onlyToken = volumes.every((v) => TOKEN_VOLUME.test(String(obj(v, `${at}.volumes`).name)));
  notes.rest(
    spec,
    [
      'containers',
      'hostNetwork',
      'nodeName',
      'nodeSelector',
      'tolerations',
      ...(onlyToken ? ['volumes'] : []),
    ],
    at,
    SPEC_DEFAULTS,
  );
  const nodeName = optText(spec.nodeName, `${at}.nodeName`);
  return {
    ...base,
    hostNetwork: flag(spec.hostNetwork, `${at}.hostNetwork`),
    containers: containers.slice(0, LIMITS.containers),
    ...(nodeName !== undefined ? { nodeName } : {}),
    nodeSelector: textMap(spec.nodeSelector, `${at}.nodeSelector`),
    tolerations: tolerations(spec.tolerations, `${at}.tolerations`),
  };
}

/** Whether a Pod's status says it is done (its address given back) rather than running or starting. */
export function podFinished(doc: Record<string, unknown>): string | null {
  const phase = obj(doc.status, 'status').phase;
  return phase === 'Succeeded' || phase === 'Failed' ? phase : null;
}

/** A running Pod's address from status.podIP (none for hostNetwork pods: they use the node's). */
export function podIpOf(doc: Record<string, unknown>, hostNetwork: boolean): string | undefined {
  if (hostNetwork) return undefined;
  const ip = obj(doc.status, 'status').podIP;
  return typeof ip === 'string' && ip !== '' ? ip : undefined;
}
