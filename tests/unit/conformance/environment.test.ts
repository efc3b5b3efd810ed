/** When the kernel suite must run, and what a machine lacks for the suites. */
import { describe, expect, it } from 'vitest';
import { conformanceRequired } from '../../conformance/environment';
import { missingRequirements, packagesOf } from '../../requirements';

describe('whether the conformance suite may skip', () => {
  it('must run in CI and wherever CONFORMANCE_REQUIRED=1 is set', () => {
    expect(conformanceRequired({ CI: 'true' })).toBe(true);
    expect(conformanceRequired({ CI: '1' })).toBe(true);
    expect(conformanceRequired({ CONFORMANCE_REQUIRED: '1' })).toBe(true);
    expect(conformanceRequired({ CI: 'false', CONFORMANCE_REQUIRED: '1' })).toBe(true);
  });

  it('may skip (and say why) elsewhere', () => {
    expect(conformanceRequired({})).toBe(false);
    expect(conformanceRequired({ CI: '' })).toBe(false);
    expect(conformanceRequired({ CI: 'false' })).toBe(false);
    expect(conformanceRequired({ CI: '0', CONFORMANCE_REQUIRED: '0' })).toBe(false);
  });
});

describe('what a machine lacks', () => {
  it('names each missing Debian package once, browser first', () => {
    const none = () => false;
    expect(packagesOf(missingRequirements(undefined, none))).toEqual([
      'chromium',
      'fonts-liberation',
      'iproute2',
      'tcpdump',
      'iputils-ping',
      'netcat-openbsd',
      'python3',
      'procps',
      'coreutils',
      'iptables',
      'conntrack',
      'containernetworking-plugins',
    ]);
  });

  it('asks for nothing when everything is there, and only for what one suite needs', () => {
    expect(missingRequirements(undefined, () => true)).toEqual([]);
    const noBridge = (probe: string) => probe !== 'bridge' && probe !== 'ping';
    expect(packagesOf(missingRequirements('conformance', noBridge))).toEqual([
      'iproute2',
      'iputils-ping',
    ]);
    expect(missingRequirements('e2e', noBridge)).toEqual([]);
  });
});
