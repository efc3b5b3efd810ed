/** The shell recipe of the current scenario, and saving it (loaded on the first click, with the plan). */
import { RECIPE_FILE_NAME, shellRecipe } from '../../scenario/export/shellRecipe';
import { selectNetwork } from '../../store/selectors';
import type { AppStore } from '../../store';

/** The script that builds the store's scenario in network namespaces. */
export function recipeOf(store: AppStore): string {
  const state = store.getState();
  return shellRecipe(state.scenario.cluster, selectNetwork(state), {
    packets: state.scenario.packets,
  });
}

/** Hands the script to the browser's downloads; returns the file's name. */
export function saveRecipe(text: string): string {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: 'text/x-shellscript' }));
  a.download = RECIPE_FILE_NAME;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  return RECIPE_FILE_NAME;
}
