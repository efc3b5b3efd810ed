/** Size caps on pasted manifests, consistent with the scenario's own (src/scenario/limits.ts). */
import { INPUT_LIMITS, LIMITS } from '../limits';

/** The caps an import checks before and while it builds a scenario. */
export const MANIFEST_LIMITS = {
  /** Longest text read, in characters: as for a scenario file (kubectl's JSON of a 5,000-pod cluster is larger: filter it with -n or a label). */
  chars: INPUT_LIMITS.jsonChars,
  /** Most objects (documents and list items): every pod, node, Service, Ingress, policy and namespace a scenario may hold, and room for objects left out. */
  objects:
    2 *
    (LIMITS.pods +
      LIMITS.nodes +
      LIMITS.services +
      LIMITS.ingresses +
      LIMITS.networkPolicies +
      LIMITS.namespaces),
  /** Most YAML aliases expanded in one document (a "billion laughs" text stops here). */
  aliases: 100,
  /** Most pods after controllers are expanded: the scenario's cap. */
  pods: LIMITS.pods,
  /** Most notes kept for the left-out list (the rest are counted). */
  notes: 2000,
} as const;
