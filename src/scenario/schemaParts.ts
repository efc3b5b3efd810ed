/** Building blocks the scenario schemas share: patterns, names, addresses, ports, labels and capped lists. */
import * as v from 'valibot';
import type { PodId } from '../sim';
import { LIMITS } from './limits';

/** A DNS label: lower-case letters, digits and "-", starting and ending with a letter or digit. */
export const DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
/** A Service name (an RFC 1035 label, as Kubernetes requires): a DNS label starting with a letter. */
export const SERVICE_NAME = /^[a-z](?:[-a-z0-9]*[a-z0-9])?$/;
/** A pod id "namespace/name". */
export const POD_ID = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?\/[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
/** A Service reference "namespace/name". */
export const SERVICE_REF = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?\/[a-z](?:[-a-z0-9]*[a-z0-9])?$/;
/** A DNS name: dot-separated DNS labels ("api", "api.shop.svc.cluster.local", "shop.example.com"). */
export const DNS_NAME = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;
/** An Ingress rule's host: a DNS name, or one with a wildcard first label ("*.example.com"), as Kubernetes allows. */
export const INGRESS_HOST =
  /^(?:\*\.)?[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;
/** An HTTP path: "/" then URL characters (no spaces, quotes, angle brackets, "?" or "#"). */
export const URL_PATH = /^\/[-A-Za-z0-9._~!$&'()*+,;=:@%/]*$/;
/** A named port (Kubernetes IANA_SVC_NAME): at most 15 characters of a DNS label, with a letter and no "--". */
export const PORT_NAME = /^(?=.*[a-z])(?!.*--)[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/** A dotted-quad IPv4 address without leading zeros. */
export const IPV4 = new RegExp(`^(?:${OCTET}\\.){3}${OCTET}$`);
/** An IPv4 CIDR block (host bits are checked after the schema). */
export const CIDR = new RegExp(`^(?:${OCTET}\\.){3}${OCTET}/(?:3[0-2]|[12]?\\d)$`);
/** One-line text without control characters, lone surrogates, zero-width or bidi overrides. */
export const SAFE_LINE = /^[^\p{Cc}\p{Cs}\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]*$/u;
/** Multi-line text: as SAFE_LINE but newlines and tabs are allowed. */
export const SAFE_TEXT =
  /^(?:[\n\t]|[^\p{Cc}\p{Cs}\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF])*$/u;
/** A label key, with an optional DNS prefix ("app", "app.kubernetes.io/name"). */
export const LABEL_KEY =
  /^(?:[a-z0-9](?:[-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
/** A label value (may be empty). */
export const LABEL_VALUE = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;
/** The range Kubernetes opens NodePorts in (the API server's default --service-node-port-range). */
export const NODE_PORT_RANGE = { min: 30000, max: 32767 } as const;

/** A string of at most `max` characters matching `re`, else the error `key`. */
export const pattern = (re: RegExp, max: number, key: `scenario.error.${string}`) =>
  v.pipe(v.string(), v.maxLength(max, 'scenario.error.tooLong'), v.regex(re, key));

/** A DNS label name (node, pod, container, namespace, policy, Ingress). */
export const dnsName = v.pipe(
  v.string(),
  v.minLength(1, 'scenario.error.empty'),
  v.maxLength(LIMITS.name, 'scenario.error.tooLong'),
  v.regex(DNS_LABEL, 'scenario.error.badName'),
);
/** A Service name. */
export const serviceName = v.pipe(
  v.string(),
  v.minLength(1, 'scenario.error.empty'),
  v.maxLength(LIMITS.name, 'scenario.error.tooLong'),
  v.regex(SERVICE_NAME, 'scenario.error.badServiceName'),
);
/** One line of free text. */
export const line = (max: number) =>
  v.pipe(
    v.string(),
    v.minLength(1, 'scenario.error.empty'),
    v.maxLength(max, 'scenario.error.tooLong'),
    v.regex(SAFE_LINE, 'scenario.error.badText'),
  );
/** An IPv4 address. */
export const ipv4 = v.pipe(
  v.string(),
  v.maxLength(15, 'scenario.error.badIp'),
  v.regex(IPV4, 'scenario.error.badIp'),
);
/** An IPv4 range. */
export const cidr = v.pipe(
  v.string(),
  v.maxLength(18, 'scenario.error.badCidr'),
  v.regex(CIDR, 'scenario.error.badCidr'),
);
/** A pod id "namespace/name". */
export const podId = v.pipe(
  v.string(),
  v.maxLength(2 * LIMITS.name + 1, 'scenario.error.badPodId'),
  v.regex(POD_ID, 'scenario.error.badPodId'),
  v.transform((s) => s as PodId),
);
/** A TCP/UDP port number. */
export const portNumber = v.pipe(
  v.number(),
  v.integer('scenario.error.badPort'),
  v.minValue(1, 'scenario.error.badPort'),
  v.maxValue(65535, 'scenario.error.badPort'),
);
/** A port's name (a containerPort's, a Service port's, or a reference to one). */
export const portName = pattern(PORT_NAME, 15, 'scenario.error.badPortName');
/** A port by number or by name. */
export const portRef = v.union([portNumber, portName]);
/** An array of at most `max` items. */
export const capped = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, 'scenario.error.tooMany'));
/** A non-empty array of at most `max` items. */
export const nonEmpty = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(
    v.array(item),
    v.minLength(1, 'scenario.error.empty'),
    v.maxLength(max, 'scenario.error.tooMany'),
  );
/** Labels: key → value, at most LIMITS.labels pairs. */
export const labels = v.pipe(
  v.record(
    pattern(LABEL_KEY, LIMITS.labelKey, 'scenario.error.badLabel'),
    pattern(LABEL_VALUE, LIMITS.name, 'scenario.error.badLabel'),
  ),
  v.maxEntries(LIMITS.labels, 'scenario.error.tooMany'),
);
/** Labels that may be left out (an empty map). */
export const optionalLabels = v.optional(labels, () => ({}));
