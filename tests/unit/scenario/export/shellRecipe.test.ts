/** The shell recipe: the conformance suite's namespace plan as a script, and that script run for real. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../../../src/sim/model/topology';
import { planNetns } from '../../../../src/scenario/export/netnsPlan';
import { shellRecipe, shellWord } from '../../../../src/scenario/export/shellRecipe';
import { conformanceCluster } from '../../../conformance/cases';
import { conformanceRequired, skipReason } from '../../../conformance/environment';
import { linuxViewRows } from '../../../conformance/linuxViews';

const cluster = conformanceCluster('vxlan');
const network = buildNetwork(cluster);

describe('the shell recipe of a scenario', () => {
  const script = shellRecipe(cluster, network);
  const lines = script.split('\n');

  it('is a sh script that names each namespace and how to remove them, then stops at the first failure', () => {
    expect(lines[0]).toBe('#!/bin/sh');
    expect(lines).toContain('#   pnl-n0   node node1 (192.168.10.11)');
    expect(lines).toContain('#   pnl-p0   pod default/web (10.244.1.2)');
    expect(lines).toContain('# Then try:  ip netns exec pnl-p0 ping -c 1 10.244.2.2');
    expect(lines.find((l) => l.startsWith('# Remove it all:'))).toMatch(
      /^# Remove it all: {2}for n in pnl-lan pnl-n0 pnl-n1 pnl-p0 .*; do ip netns del "\$n"; done$/,
    );
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

  it('runs exactly the commands the conformance suite runs, in order', () => {
    const body = lines.slice(lines.indexOf('set -e') + 1).filter((l) => l !== '');
    expect(body).toEqual(
      planNetns(network, 'pnl-').commands.map((c) => c.map(shellWord).join(' ')),
    );
  });

  it('quotes a word only when sh would split or expand it', () => {
    expect(shellWord('10.244.0.0/16')).toBe('10.244.0.0/16');
    expect(shellWord("it's $HOME")).toBe("'it'\\''s $HOME'");
  });
});

const reason = skipReason();
if (reason !== null && !conformanceRequired())
  console.warn(`shell recipe: not run for real here — ${reason}`);

describe.skipIf(reason !== null && !conformanceRequired())('the shell recipe run as root', () => {
  it('builds namespaces whose ip and bridge output is what the Linux views show', () => {
    expect(reason, `required here (CI) but ${reason ?? ''}`).toBeNull();
    const prefix = `pnl-c${process.pid}-r`;
    const plan = planNetns(network, prefix);
    const dir = mkdtempSync(join(tmpdir(), 'pnl-recipe-'));
    try {
      writeFileSync(join(dir, 'recipe.sh'), shellRecipe(cluster, network, prefix));
      const r = spawnSync('sh', [join(dir, 'recipe.sh')], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      // the recipe starts no listeners: `ss -ltn` is the suite's business, with its binder
      const rows = linuxViewRows(network, plan.nsName).filter((x) => !x.what.includes('ss -ltn'));
      expect(rows.length).toBeGreaterThan(60);
      expect(rows.filter((x) => !x.ok)).toEqual([]);
    } finally {
      for (const ns of plan.namespaces) spawnSync('ip', ['netns', 'del', ns]);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
