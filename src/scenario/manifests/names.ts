/** Names as Kubernetes makes them: controllers' pod names (deterministic here) and DNS labels from longer names. */
import { DNS_LABEL } from '../schemaParts';
import { LIMITS } from '../limits';

/** The alphabet of apimachinery's rand.SafeEncodeString: no vowels, no 0/1/3 (no words, no look-alikes). */
const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** 32-bit FNV-1a of a string's UTF-16 code units. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** rand.SafeEncodeString: each character mapped into the safe alphabet by its code. */
export function safeEncode(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += ALPHANUMS[s.charCodeAt(i) % ALPHANUMS.length];
  return out;
}

/**
 * The pod-template-hash a Deployment gives its ReplicaSet: as the controller does, the decimal
 * form of a 32-bit FNV hash of the pod template, safe-encoded (e.g. "7c5ddbdf54").
 */
export function podTemplateHash(template: unknown): string {
  return safeEncode(String(fnv1a(JSON.stringify(template) ?? '')));
}

/**
 * The 5-character suffix a ReplicaSet or DaemonSet appends to a pod name (random in Kubernetes,
 * here drawn from a hash of the owner and the pod's index, so an import is reproducible).
 */
export function podSuffix(owner: string, index: number): string {
  let h = fnv1a(`${owner}#${index}`);
  let out = '';
  for (let i = 0; i < 5; i++) {
    out += ALPHANUMS[h % ALPHANUMS.length];
    h = Math.floor(h / ALPHANUMS.length) ^ Math.imul(fnv1a(`${owner}#${index}#${i}`), 31);
    h >>>= 0;
  }
  return out;
}

/** A generated name kept within a DNS label: the base is cut so the suffix fits, as generateName does. */
export function withSuffix(base: string, suffix: string): string {
  const room = LIMITS.name - suffix.length - 1;
  return `${base.slice(0, room).replace(/-+$/, '')}-${suffix}`;
}

/** A name as a DNS label the scenario accepts: lower case, dots and other characters as "-", at most 63. */
export function toDnsLabel(name: string): string {
  if (DNS_LABEL.test(name) && name.length <= LIMITS.name) return name;
  const label = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, LIMITS.name)
    .replace(/^-+|-+$/g, '');
  return label || 'x';
}
