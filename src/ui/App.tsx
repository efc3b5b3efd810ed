/** The app shell: header, the diagram with its playback bar, and the side panels (tabs under the diagram when stacked). */
import { BlankScreen } from './controls/BlankScreen';
import { PlaybackBar } from './controls/PlaybackBar';
import { SkipLinks } from './controls/SkipLinks';
import { DiagramView } from './diagram/DiagramView';
import { LessonMount } from './lessons/LessonMount';
import { HeaderControls } from './panels/HeaderControls';
import { SidePanel } from './panels/SidePanel';
import { useStacked } from './shell/stacked';
import { Toolbar } from './share/Toolbar';
import { useT } from './useT';

/** The whole application view. */
export function App() {
  const t = useT();
  const stacked = useStacked();
  return (
    <div className="flex h-full flex-col">
      <SkipLinks />
      <header className="relative flex flex-wrap items-center gap-3 border-b border-slate-200 bg-white px-4 py-2 max-lg:px-3">
        <h1 className="min-w-0 truncate text-lg font-semibold text-slate-900">{t('app.name')}</h1>
        <p className="hidden text-sm text-slate-600 md:block">{t('app.tagline')}</p>
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
          <PlaybackBar />
        </main>
        <SidePanel stacked={stacked} />
      </div>
      <BlankScreen />
      <LessonMount />
    </div>
  );
}
