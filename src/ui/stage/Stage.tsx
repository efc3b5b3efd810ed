/** Presenter mode's stage, loaded with it: the large caption under the diagram, the key hint, and the inspector overlay on I. */
import { useState } from 'react';
import { useT } from '../useT';
import { InspectorOverlay } from './InspectorOverlay';
import { StageCaption } from './StageCaption';
import { usePresenterKeys } from './usePresenterKeys';

/** Everything presenter mode adds to the shell (the camera lives with the diagram: StageCamera). */
export function Stage() {
  const t = useT();
  const [inspector, setInspector] = useState(false);
  usePresenterKeys(inspector, setInspector);
  return (
    <>
      <StageCaption>
        <button
          type="button"
          aria-pressed={inspector}
          aria-keyshortcuts="I"
          onClick={() => setInspector(!inspector)}
          className="shrink-0 self-start rounded-lg border border-slate-300 bg-white px-2 py-1 text-sm text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          {t('editor.stage.keys')}
        </button>
      </StageCaption>
      {inspector && <InspectorOverlay onClose={() => setInspector(false)} />}
    </>
  );
}
