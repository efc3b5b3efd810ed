/** The send form's optional packet size: which protocol takes it, and the typed bytes checked. */
import type { MessageKey } from '../../i18n';
import type { PacketRequest, RequestProtocol } from '../../sim';

/** Sizes a packet may have, in bytes (as the scenario schema's PACKET_SIZE: bare IPv4 + ICMP, IPv4 maximum). */
export const SIZE_RANGE = { min: 28, max: 65535 } as const;

/** Whether the simulation honours a size: ICMP only (TCP segments by MSS, UDP fragments locally). */
export function takesSize(protocol: RequestProtocol): boolean {
  return protocol === 'ICMP';
}

/** The typed size: null when left empty (a small packet), a number of bytes, or "invalid". */
export function parseSize(text: string | undefined): number | null | 'invalid' {
  const t = (text ?? '').trim();
  if (t === '') return null;
  const n = Number(t);
  return /^\d+$/.test(t) && n >= SIZE_RANGE.min && n <= SIZE_RANGE.max ? n : 'invalid';
}

/** A request without a port, with the typed size attached when its protocol takes one. */
export function withSize(
  req: PacketRequest,
  text: string | undefined,
):
  | { readonly ok: true; readonly req: PacketRequest }
  | { readonly ok: false; readonly error: MessageKey } {
  if (!takesSize(req.protocol)) return { ok: true, req };
  const size = parseSize(text);
  if (size === 'invalid') return { ok: false, error: 'send.error.size' };
  return { ok: true, req: size === null ? req : { ...req, size } };
}
