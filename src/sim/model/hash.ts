/** Deterministic 32-bit hashing (FNV-1a) for names, MACs, ports and flow hashes: no randomness anywhere. */

/** The FNV-1a 32-bit hash of a string, as an unsigned number. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Eight lower-case hex digits of a 32-bit number. */
export function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

/** Two lower-case hex digits of a byte. */
export function hex2(n: number): string {
  return (n & 255).toString(16).padStart(2, '0');
}
