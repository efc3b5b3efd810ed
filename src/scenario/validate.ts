/** The one gate a scenario passes before the store trusts it: structure, migration, schema, semantics. */
import * as v from 'valibot';
import { checkAddresses } from './addressing';
import { checkIngresses } from './checkIngress';
import { checkOutside } from './checkOutside';
import { checkPolicies } from './checkPolicies';
import { checkNamespaces, checkServices, serviceWarnings } from './checkServices';
import { scenarioError, type ScenarioError, type ScenarioWarning } from './errors';
import { checkStructure, isRecord, kindOf } from './guard';
import { issueToError } from './issues';
import { INPUT_LIMITS } from './limits';
import { migrate } from './migrations';
import { checkNames, checkPackets } from './references';
import { ScenarioSchema } from './schema';
import type { Scenario } from './types';

export { errorsAt } from './errors';
export type { ScenarioError, ScenarioWarning } from './errors';

/** A validated scenario (defaults filled in), or every problem found. */
export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

/** Validates untrusted input (any known version) and returns a current scenario or its errors. */
export function parseScenario(input: unknown): ParseResult {
  const problem = checkStructure(input);
  if (problem) return { ok: false, errors: [problem] };
  if (!isRecord(input))
    return {
      ok: false,
      errors: [scenarioError('', 'scenario.error.notObject', { found: kindOf(input) })],
    };
  const migrated = migrate(input);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  const result = v.safeParse(ScenarioSchema, migrated.doc, { abortPipeEarly: true });
  if (!result.success)
    return { ok: false, errors: result.issues.slice(0, INPUT_LIMITS.errors).map(issueToError) };
  const scenario: Scenario = result.output;
  const errors = [
    ...checkNames(scenario.cluster),
    ...checkAddresses(scenario.cluster),
    ...checkNamespaces(scenario.cluster),
    ...checkServices(scenario.cluster),
    ...checkIngresses(scenario.cluster),
    ...checkPolicies(scenario.cluster),
    ...checkOutside(scenario.cluster),
    ...checkPackets(scenario.cluster, scenario.packets),
  ];
  return errors.length > 0
    ? { ok: false, errors: errors.slice(0, INPUT_LIMITS.errors) }
    : { ok: true, scenario };
}

/** What in a valid scenario will probably surprise (a Service with no endpoints, a named port no pod has), for the editor to show. */
export function scenarioWarnings(scenario: Scenario): ScenarioWarning[] {
  return serviceWarnings(scenario.cluster);
}
