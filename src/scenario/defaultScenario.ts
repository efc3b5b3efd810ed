/** The scenario a first-time visitor sees: two nodes with host routing (the "two-nodes-hostgw" preset). */
import { twoNodesHostgwEn } from './presetTwoNodes';
import type { Scenario } from './types';

/** The starting scenario (built on its own, so the first view needs no other preset). */
export const defaultScenario: Scenario = twoNodesHostgwEn();
