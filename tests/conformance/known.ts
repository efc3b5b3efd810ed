/** Cases the kernel still disagrees with, each naming the finding (tests/conformance/findings.md) that says why: reported as such, they do not fail the run; a listed case that starts to agree does, so the list stays true. */

/** "case name [cni]" → the finding that explains the disagreement. */
export const KNOWN_DISAGREEMENTS: ReadonlyMap<string, string> = new Map<string, string>([]);

/** The key of a case in the list. */
export function knownKey(r: { readonly name: string; readonly cni: string }): string {
  return `${r.name} [${r.cni}]`;
}

/** The finding a failing case is known for, if any. */
export function knownFinding(r: {
  readonly name: string;
  readonly cni: string;
}): string | undefined {
  return KNOWN_DISAGREEMENTS.get(knownKey(r));
}
