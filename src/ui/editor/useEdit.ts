/** Editor hooks: the edit action and the draft errors at a path. */
import { useCallback } from 'react';
import { errorsAt, type ScenarioError } from '../../scenario/errors';
import type { AppState } from '../../store';
import { CNI_EDITS, editWithCni } from '../../store/cni/cniControl';
import { editScenario } from '../../store/editScenario';
import type { ScenarioEdit } from '../../store/scenarioEdits';
import { useAppStore, useStoreApi } from '../storeContext';

const selectDraftErrors = (s: AppState) => s.draftErrors;

/** Applies an edit through the validator and the store; true when it was valid and applied. Adding,
 * removing or moving a pod goes through CNI ADD/DEL (loaded then): it applies a moment later. */
export function useEdit(): (edit: ScenarioEdit) => boolean {
  const store = useStoreApi();
  return useCallback(
    (edit: ScenarioEdit) => {
      if (!CNI_EDITS.has(edit.type)) return editScenario(store, edit);
      void editWithCni(store, edit);
      return true;
    },
    [store],
  );
}

/** The draft errors of the last rejected edit at exactly this path or below it. */
export function useErrorsAt(path: string): readonly ScenarioError[] {
  const all = useAppStore(selectDraftErrors);
  return all.length === 0 ? all : errorsAt(all, path);
}
