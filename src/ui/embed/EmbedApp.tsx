/** The embed view for course pages and slides: the diagram and playback only, with a link to the full app. */
import { PlaybackBar } from '../controls/PlaybackBar';
import { DiagramView } from '../diagram/DiagramView';
import { baseUrl } from '../share/shareLink';
import { useT } from '../useT';

/** The whole embedded view. */
export function EmbedApp() {
  const t = useT();
  return (
    <div className="flex h-full flex-col bg-white" aria-label={t('editor.embed.label')} role="main">
      <div className="min-h-0 flex-1">
        <DiagramView />
      </div>
      <div className="flex items-center gap-2 border-t border-slate-200">
        <div className="min-w-0 flex-1">
          <PlaybackBar />
        </div>
        <a
          className="mr-3 shrink-0 rounded-lg px-2 py-1 text-sm font-medium text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
          href={`${baseUrl()}${window.location.hash}`}
          target="_blank"
          rel="noopener"
        >
          {t('editor.embed.open')}
        </a>
      </div>
    </div>
  );
}
