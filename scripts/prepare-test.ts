/** The first step of `npm test`: installs the Debian packages its suites need (as root), or says how. */
import { spawnSync } from 'node:child_process';
import { missingRequirements, packagesOf, type Requirement } from '../tests/requirements';

function say(line: string): void {
  console.log(`prepare: ${line}`);
}

function runApt(args: readonly string[]): boolean {
  const r = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return r.status === 0;
}

function main(): number {
  // The kernel suite needs Linux; elsewhere it skips, and the browser is found through CHROMIUM_PATH.
  const suite: Requirement['suite'] | undefined = process.platform === 'linux' ? undefined : 'e2e';
  const missing = missingRequirements(suite);
  if (missing.length === 0) return 0;
  const pkgs = packagesOf(missing);
  const install = `apt-get install -y --no-install-recommends ${pkgs.join(' ')}`;
  const what = missing.map((r) => `${r.probe} (${r.pkg})`).join(', ');
  if (process.platform !== 'linux') {
    say(`missing ${what}: install Chromium and set CHROMIUM_PATH to it`);
    return 1;
  }
  if (process.getuid?.() !== 0) {
    say(`missing ${what}. As root, run:`);
    console.log(`  apt-get update && ${install}`);
    say('then npm test again.');
    return 1;
  }
  say(`installing ${pkgs.join(' ')}`);
  if (
    !runApt(['update', '-qq']) ||
    !runApt(['install', '-y', '-qq', '--no-install-recommends', ...pkgs])
  ) {
    say(`apt-get failed; the command was: apt-get update && ${install}`);
    return 1;
  }
  const still = missingRequirements(suite);
  if (still.length > 0) {
    say(`still missing after apt-get: ${still.map((r) => `${r.probe} (${r.pkg})`).join(', ')}`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
