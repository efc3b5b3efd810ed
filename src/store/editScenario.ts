/** Scenario edits through the validator: loaded with the editor, so the first view needs no validator. */
import { parseScenario } from '../scenario/validate';
import type { AppStore } from './createAppStore';
import { remapRequests } from './renames';
import { applyEdit, type ScenarioEdit } from './scenarioEdits';

/** Applies an edit if the result is valid (returns true); otherwise keeps the scenario and sets draftErrors. */
export function editScenario(store: AppStore, edit: ScenarioEdit): boolean {
  const { scenario, renames } = applyEdit(store.getState().scenario, edit);
  const parsed = parseScenario(scenario);
  if (!parsed.ok) {
    store.getState().rejectEdit(parsed.errors);
    return false;
  }
  store.getState().commitEdit(parsed.scenario, (flows) => remapRequests(renames, flows));
  return true;
}
