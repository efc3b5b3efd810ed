/** A shell script that builds a scenario in network namespaces and sends its packets: the conformance suite's own derivation, as text. */
import { caseSysctls } from './kernelSettings';
import { planNetns } from './netnsPlan';
import { nodeRules } from './nodeRules';
import { packetCommand } from './packetCommands';
import { DNS_PY, LISTEN_PY, PROXY_PY, UDP_CLIENT_PY } from './recipePrograms';
import { recipeServers, type RecipeServer } from './recipeServers';
import { simulate } from '../../sim/trace/tracer';
import type { Network } from '../../sim/model/networkTypes';
import type { ClusterSpec, NetnsId, PacketRequest } from '../../sim/model/types';

/** The file name the recipe is offered under. */
export const RECIPE_FILE_NAME = 'pod-network-lab.sh';

/** The namespace names' prefix in a recipe (the suite uses "pnl-c<pid>-" so runs never collide). */
export const RECIPE_PREFIX = 'pnl-';

/** What a recipe is made for besides the cluster. */
export interface RecipeOptions {
  /** The prepared packets, sent at the end in order. */
  readonly packets?: readonly PacketRequest[];
  /** The namespace names' prefix; also names the folder of programs and logs (/tmp/<prefix>lab). */
  readonly prefix?: string;
}

/** The line that starts each packet's section in the script's output: "# packet 2: …". */
export const PACKET_MARK = '# packet ';

/** Quotes a word for sh when it holds anything but plain characters; "$W/…" stays expandable. */
export function shellWord(w: string): string {
  if (w.startsWith('$W/')) return `"${w}"`;
  return /^[A-Za-z0-9_.,:/=@%+-]+$/.test(w) ? w : `'${w.replaceAll("'", "'\\''")}'`;
}

const line = (argv: readonly string[]): string => argv.map(shellWord).join(' ');

/** What a kernel namespace stands for, for the script's comments: "node node1", "pod default/web 10.244.1.2". */
function describe(network: Network, id: NetnsId): string {
  const ns = network.netns.get(id);
  if (ns?.kind === 'node') {
    const ip = network.nodes.find((n) => n.netns === id)?.ip ?? '';
    return `node ${ns.node} (${ip})`;
  }
  const pod = network.pods.find((p) => p.netns === id);
  return pod ? `pod ${pod.id} (${pod.ip})` : id.replace(':', ' ');
}

/** A request in words: "default/client (curl) → service default/api, TCP 80". */
function requestWords(r: PacketRequest): string {
  const from =
    r.from.kind === 'container'
      ? `${r.from.pod} (${r.from.container})`
      : r.from.kind === 'node'
        ? `node ${r.from.node}`
        : 'a client outside the cluster';
  const { kind, ...rest } = r.to;
  const to = `${kind} ${Object.values(rest).join(' ')}`.trim();
  const port = r.port === undefined || r.protocol === 'ICMP' ? '' : ` ${r.port}`;
  const http = r.http ? ` (GET http://${r.http.host}${r.http.path})` : '';
  return `${from} → ${to}, ${r.protocol}${port}${http}`;
}

/** The heredoc that writes one program file. */
function program(file: string, source: string): string[] {
  return [`cat >"$W/${file}" <<'PY'`, source.trim(), 'PY'];
}

/**
 * The recipe for a scenario: a POSIX sh script that, run as root on Linux with iproute2, sysctl,
 * iptables and python3, creates one namespace per node and pod and a switch namespace for the node
 * network with the devices, addresses, routes and kernel switches of the simulation, installs each
 * node's iptables rules, starts a listener for every container port (and the DNS responder and
 * ingress proxy), then sends each prepared packet — the commands the conformance suite runs.
 * `sh <file> down` removes it all.
 */
