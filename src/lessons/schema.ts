/** The valibot schema of a lesson document: steps that set up the simulator, explain and ask, and a closing check. */
import * as v from 'valibot';
import type { PodId } from '../sim';
import {
  ContainerSpecSchema,
  DNS_LABEL,
  PacketRequestSchema,
  PodSpecSchema,
  PortSpecSchema,
  POD_ID,
  SAFE_LINE,
  ScenarioSchema,
} from '../scenario/schema';
import { LIMITS } from '../scenario/limits';
import { NetworkPolicySpecSchema } from '../scenario/schemaK8s';
import { SERVICE_REF } from '../scenario/schemaParts';
import { LESSON_LIMITS } from './limits';

/** A lesson id as it appears in links (?lesson=c4): lower-case letters, digits and "-". */
export const LESSON_ID = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
/** A message key of the lesson catalogs: "lesson." and dotted words. */
export const TEXT_KEY = /^lesson\.[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/;
/** A concept id of concepts.md: C1 … C99. */
export const CONCEPT_ID = /^C[1-9]\d?$/;
/** A placeholder name a lesson's texts use ({{web}}). */
export const PARAM_NAME = /^[A-Za-z][A-Za-z0-9]*$/;
/** An official English page: kubernetes.io/docs/…, with an optional fragment. */
export const DOCS_EN = /^https:\/\/kubernetes\.io\/docs\/[a-z0-9/_.-]*(?:#[a-z0-9_-]+)?$/;
/** The same page in Korean: kubernetes.io/ko/docs/…, the fragment may be Hangul as Hugo writes it. */
export const DOCS_KO = /^https:\/\/kubernetes\.io\/ko\/docs\/[a-z0-9/_.-]*(?:#[\p{L}\p{N}_-]+)?$/u;

const str = (max: number, re: RegExp, key: string) =>
  v.pipe(v.string(), v.maxLength(max, 'scenario.error.tooLong'), v.regex(re, key));
const dnsName = v.pipe(
  v.string(),
  v.minLength(1, 'scenario.error.empty'),
  str(LIMITS.name, DNS_LABEL, 'scenario.error.badName'),
);
const serviceRef = str(2 * LIMITS.name + 1, SERVICE_REF, 'scenario.error.badServiceRef');
const policyRef = str(2 * LIMITS.name + 1, POD_ID, 'scenario.error.badName');
const podId = v.pipe(
  str(2 * LIMITS.name + 1, POD_ID, 'scenario.error.badPodId'),
  v.transform((s) => s as PodId),
);
const textKey = str(LESSON_LIMITS.key, TEXT_KEY, 'lesson.error.badKey');
const count = (min: number, max: number) =>
  v.pipe(
    v.number(),
    v.integer('scenario.error.wrongType'),
    v.minValue(min, 'lesson.error.outOfRange'),
    v.maxValue(max, 'lesson.error.outOfRange'),
  );
const list = <T extends v.GenericSchema>(item: T, max: number, min = 0) =>
  v.pipe(
    v.array(item),
    v.minLength(min, 'scenario.error.empty'),
    v.maxLength(max, 'scenario.error.tooMany'),
  );

/** Where a step's cluster comes from: a built-in preset by id, or a scenario written in the lesson. */
export const ScenarioRefSchema = v.union([
  v.strictObject({ preset: dnsName }),
  v.strictObject({ inline: ScenarioSchema }),
]);

/** A change to the cluster, named by pod and container rather than by position. */
export const ActionSchema = v.variant('do', [
  v.strictObject({ do: v.literal('addContainer'), pod: podId, container: ContainerSpecSchema }),
  v.strictObject({
    do: v.literal('setPorts'),
    pod: podId,
    container: dnsName,
    ports: list(PortSpecSchema, LIMITS.ports),
  }),
  v.strictObject({
    do: v.literal('renameContainer'),
    pod: podId,
    container: dnsName,
    name: dnsName,
  }),
  v.strictObject({ do: v.literal('removeContainer'), pod: podId, container: dnsName }),
  v.strictObject({ do: v.literal('addPod'), pod: PodSpecSchema }),
  v.strictObject({ do: v.literal('renamePod'), pod: podId, name: dnsName }),
  v.strictObject({ do: v.literal('movePod'), pod: podId, node: dnsName }),
  v.strictObject({ do: v.literal('removePod'), pod: podId }),
  // As addPod/removePod, and the step plays the runtime's CNI ADD/DEL for the pod (C11).
  v.strictObject({ do: v.literal('createPod'), pod: PodSpecSchema }),
  v.strictObject({ do: v.literal('deletePod'), pod: podId }),
  v.strictObject({ do: v.literal('setCni'), cni: v.picklist(['bridge-hostgw', 'vxlan']) }),
  v.strictObject({
    do: v.literal('setNetfilter'),
    bridgeNfCallIptables: v.exactOptional(v.boolean()),
    hairpinMode: v.exactOptional(v.boolean()),
  }),
  v.strictObject({
    do: v.literal('setTrafficPolicy'),
    service: serviceRef,
    policy: v.picklist(['Cluster', 'Local']),
  }),
  v.strictObject({ do: v.literal('addPolicy'), policy: NetworkPolicySpecSchema }),
  v.strictObject({ do: v.literal('removePolicy'), policy: policyRef }),
]);

/** Hop actions a question can stop before (see HopAction in the simulator). */
export const HOP_ACTIONS = [
  'loopback',
  'route',
  'arp',
  'veth',
  'bridge',
  'bridge-up',
  'forward',
  'encapsulate',
  'wire',
  'decapsulate',
  'deliver',
  'reject',
  'drop',
  'dnat',
  'snat',
  'unnat',
  'policy-deny',
  'resolve',
  'proxy',
] as const;
/** What a prediction question asks about the hop. */
export const QUESTION_KINDS = [
  'device',
  'srcIp',
  'dstIp',
  'srcMac',
  'dstMac',
  'ttl',
  'encapsulated',
  'outcome',
  'arp',
] as const;

/** What a question about a pod's creation (CNI ADD) asks: the address IPAM hands out next, or whether cni0 is created now. */
export const CNI_QUESTION_KINDS = ['nextIp', 'bridge'] as const;

/** A question asked while a createPod step's CNI ADD waits: before host-local allocates (nextIp), or before the bridge plugin's first step (bridge). */
export const PredictCniSchema = v.strictObject({ ask: v.picklist(CNI_QUESTION_KINDS) });

/** A question asked just before the packet reaches the nth hop of a kind. */
export const PredictSchema = v.strictObject({
  at: v.picklist(HOP_ACTIONS),
  nth: v.optional(count(1, 20), 1),
  ask: v.picklist(QUESTION_KINDS),
});

/** What a step (or the check) sets up before it is shown: a cluster, changes to it, a packet, highlights. */
const setup = {
  scenario: v.exactOptional(ScenarioRefSchema),
  actions: v.optional(list(ActionSchema, LESSON_LIMITS.actions), () => []),
  send: v.exactOptional(PacketRequestSchema),
  highlight: v.optional(
    list(
      str(LESSON_LIMITS.elementId, SAFE_LINE, 'scenario.error.badText'),
      LESSON_LIMITS.highlight,
    ),
    () => [],
  ),
};

/** One step: set up, explain, and perhaps ask. */
export const StepSchema = v.strictObject({
  ...setup,
  text: textKey,
  predict: v.exactOptional(PredictSchema),
  predictCni: v.exactOptional(PredictCniSchema),
});

const OUTCOMES = [
  'delivered',
  'refused',
  'unreachable',
  'dropped',
  'failed-to-start',
  'impossible',
] as const;

/** One thing the learner's cluster or packets must show for the check to pass. */
export const ConditionSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('container-failed'), pod: v.exactOptional(podId) }),
  v.strictObject({
    kind: v.literal('pods'),
    pod: v.exactOptional(podId),
    node: v.exactOptional(dnsName),
    minContainers: v.exactOptional(count(1, LIMITS.containers)),
    maxContainers: v.exactOptional(count(1, LIMITS.containers)),
    count: v.optional(count(1, LIMITS.pods), 1),
  }),
  v.strictObject({
    kind: v.literal('trace'),
    outcome: v.exactOptional(v.picklist(OUTCOMES)),
    protocols: v.exactOptional(list(v.picklist(['TCP', 'UDP', 'ICMP', 'SHM']), 4, 1)),
    from: v.exactOptional(v.picklist(['container', 'kubelet', 'host', 'external'])),
    to: v.exactOptional(
      list(
        v.picklist([
          'localhost',
          'ip',
          'pod',
          'container',
          'node',
          'service',
          'nodeport',
          'name',
          'internet',
        ]),
        9,
        1,
      ),
    ),
    scope: v.exactOptional(v.picklist(['pod', 'node', 'nodes'])),
    encapsulated: v.exactOptional(v.boolean()),
    fromPod: v.exactOptional(podId),
    deliveredTo: v.exactOptional(
      v.strictObject({
        pod: v.exactOptional(podId),
        container: v.exactOptional(dnsName),
        node: v.exactOptional(dnsName),
      }),
    ),
  }),
]);

