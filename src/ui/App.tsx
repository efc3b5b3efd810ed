/** The app shell: header, the diagram with its playback bar, and the side panels (tabs under the diagram when stacked); presenter mode hides the panels and adds its stage. */
import { lazy, Suspense } from 'react';
import { withEnglishRest } from '../i18n/catalog';
import type { AppState } from '../store';
import { BlankScreen } from './controls/BlankScreen';
import { PlaybackBar } from './controls/PlaybackBar';
import { SkipLinks } from './controls/SkipLinks';
import { DiagramView } from './diagram/DiagramView';
import { LessonMount } from './lessons/LessonMount';
import { HeaderControls } from './panels/HeaderControls';
import { SidePanel } from './panels/SidePanel';
import { useStacked } from './shell/stacked';
import { Toolbar } from './share/Toolbar';
import { useAppStore } from './storeContext';
import { useT } from './useT';

// Presenter mode's caption and inspector overlay: loaded with presenter mode (hop texts are in the later English part).
const Stage = lazy(() =>
  withEnglishRest(import('./stage/Stage')).then((m) => ({ default: m.Stage })),
);

const selectPresenter = (s: AppState) => s.presenter;

/** The whole application view. */
export function App() {
  const t = useT();
  const stacked = useStacked();
  const presenter = useAppStore(selectPresenter);
  return (
    <div className="flex h-full flex-col">
      <SkipLinks />
      <header
        className={`relative flex items-center ${presenter ? 'flex-nowrap' : 'flex-wrap'} gap-3 border-b border-slate-200 bg-white px-4 py-2 max-lg:px-3`}
      >
        <h1 className="min-w-0 truncate text-lg font-semibold text-slate-900">{t('app.name')}</h1>
        <p className={`hidden text-sm text-slate-600 ${presenter ? '' : 'min-[90rem]:block'}`}>
          {t('app.tagline')}
        </p>
        <div className="ml-auto flex items-center gap-2">
          <Toolbar more={<HeaderControls />} />
        </div>
      </header>
      {/* Stacked, the diagram keeps half the height whatever the panels hold; the tabs take the rest. */}
      <div className="flex min-h-0 flex-1 stacked:flex-col">
        <main className="flex min-h-0 flex-1 flex-col stacked:flex-none">
          <div className="min-h-0 flex-1 stacked:h-[50dvh] stacked:flex-none">
            <DiagramView />
          </div>
          {presenter && (
            <Suspense fallback={null}>
              <Stage />
            </Suspense>
          )}
          <PlaybackBar />
        </main>
        {/* Hidden, not unmounted, on the stage: the send form keeps what the learner chose. */}
        <div className={presenter ? 'hidden' : 'contents'}>
          <SidePanel stacked={stacked} />
        </div>
      </div>
      <BlankScreen />
      <LessonMount />
    </div>
  );
}
