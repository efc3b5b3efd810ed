/** Checks shared by the Korean text tests: fallback particles, particles after values and literals, English words. */
import { josa } from '../../../src/i18n/particles';

/** The fallback spellings a person never writes: "(이)가", "(으)로", "(을)를" … */
export const FALLBACK = /\((이|으|을|를|와|과|은|는|가)\)/;

/** Particle pairs a Korean message may write as {{after-consonant/after-vowel}}. */
export const PAIRS = [
  '이/가',
  '은/는',
  '을/를',
  '과/와',
  '으로/로',
  '이라고/라고',
  '이라는/라는',
  '이나/나',
];

/** Every particle form of those pairs, longest first (so 으로 wins over 로 and 이라고 over 이). */
const FORMS = [...new Set(PAIRS.flatMap((p) => p.split('/')))].sort((a, b) => b.length - a.length);
const PAIR_OF = new Map(PAIRS.flatMap((p) => p.split('/').map((f) => [f, p] as const)));
/** A particle form standing as a word ending: followed by a space, punctuation or the end. */
const PARTICLE = new RegExp(`(${FORMS.join('|')})(?=[\\s,.)…:;]|$)`, 'g');

/** Names and notation that stay as written in the Korean view (korean.md: names stay as they are). */
const NAMES = new Set(
  (
    'eth0 cni0 lo veth flannel flannel.1 TCP UDP ICMP IP IPv4 MAC TTL DNS VXLAN VNI VTEP FDB ARP ' +
    'SYN ACK RST SYN+ACK RST+ACK NAT MTU DF CNI IPC POSIX EADDRINUSE ECONNREFUSED EHOSTUNREACH ' +
    'EMSGSIZE connect() bind() sendmsg() ping kubelet hostNetwork host-gw localhost ip_forward ' +
    'FAILED netns pause nginx app=web English Ctrl+Z Ctrl+Shift+Z Ctrl+Y Ctrl+C Space Home End P ' +
    'who-has tell is-at C4 /TCP /UDP Home/End PageUp/PageDown NUL API SVG PNG ' +
    'ClusterIP NodePort DNAT SNAT MASQUERADE iptables iptables-save conntrack kube-proxy CoreDNS kube-dns ' +
    'kubectl YAML HTTP URL Prefix Exact Cluster Local Ctrl+Enter Escape bridge-nf-call-iptables ' +
    'nodePort externalTrafficPolicy podSelector namespaceSelector ipBlock endPort In NotIn Exists DoesNotExist ' +
    'ADD DEL bridge host-local IPAM ID subnet.env flanneld last_reserved_ip /etc/cni/net.d ' +
    '/run/flannel/subnet.env /var/lib/cni/networks/cbr0 ' +
    'NXDOMAIN NOERROR NODATA SOA getaddrinfo glibc /etc/resolv.conf ndots cluster.local svc.cluster.local ' +
    'kube-system k8s-app=kube-dns dnsPolicy ClusterFirst ClusterFirstWithHostNet Host X-Forwarded-For ' +
    'PREROUTING POSTROUTING OUTPUT FORWARD INPUT KUBE-SERVICES KUBE-SVC KUBE-SEP KUBE-NODEPORTS KUBE-MARK-MASQ'
  ).split(' '),
);
/** Several-word names. */
const PHRASES = ['Pod Network Lab', 'System V', 'JSON Schema', 'ping -M do', 'JSON'];

/** Latin words of a Korean message that are not names: quoted program output and bracketed glosses aside. */
export function englishWords(message: string): string[] {
  let s = message
    .replace(/\{\{[^{}]*\}\}/g, ' ')
    .replace(/“[^”]*”/g, ' ') // what a program prints, quoted as it prints it
    .replace(/([가-힣])\s?\([A-Za-z][A-Za-z -]*\)/g, '$1'); // 루프백(loopback): a term's English name
  for (const p of PHRASES) s = s.split(p).join(' ');
  const words = s.match(/[A-Za-z/][A-Za-z0-9_.+=/-]*(?:\(\))?/g) ?? [];
  return words
    .map((w) => w.replace(/[.,]$/, ''))
    .filter((w) => !NAMES.has(w) && !/^[0-9a-f:./]+$/.test(w) && /[A-Za-z]{2}/.test(w));
}

/** Problems with the particles of one Korean message template ("" entries never appear). */
export function particleProblems(message: string): string[] {
  const out: string[] = [];
  if (FALLBACK.test(message)) out.push(`fallback particle: ${message}`);
  for (const m of message.matchAll(/\{\{([^{}\s]+\/[^{}\s]+)\}\}/g)) {
    const pair = m[1] ?? '';
    if (!PAIRS.includes(pair)) out.push(`unknown particle pair {{${pair}}}`);
    const before = message.slice(0, m.index);
    if (!/\{\{\w+\}\}(?:[”’)]|\([^()]*\))*$/.test(before))
      out.push(`{{${pair}}} does not follow a value: …${before.slice(-20)}`);
  }
  for (const m of message.matchAll(PARTICLE)) {
    const form = m[1] ?? '';
    const before = message.slice(0, m.index);
    // the particle belongs to the word before a closing (aside), as in 쿠버네티스(Kubernetes)는
    const head = before.replace(/(?:\([^()]*\))+$/, '');
    if (/\}\}[”’]*$/.test(head)) {
      out.push(`fixed “${form}” after a value: …${before.slice(-20)}${form}`);
      continue;
    }
    // a literal number or Latin name before the particle: the particle must fit how it is read
    const tail = head.replace(/[”’]+$/, '');
    if (!/[A-Za-z0-9]$/.test(tail) || /\{\{[^{}]*\}\}\S*$/.test(tail)) continue;
    const pair = PAIR_OF.get(form) ?? '';
    const want = josa(before, pair);
    if (want !== form) out.push(`“${before.slice(-12)}${form}” should be “${want}”`);
  }
  return out;
}