/** The lesson's closing task: what to do, how the simulator tells it is done, and a worked answer. */
export const CheckSchema = v.strictObject({
  ...setup,
  text: textKey,
  done: textKey,
  all: list(ConditionSchema, LESSON_LIMITS.conditions, 1),
  solution: v.strictObject({
    actions: v.optional(list(ActionSchema, LESSON_LIMITS.actions), () => []),
    send: v.optional(list(PacketRequestSchema, LESSON_LIMITS.sends), () => []),
  }),
});

/** An official page the lesson points to, in English and in Korean. */
export const LinkSchema = v.strictObject({
  title: textKey,
  en: str(LESSON_LIMITS.url, DOCS_EN, 'lesson.error.badLink'),
  ko: str(LESSON_LIMITS.url, DOCS_KO, 'lesson.error.badLink'),
});

/** The whole v1 lesson document. */
export const LessonSchema = v.strictObject({
  version: v.literal(1),
  id: str(LESSON_LIMITS.id, LESSON_ID, 'scenario.error.badName'),
  concepts: list(str(3, CONCEPT_ID, 'lesson.error.badConcept'), 4, 1),
  title: textKey,
  intro: textKey,
  params: v.optional(
    v.pipe(
      v.record(
        str(LESSON_LIMITS.paramName, PARAM_NAME, 'lesson.error.badParam'),
        v.pipe(
          v.string(),
          v.minLength(1, 'scenario.error.empty'),
          str(LIMITS.name, SAFE_LINE, 'scenario.error.badText'),
        ),
      ),
      v.maxEntries(LESSON_LIMITS.params, 'scenario.error.tooMany'),
    ),
    () => ({}),
  ),
  links: v.optional(list(LinkSchema, LESSON_LIMITS.links), () => []),
  steps: list(StepSchema, LESSON_LIMITS.steps, 1),
  check: CheckSchema,
});

/** A lesson document as written (defaults may be left out). */
export type LessonInput = v.InferInput<typeof LessonSchema>;
