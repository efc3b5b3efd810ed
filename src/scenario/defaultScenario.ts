/** The scenario a first-time visitor sees: two nodes with host routing (the "two-nodes-hostgw" preset). */
import { presetById } from './presets';
import type { Scenario } from './types';

const preset = presetById('two-nodes-hostgw');
if (!preset) throw new Error('the two-nodes-hostgw preset is missing');

/** The starting scenario. */
export const defaultScenario: Scenario = preset.scenario;
