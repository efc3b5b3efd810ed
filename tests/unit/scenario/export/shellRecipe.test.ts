/** The shell recipe: the conformance suite's derivation as a script, and that script run for real — Services, policies and packets included. */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../../../src/sim/model/topology';
import { simulate } from '../../../../src/sim/trace/tracer';
import { presetById } from '../../../../src/scenario/presets';
import { planNetns } from '../../../../src/scenario/export/netnsPlan';
import { PACKET_MARK, shellRecipe, shellWord } from '../../../../src/scenario/export/shellRecipe';
import { conformanceCluster } from '../../../conformance/cases';
import { conformanceRequired, skipReason } from '../../../conformance/environment';
import { linuxViewRows } from '../../../conformance/linuxViews';

const cluster = conformanceCluster('vxlan');
const network = buildNetwork(cluster);

function presetRecipe(id: string, prefix = 'pnl-') {
  const preset = presetById(id);
  if (!preset) throw new Error(`preset ${id} missing`);
  const c = preset.scenario.cluster;
  const packets = preset.scenario.packets;
  return { cluster: c, packets, script: shellRecipe(c, buildNetwork(c), { packets, prefix }) };
}

describe('the shell recipe of a scenario', () => {
  const script = shellRecipe(cluster, network);
  const lines = script.split('\n');

  it('is a sh script that names each namespace and how to remove them, then stops at the first failure', () => {
    expect(lines[0]).toBe('#!/bin/sh');
    expect(lines).toContain('#   pnl-n0   node node1 (192.168.10.11)');
    expect(lines).toContain('#   pnl-p0   pod default/web (10.244.1.2)');
    expect(lines).toContain('# Remove it all:  sh pod-network-lab.sh down');
    expect(lines.find((l) => l.startsWith('NAMESPACES='))).toMatch(
      /^NAMESPACES='pnl-lan pnl-n0 pnl-n1 pnl-p0 .*'$/,
    );
    expect(lines).toContain('if [ "${1:-}" = down ]; then down; exit 0; fi');
    expect(lines.indexOf('set -e')).toBeLessThan(lines.indexOf('ip netns add pnl-lan'));
  });

  it("builds flannel's VXLAN device, its onlink route, permanent neighbour and FDB entry", () => {
    expect(lines).toContain(
      'ip -n pnl-n0 link add flannel.1 type vxlan id 1 local 192.168.10.11 dev eth0 dstport 8472 nolearning',
    );
    expect(lines).toContain(
      'ip -n pnl-n0 route replace 10.244.2.0/24 via 10.244.2.0 dev flannel.1 onlink',
    );
    expect(lines).toContain(
      'ip -n pnl-n0 neigh replace 10.244.2.0 lladdr 4e:d8:4e:a6:d5:2d dev flannel.1 nud permanent',
    );
    expect(lines).toContain(
      'bridge -n pnl-n0 fdb append 4e:d8:4e:a6:d5:2d dev flannel.1 dst 192.168.10.12',
    );
  });

  it('runs exactly the commands of the conformance suite’s namespace plan, in order', () => {
    const plan = planNetns(network, 'pnl-').commands.map((c) => c.map(shellWord).join(' '));
    const at = lines.indexOf(plan[0] ?? '');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at, at + plan.length)).toEqual(plan);
  });

  it("installs each node's rules with iptables-restore and starts a listener for every container port", () => {
    const r = presetRecipe('clusterip-remote').script.split('\n');
    expect(r).toContain("ip netns exec pnl-n0 iptables-restore <<'RULES'");
    expect(r).toContain(
      '-A KUBE-SEP-VF2N3AGVDJ5E6YN5 -p tcp -m comment --comment "default/api" -m tcp -j DNAT --to-destination 10.244.2.2:8080',
    );
    expect(r).toContain(
      `ip netns exec pnl-p1 python3 -u "$W/listen.py" '[{"container":"api","pod":"default/api-1","ports":[{"protocol":"TCP","port":8080}]}]' >"$W/listen-pnl-p1.log" 2>&1 &`,
    );
    expect(r).toContain('ready "$W/listen-pnl-p1.log"');
  });

  it('ends with the command that sends each prepared packet, dialling what the trace dials', () => {
    const r = presetRecipe('clusterip-remote').script.split('\n');
    const sends = r.slice(r.indexOf('set +e')).filter((l) => l.startsWith('ip netns exec'));
    expect(sends).toEqual([
      'ip netns exec pnl-p0 nc -znv -w 4 10.96.0.20 80 2>&1',
      'ip netns exec pnl-p0 nc -znv -w 4 10.96.0.20 80 2>&1',
      'ip netns exec pnl-p0 ping -n -c 1 -W 4 10.96.0.20 2>&1',
    ]);
    expect(r).toContain(
      "echo '# packet 3: default/client (curl) → service default/api, ICMP. The simulation: unreachable.'",
    );
  });

  it('adds the policy chains, the DNS responder with its zone and resolv.conf, the proxy with its routes', () => {
    const deny = presetRecipe('policy-default-deny').script.split('\n');
    expect(deny).toContain(
      '-A FORWARD -d 10.244.2.2/32 -m comment --comment "pnl: ingress policy of shop/api" -j PNL-POD-FW-1',
    );
    expect(deny).toContain('-A PNL-POD-FW-1 -s 10.244.1.2/32 -p tcp -m tcp --dport 8080 -j ACCEPT');
    expect(deny).toContain('-A PNL-POD-FW-1 -j DROP');
    const dns = presetRecipe('dns-service').script;
    expect(dns).toContain(
      `python3 -u "$W/dns.py" '{"kube-dns.kube-system.svc.cluster.local":["10.96.0.10"],"api.shop.svc.cluster.local":["10.96.0.20"]}'`,
    );
    expect(dns).toContain(
      "printf 'search shop.svc.cluster.local svc.cluster.local cluster.local\\nnameserver 10.96.0.10\\noptions ndots:5\\n' >/etc/netns/pnl-p1/resolv.conf",
    );
    expect(dns).toContain('ip netns exec pnl-p1 nc -zv -4 -w 4 api 80 2>&1');
    const ingress = presetRecipe('ingress-two-paths').script;
    expect(ingress).toMatch(
      /python3 -u "\$W\/proxy.py" '\[\{"path":"\/api","pathType":"Prefix","ip":"10\.\d+\.\d+\.\d+","port":80,"host":"shop.example.com"\}/,
    );
    expect(ingress).toContain(
      "curl -sS -4 -m 4 -H 'Host: shop.example.com' http://192.168.10.11:30080/api/orders",
    );
  });

  it('quotes a word only when sh would split or expand it', () => {
    expect(shellWord('10.244.0.0/16')).toBe('10.244.0.0/16');
    expect(shellWord("it's $HOME")).toBe("'it'\\''s $HOME'");
    expect(shellWord('$W/listen.py')).toBe('"$W/listen.py"');
  });
});

