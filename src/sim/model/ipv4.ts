/** IPv4 address and CIDR arithmetic: parsing, formatting, containment, overlap. */
import type { Cidr, Ipv4 } from './types';

/** A parsed CIDR block: network address as an unsigned 32-bit number and its prefix length. */
export interface ParsedCidr {
  readonly base: number;
  readonly prefix: number;
}

const QUAD = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** Parses "a.b.c.d" into an unsigned 32-bit number, or null when it is not an IPv4 address. */
export function parseIpv4(text: string): number | null {
  const m = QUAD.exec(text);
  if (!m) return null;
  let n = 0;
  for (let i = 1; i <= 4; i++) {
    const part = m[i] ?? '';
    if (part.length > 1 && part.startsWith('0')) return null;
    const v = Number(part);
    if (v > 255) return null;
    n = n * 256 + v;
  }
  return n;
}

/** Formats an unsigned 32-bit number as a dotted quad. */
export function formatIpv4(n: number): Ipv4 {
  const u = n >>> 0;
  return `${u >>> 24}.${(u >>> 16) & 255}.${(u >>> 8) & 255}.${u & 255}` as Ipv4;
}

/** Checks and brands an address; throws on invalid input (validated data only). */
export function ipv4(text: string): Ipv4 {
  if (parseIpv4(text) === null) throw new Error(`not an IPv4 address: ${text}`);
  return text as Ipv4;
}

/** The netmask of a prefix length as an unsigned 32-bit number. */
export function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** Parses "a.b.c.d/n"; null when malformed or when host bits are set. */
export function parseCidr(text: string): ParsedCidr | null {
  const [addr, len, extra] = text.split('/');
  if (addr === undefined || len === undefined || extra !== undefined || !/^\d{1,2}$/.test(len))
    return null;
  const prefix = Number(len);
  const base = parseIpv4(addr);
  if (base === null || prefix > 32) return null;
  if ((base & ~maskOf(prefix)) >>> 0 !== 0) return null;
  return { base, prefix };
}

/** Formats a parsed CIDR. */
export function formatCidr(c: ParsedCidr): Cidr {
  return `${formatIpv4(c.base)}/${c.prefix}` as Cidr;
}

/** Whether the address lies inside the block. */
export function cidrContains(c: ParsedCidr, ip: number): boolean {
  return (ip & maskOf(c.prefix)) >>> 0 === c.base;
}

/** Whether two blocks share any address. */
export function cidrsOverlap(a: ParsedCidr, b: ParsedCidr): boolean {
  const p = Math.min(a.prefix, b.prefix);
  return (a.base & maskOf(p)) >>> 0 === (b.base & maskOf(p)) >>> 0;
}

/** The number of addresses in a block. */
export function cidrSize(c: ParsedCidr): number {
  return 2 ** (32 - c.prefix);
}

/** The broadcast (last) address of a block. */
export function broadcastOf(c: ParsedCidr): number {
  return (c.base + cidrSize(c) - 1) >>> 0;
}
