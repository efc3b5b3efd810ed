/** Drag and drop of a scenario file anywhere on the page, with an overlay while a file is dragged over. */
import { useEffect, useState } from 'react';
import { useStoreApi } from '../storeContext';
import { useT } from '../useT';

/** Whether a drag carries files (not text or a link). */
function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

/** Listens for dropped files on the whole window. */
export function FileDrop() {
  const t = useT();
  const store = useStoreApi();
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overHandler = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      depth = 0;
      setOver(false);
      const file = e.dataTransfer?.files?.[0];
      if (!file) return;
      e.preventDefault();
      void import('./fileIo').then((m) => m.importScenarioFile(store, file));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('drop', drop);
    };
  }, [store]);
  if (!over) return null;
  return (
    <div className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-indigo-900/20 p-8">
      <p className="rounded-2xl border-2 border-dashed border-indigo-700 bg-white px-8 py-6 text-lg font-semibold text-indigo-800 shadow-xl">
        {t('editor.file.dropHint')}
      </p>
    </div>
  );
}