export function shellRecipe(
  cluster: ClusterSpec,
  network: Network,
  options: RecipeOptions = {},
): string {
  const prefix = options.prefix ?? RECIPE_PREFIX;
  const plan = planNetns(network, prefix, caseSysctls(cluster));
  const nameOf = (id: NetnsId): string => plan.nsName.get(id) ?? '';
  const byName = new Map([...plan.nsName].map(([id, name]) => [name, id]));
  const legend = plan.namespaces.map((name) => {
    const id = byName.get(name);
    const what = id
      ? describe(network, id)
      : 'the switch of the node network (and any other segment)';
    return `#   ${name.padEnd(prefix.length + 4)} ${what}`;
  });
  const rules = [...nodeRules(cluster, network)].flatMap(([node, text]) => {
    const ns = nameOf(network.nodes.find((n) => n.name === node)?.netns ?? ('' as NetnsId));
    return [`ip netns exec ${ns} iptables-restore <<'RULES'`, text.trimEnd(), 'RULES'];
  });
  const { servers, nameserver } = recipeServers(cluster, network);
  const podNs = network.pods.filter((p) => network.netns.get(p.netns)?.kind === 'pod');
  const resolv = nameserver
    ? podNs.flatMap((p) => {
        const dir = `/etc/netns/${nameOf(p.netns)}`;
        const search = `${p.id.split('/')[0] ?? 'default'}.svc.cluster.local svc.cluster.local cluster.local`;
        const text = `search ${search}\\nnameserver ${nameserver}\\noptions ndots:5\\n`;
        return [`mkdir -p ${dir}`, `printf '${text}' >${dir}/resolv.conf`];
      })
    : [];
  const packets = (options.packets ?? []).map((request, i) => {
    const trace = simulate(cluster, request);
    const cmd = packetCommand(network, request, trace);
    const pin = request.endpoint
      ? ` It pins endpoint ${request.endpoint}; iptables picks one at random.`
      : '';
    const head = `${PACKET_MARK}${i + 1}: ${requestWords(request)}. The simulation: ${trace.outcome.kind}.${pin}`;
    const send =
      'skip' in cmd
        ? `echo ${shellWord(`(not sent: ${cmd.skip})`)}`
        : `${line(['ip', 'netns', 'exec', nameOf(cmd.netns), ...cmd.argv])} 2>&1`;
    return ['echo', `echo ${shellWord(head)}`, send];
  });
  const start = (s: RecipeServer): string[] => {
    const ns = nameOf(s.netns);
    const log = `"$W/${s.program}-${ns}.log"`;
    const argv = ['ip', 'netns', 'exec', ns, 'python3', '-u', `$W/${s.program}.py`, ...s.args];
    return [
      `# ${describe(network, s.netns)}: ${s.program}`,
      `${line(argv)} >${log} 2>&1 &`,
      `ready ${log}`,
    ];
  };
  const programs = new Set(servers.map((s) => s.program));
  const udp = (options.packets ?? []).some((p) => p.protocol === 'UDP');
  return [
    '#!/bin/sh',
    `# ${cluster.name}: built in network namespaces by Pod Network Lab.`,
    '# Run as root on Linux with iproute2 (ip, bridge), sysctl, iptables, python3, nc, curl and ping.',
    "# These are the commands the app's conformance suite runs: namespaces, devices, addresses,",
    "# routes and kernel switches; each node's iptables rules (kube-proxy's Services, flannel's",
    '# masquerade, NetworkPolicies); a listener for every container port (plain bind(), as a',
    "# container's server binds), the DNS responder and the ingress proxy; then each prepared packet.",
    '#',
    '# Namespaces:',
    ...legend,
    '#',
    `# Remove it all:  sh ${RECIPE_FILE_NAME} down`,
    'set -e',
    `W=/tmp/${prefix}lab`,
    `NAMESPACES=${shellWord(plan.namespaces.join(' '))}`,
    '',
    '# Cleanup: stop what runs in the namespaces, delete them, their resolv.conf and the programs.',
    'down() {',
    '  for n in $NAMESPACES; do',
    '    [ -e "/run/netns/$n" ] || continue',
    '    for p in $(ip netns pids "$n"); do kill "$p" 2>/dev/null || true; done',
    '    ip netns del "$n"',
    '    rm -rf "/etc/netns/$n"',
    '  done',
    '  rm -rf "$W"',
    '}',
    'if [ "${1:-}" = down ]; then down; exit 0; fi',
    'down',
    '',
    '# 1. Namespaces, devices, addresses, routes, neighbours, kernel switches.',
    ...plan.commands.map(line),
    '',
    "# 2. Each node's iptables rules, as the simulation prints them.",
    ...rules,
    ...(resolv.length > 0
      ? [
          '',
          "# 3. Each pod's resolv.conf (ip netns exec mounts /etc/netns/<ns>/ over /etc/).",
          ...resolv,
        ]
      : []),
    '',
    '# 4. The servers: each waits until its log says "ready".',
    'mkdir -p "$W"',
    ...[...programs].flatMap((p) =>
      program(`${p}.py`, p === 'listen' ? LISTEN_PY : p === 'dns' ? DNS_PY : PROXY_PY),
    ),
    ...(udp ? program('udp-client.py', UDP_CLIENT_PY) : []),
    'ready() {',
    '  i=0',
    '  until grep -q "^ready$" "$1" 2>/dev/null; do',
    '    i=$((i + 1)); [ "$i" -le 100 ] || { cat "$1" >&2; exit 1; }; sleep 0.1',
    '  done',
    '}',
    ...servers.flatMap(start),
    ...(packets.length > 0
      ? [
          '',
          '# 5. The packets: a refused or unanswered one is an answer too.',
          'set +e',
          ...packets.flat(),
        ]
      : []),
    '',
    `echo ${shellWord(`# Remove it all:  sh ${RECIPE_FILE_NAME} down`)}`,
    '',
  ].join('\n');
}
