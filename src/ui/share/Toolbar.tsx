/** The header toolbar: presets gallery, editor, undo/redo, share and file menus (behind a Menu button on narrow screens), plus page messages and file drop. */
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { withEnglishRest } from '../../i18n/catalog';
import type { AppState } from '../../store';
import { ManifestsHost } from '../manifests/ManifestsHost';
import { HeaderMenu } from '../shell/HeaderMenu';
import { useAppStore, useStoreApi } from '../storeContext';
import { useT } from '../useT';
import { FileDrop } from './FileDrop';
import { Popover } from './Popover';
import { BUTTON } from './styles';
import { useUndoKeys } from './useUndoKeys';

// Each tool shows scenario messages from the later English part: its import waits for them too.
const Gallery = lazy(() =>
  withEnglishRest(import('../gallery/Gallery')).then((m) => ({ default: m.Gallery })),
);
const EditorPanel = lazy(() =>
  withEnglishRest(import('../editor/EditorPanel')).then((m) => ({ default: m.EditorPanel })),
);
const SharePanel = lazy(() =>
  withEnglishRest(import('./SharePanel')).then((m) => ({ default: m.SharePanel })),
);
// Messages are rare (a broken link or file, storage trouble, a shared-link or other-tab choice): loaded when one appears.
const Notices = lazy(() =>
  withEnglishRest(import('./Notices')).then((m) => ({ default: m.Notices })),
);
const FilePanel = lazy(() =>
  withEnglishRest(import('./FilePanel')).then((m) => ({ default: m.FilePanel })),
);

const selectCanUndo = (s: AppState) => s.past.length > 0;
const selectCanRedo = (s: AppState) => s.future.length > 0;
const selectHasNotice = (s: AppState) =>
  s.notice !== null ||
  s.storageProblem !== null ||
  s.shareChoice !== null ||
  s.tabConflict !== null;

/** Scenario actions in the header: Presets always in sight, the rest (and `more`, e.g. language) in the header menu. */
export function Toolbar({ more }: { more?: ReactNode }) {
  const t = useT();
  const store = useStoreApi();
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  const hasNotice = useAppStore(selectHasNotice);
  const [gallery, setGallery] = useState(false);
  const [editor, setEditor] = useState(false);
  useUndoKeys();
  return (
    <>
      <button type="button" className={BUTTON} onClick={() => setGallery(true)}>
        {t('editor.toolbar.gallery')}
      </button>
      <HeaderMenu label={t('shell.menu')}>
        <div
          role="group"
          aria-label={t('editor.toolbar.label')}
          className="flex flex-wrap items-center gap-2"
        >
          <button
            type="button"
            className={BUTTON}
            onClick={() => store.setState({ lessonList: true })}
          >
            {t('editor.toolbar.lessons')}
          </button>
          <button
            type="button"
            className={BUTTON}
            aria-expanded={editor}
            onClick={() => setEditor((e) => !e)}
          >
            {t('editor.toolbar.edit')}
          </button>
          <button
            type="button"
            className={BUTTON}
            disabled={!canUndo}
            aria-keyshortcuts="Control+Z"
            onClick={() => store.getState().undo()}
          >
            {t('editor.toolbar.undo')}
          </button>
          <button
            type="button"
            className={BUTTON}
            disabled={!canRedo}
            aria-keyshortcuts="Control+Shift+Z Control+Y"
            onClick={() => store.getState().redo()}
          >
            {t('editor.toolbar.redo')}
          </button>
          <Popover label={t('editor.toolbar.share')}>
            <Suspense
              fallback={<p className="text-sm text-slate-600">{t('editor.gallery.loading')}</p>}
            >
              <SharePanel />
            </Suspense>
          </Popover>
          <Popover label={t('editor.toolbar.file')}>
            <Suspense
              fallback={<p className="text-sm text-slate-600">{t('editor.gallery.loading')}</p>}
            >
              <FilePanel />
            </Suspense>
          </Popover>
        </div>
        {more}
      </HeaderMenu>
      {hasNotice && (
        <Suspense fallback={null}>
          <Notices />
        </Suspense>
      )}
      <FileDrop />
      <ManifestsHost />
      <Suspense fallback={null}>
        {gallery && <Gallery onClose={() => setGallery(false)} />}
        {editor && <EditorPanel onClose={() => setEditor(false)} />}
      </Suspense>
    </>
  );
}
