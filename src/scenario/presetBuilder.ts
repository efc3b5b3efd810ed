/** The preset record and its builder: a scenario whose English title and description come from the catalog. */
import { presetsEn } from '../i18n/en/presets';
import type { ScenarioMessageKey } from './errors';
import type { Scenario } from './types';

type PresetMessageKey = keyof typeof presetsEn;

/** A built-in scenario in the gallery. */
export interface Preset {
  /** A stable id, used in URLs and tests. */
  readonly id: string;
  /** The gallery title's message key. */
  readonly titleKey: ScenarioMessageKey;
  /** The gallery description's message key. */
  readonly descriptionKey: ScenarioMessageKey;
  /** The concepts it shows (ids of concepts.md, e.g. "C2"). */
  readonly concepts: readonly string[];
  /** The scenario itself; packets[0] is the packet to send first. */
  readonly scenario: Scenario;
  /** Opening it shows every prepared packet in the packet list, not only the first (e.g. both MTU sizes). */
  readonly showsEveryPacket?: boolean;
}

/** Builds a preset whose English title and description come from the catalog. */
export function preset(
  id: string,
  concepts: readonly string[],
  make: (title: string, text: string) => Scenario,
  showsEveryPacket = false,
): Preset {
  const titleKey = `scenario.preset.${id}.title` as PresetMessageKey;
  const descriptionKey = `scenario.preset.${id}.description` as PresetMessageKey;
  return {
    id,
    titleKey,
    descriptionKey,
    concepts,
    scenario: make(presetsEn[titleKey], presetsEn[descriptionKey]),
    ...(showsEveryPacket ? { showsEveryPacket } : {}),
  };
}
