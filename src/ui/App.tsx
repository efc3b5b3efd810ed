/** The app shell: header, the diagram with its playback bar, and the side panels. */
import { PlaybackBar } from './controls/PlaybackBar';
import { DiagramView } from './diagram/DiagramView';
import { HeaderControls } from './panels/HeaderControls';
import { SidePanel } from './panels/SidePanel';
import { Toolbar } from './share/Toolbar';
import { useT } from './useT';

/** The whole application view. */
export function App() {
  const t = useT();
  return (
    <div className="flex h-full flex-col">
      <header className="flex flex-wrap items-center gap-3 border-b border-slate-200 bg-white px-4 py-2">
        <h1 className="text-lg font-semibold text-slate-900">{t('app.name')}</h1>
        <p className="hidden text-sm text-slate-600 md:block">{t('app.tagline')}</p>
        <div className="ml-auto flex items-center gap-2">
          <Toolbar />
          <HeaderControls />
        </div>
      </header>
      <div className="flex min-h-0 flex-1 flex-col md:flex-row">
        <main className="flex min-h-0 flex-1 flex-col">
          <div className="min-h-0 flex-1">
            <DiagramView />
          </div>
          <PlaybackBar />
        </main>
        <SidePanel />
      </div>
    </div>
  );
}
