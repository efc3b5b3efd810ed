/** The send form's packet size: typed bytes checked, kept on pings only, and the same range as the scenario format. */
import { describe, expect, it } from 'vitest';
import type { PacketRequest, PodId } from '../../../../src/sim';
import { PACKET_SIZE } from '../../../../src/scenario/schema';
import { parseSize, SIZE_RANGE, takesSize } from '../../../../src/ui/panels/packetSize';
import { formFromRequest, requestFromForm } from '../../../../src/ui/panels/sendForm';

const ping: PacketRequest = {
  from: { kind: 'container', pod: 'default/web' as PodId, container: 'nginx' },
  to: { kind: 'pod', pod: 'default/api' as PodId },
  protocol: 'ICMP',
  size: 1500,
};

describe('the packet size field', () => {
  it('reads empty as a small packet, whole bytes from 28 to 65535 as a size, anything else as invalid', () => {
    expect(parseSize('')).toBeNull();
    expect(parseSize('  ')).toBeNull();
    expect(parseSize(undefined)).toBeNull();
    expect(parseSize(' 1450 ')).toBe(1450);
    for (const bad of ['27', '65536', '1e3', '-1', '14.5', 'abc'])
      expect(parseSize(bad)).toBe('invalid');
  });

  it('allows the same sizes as the scenario format', () => {
    expect(SIZE_RANGE).toEqual(PACKET_SIZE);
  });

  it('applies to pings only, as the simulation honours it for ICMP only', () => {
    expect(['TCP', 'UDP', 'ICMP', 'SHM'].filter((p) => takesSize(p as 'TCP'))).toEqual(['ICMP']);
  });

  it('shows a sized ping and sends it back unchanged', () => {
    expect(formFromRequest(ping).size).toBe('1500');
    expect(requestFromForm(formFromRequest(ping))).toEqual({ ok: true, req: ping });
  });

  it('sends a small ping when left empty, and refuses an invalid size', () => {
    const form = formFromRequest(ping);
    const { size: _, ...small } = ping;
    expect(requestFromForm({ ...form, size: '' })).toEqual({ ok: true, req: small });
    expect(requestFromForm({ ...form, size: '20' })).toEqual({
      ok: false,
      error: 'send.error.size',
    });
  });

  it('is ignored for TCP, UDP and shared memory', () => {
    const tcp = { ...formFromRequest(ping), protocol: 'TCP' as const, port: '80', size: 'junk' };
    const r = requestFromForm(tcp);
    expect(r.ok && 'size' in r.req).toBe(false);
    expect(r.ok).toBe(true);
  });
});
