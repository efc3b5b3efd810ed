/** The scenario document: a versioned cluster plus the packets prepared for it. */
import type { ClusterSpec, PacketRequest } from '../sim';

/** The current version of the scenario format. */
export const SCENARIO_VERSION = 2;

/** A scenario as the app holds it after validation (defaults filled in). */
export interface Scenario {
  /** Format version; older documents are migrated on load. */
  readonly version: typeof SCENARIO_VERSION;
  /** A title shown in the gallery and the header. */
  readonly title: string;
  /** A short description for learners. */
  readonly description: string;
  /** The cluster. */
  readonly cluster: ClusterSpec;
  /** Packets prepared for this scenario; the first one is ready to send. */
  readonly packets: readonly PacketRequest[];
}
