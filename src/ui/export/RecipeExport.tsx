/** The Share menu's shell recipe: the script that builds the scenario in network namespaces, shown and saved. */
import { useId, useState } from 'react';
import { BUTTON, FIELD, LABEL } from '../share/styles';
import { useStoreApi } from '../storeContext';
import { useT } from '../useT';

/** A button that shows the script, then the script with a button to save it. */
export function RecipeExport() {
  const t = useT();
  const store = useStoreApi();
  const id = useId();
  const fieldId = useId();
  const [script, setScript] = useState('');
  const [status, setStatus] = useState('');
  const show = async () => {
    try {
      const { recipeOf } = await import('./recipeExport');
      setScript(recipeOf(store));
    } catch (e) {
      setStatus(t('editor.recipe.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  const save = async () => {
    const { saveRecipe } = await import('./recipeExport');
    setStatus(t('editor.recipe.saved', { name: saveRecipe(script) }));
  };
  return (
    <section aria-labelledby={id} className="space-y-2 border-t border-slate-200 pt-3">
      <h3 id={id} className="text-sm font-semibold text-slate-900">
        {t('editor.recipe.title')}
      </h3>
      <p className="text-sm text-slate-600">{t('editor.recipe.hint')}</p>
      {script === '' ? (
        <button type="button" className={BUTTON} onClick={() => void show()}>
          {t('editor.recipe.show')}
        </button>
      ) : (
        <>
          <label className={LABEL} htmlFor={fieldId}>
            {t('editor.recipe.label')}
          </label>
          <textarea
            id={fieldId}
            className={`${FIELD} h-48 font-mono text-xs whitespace-pre`}
            readOnly
            wrap="off"
            value={script}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className={BUTTON} onClick={() => void save()}>
            {t('editor.recipe.save', { name: 'pod-network-lab.sh' })}
          </button>
        </>
      )}
      <p role="status" className="min-h-5 text-sm text-slate-700">
        {status}
      </p>
    </section>
  );
}