const reason = skipReason();
if (reason !== null && !conformanceRequired())
  console.warn(`shell recipe: not run for real here — ${reason}`);

/** Runs a recipe as root; returns its output and exit status, and removes it all with `down` after `use`. */
function runRecipe(script: string, prefix: string, use: (out: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'pnl-recipe-'));
  const file = join(dir, 'recipe.sh');
  try {
    writeFileSync(file, script);
    const r = spawnSync('sh', [file], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    use(r.stdout);
  } finally {
    const down = spawnSync('sh', [file, 'down'], { encoding: 'utf8' });
    expect(down.status).toBe(0);
    expect(readdirSync('/run/netns').filter((n) => n.startsWith(prefix))).toEqual([]);
    expect(existsSync(`/tmp/${prefix}lab`)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What each packet's client said, in three words: connected, refused or timed out. */
function outcomes(out: string): string[] {
  return out
    .split(`\n${PACKET_MARK}`)
    .slice(1)
    .map((s) => {
      if (/succeeded!|served-by|\b1 received|reply received/.test(s)) return 'connected';
      if (/refused/i.test(s)) return 'refused';
      return 'timed out';
    });
}

/** The trace's outcome in the same words: delivered → connected, refused → refused, lost → timed out. */
const expectedWord = (kind: string): string =>
  kind === 'delivered' ? 'connected' : kind === 'refused' ? 'refused' : 'timed out';

describe.skipIf(reason !== null && !conformanceRequired())('the shell recipe run as root', () => {
  it('builds namespaces whose ip, bridge and ss output is what the Linux views show, and removes them', () => {
    expect(reason, `required here (CI) but ${reason ?? ''}`).toBeNull();
    const prefix = `pnl-c${process.pid}-r`;
    const plan = planNetns(network, prefix);
    runRecipe(shellRecipe(cluster, network, { prefix }), prefix, () => {
      const rows = linuxViewRows(network, plan.nsName);
      expect(rows.length).toBeGreaterThan(60);
      expect(rows.filter((x) => !x.ok)).toEqual([]);
    });
  }, 120_000);

  for (const [id, words] of [
    // the ping to a ClusterIP: no echo reply (the kernel's gateway adds host unreachable: finding 7)
    ['clusterip-remote', ['connected', 'connected', 'timed out']],
    ['policy-default-deny', ['connected', 'timed out']],
  ] as const)
    it(`sends the prepared packets of ${id} for real, each ending as its trace does: ${words.join(', ')}`, () => {
      const prefix = `pnl-c${process.pid}-${id === 'clusterip-remote' ? 's' : 'd'}`;
      const { cluster: c, packets, script } = presetRecipe(id, prefix);
      expect(packets.map((p) => expectedWord(simulate(c, p).outcome.kind))).toEqual(words);
      runRecipe(script, prefix, (out) => expect(outcomes(out)).toEqual(words));
    }, 120_000);
});
