/** What the test suites need from the machine, each with the Debian package that provides it. */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { CHROMIUM_PATH } from './chromium';

/** One thing a suite needs installed. */
export interface Requirement {
  /** The Debian package that provides it. */
  readonly pkg: string;
  /** A command looked up on PATH, or an absolute path that exists once the package is installed. */
  readonly probe: string;
  /** The suite that needs it. */
  readonly suite: 'e2e' | 'conformance';
}

/** Everything `npm test` needs beyond node_modules, in install order. */
export const REQUIREMENTS: readonly Requirement[] = [
  { pkg: 'chromium', probe: CHROMIUM_PATH, suite: 'e2e' },
  // installed without recommends, Chromium brings no font at all: a page's text would have no glyphs
  { pkg: 'fonts-liberation', probe: '/usr/share/fonts/truetype/liberation', suite: 'e2e' },
  { pkg: 'iproute2', probe: 'ip', suite: 'conformance' },
  { pkg: 'iproute2', probe: 'bridge', suite: 'conformance' },
  { pkg: 'tcpdump', probe: 'tcpdump', suite: 'conformance' },
  { pkg: 'iputils-ping', probe: 'ping', suite: 'conformance' },
  { pkg: 'netcat-openbsd', probe: 'nc', suite: 'conformance' },
  { pkg: 'python3', probe: 'python3', suite: 'conformance' },
  { pkg: 'procps', probe: 'sysctl', suite: 'conformance' },
  { pkg: 'coreutils', probe: 'timeout', suite: 'conformance' },
  // kube-proxy's rules and their connection tracking, for the Services facts (network-facts 8–15)
  { pkg: 'iptables', probe: 'iptables', suite: 'conformance' },
  { pkg: 'conntrack', probe: 'conntrack', suite: 'conformance' },
  // the reference CNI plugins (bridge, host-local, loopback) that pod creation is proved against (C11)
  { pkg: 'containernetworking-plugins', probe: '/usr/lib/cni/bridge', suite: 'conformance' },
];

/** Whether a probe is present: an absolute path exists, or a command is found on PATH (or in sbin). */
export function isPresent(probe: string, path = process.env.PATH ?? ''): boolean {
  if (probe.startsWith('/')) return existsSync(probe);
  // root's tools live in sbin, which a non-root PATH often lacks
  const dirs = [...path.split(delimiter), '/usr/sbin', '/sbin'].filter(Boolean);
  return dirs.some((d) => existsSync(join(d, probe)));
}

/** The requirements that are missing here. */
export function missingRequirements(
  suite?: Requirement['suite'],
  present: (probe: string) => boolean = isPresent,
): Requirement[] {
  return REQUIREMENTS.filter(
    (r) => (suite === undefined || r.suite === suite) && !present(r.probe),
  );
}

/** The packages to install for some missing requirements, each once, in list order. */
export function packagesOf(missing: readonly Requirement[]): string[] {
  return [...new Set(missing.map((r) => r.pkg))];
}
