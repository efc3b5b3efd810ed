/** The app shell: header, the diagram area and the panels around it. */
import { useT } from './useT';

/** The whole application view. */
export function App() {
  const t = useT();
  return (
    <div className="flex h-full flex-col">
      <header className="flex items-center gap-3 border-b border-slate-200 bg-white px-4 py-2">
        <h1 className="text-lg font-semibold text-slate-900">{t('app.name')}</h1>
        <p className="text-sm text-slate-600">{t('app.tagline')}</p>
      </header>
      <main className="flex-1">
        <section aria-label={t('diagram.label')} className="h-full" data-testid="diagram" />
      </main>
    </div>
  );
}
