/** The autosave envelope and its writer, apart from the reader so saving needs no validator (restoring is in ./storage). */
import type { Scenario } from './types';

/** The localStorage key of the autosave. */
export const AUTOSAVE_KEY = 'pod-network-lab.autosave';
/** Marks an envelope as ours. */
export const AUTOSAVE_FORMAT = 'pod-network-lab/autosave';
/** The envelope's own version (the scenario inside carries its own). */
export const AUTOSAVE_VERSION = 1;

/** What is written to storage. */
export interface AutosaveEnvelope {
  /** Always AUTOSAVE_FORMAT: tells our data from anything else under the key. */
  readonly format: typeof AUTOSAVE_FORMAT;
  /** The envelope version, for changes to the envelope itself. */
  readonly version: number;
  /** When it was saved (ms since the epoch), when the caller passed a clock reading. */
  readonly savedAt?: number;
  /** The page (browser tab) that wrote it: two tabs saving the same scenario at the same moment still write different texts, so a tab can tell another tab's save from its own. */
  readonly writer?: string;
  /** The scenario, in full. */
  readonly scenario: Scenario;
}

/** The text to store for a scenario; savedAt is the caller's clock reading and writer the saving tab's id, if any. */
export function serializeAutosave(scenario: Scenario, savedAt?: number, writer?: string): string {
  const envelope: AutosaveEnvelope = {
    format: AUTOSAVE_FORMAT,
    version: AUTOSAVE_VERSION,
    ...(savedAt === undefined ? {} : { savedAt }),
    ...(writer === undefined ? {} : { writer }),
    scenario,
  };
  return JSON.stringify(envelope);
}
