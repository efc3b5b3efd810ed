/** A corpus of hostile or broken inputs for the share, file, autosave and validation gates. */
import type { HostileCase } from './hostileKit';
import { k8sCases } from './hostileK8s';
import { linkCases } from './hostileLinks';
import { textCases } from './hostileTexts';

export { bombLink, linkOfText, type HostileCase } from './hostileKit';

/** Every hostile case (the bomb link is built once by the caller and passed in). */
export function hostileCases(bomb: string): HostileCase[] {
  return [...linkCases(bomb), ...textCases(), ...k8sCases()];
}
