/** The embed view for course pages and slides: the diagram and playback, with the caption and headers the link asks for, and a link to the full app. */
import { useEffect, useMemo } from 'react';
import type { AppState } from '../../store';
import { BlankScreen } from '../controls/BlankScreen';
import { PlaybackBar } from '../controls/PlaybackBar';
import { DiagramView } from '../diagram/DiagramView';
import { LessonMount } from '../lessons/LessonMount';
import { baseUrl } from '../share/shareLink';
import { useAppStore } from '../storeContext';
import { useT } from '../useT';
import { EmbedCaption } from './EmbedCaption';
import { EmbedHeaders } from './EmbedHeaders';
import { embedOptionsOf } from './embedLink';

const selectLang = (s: AppState) => s.lang;
const selectTitle = (s: AppState) => s.scenario.title;

/** The whole embedded view. */
export function EmbedApp() {
  const t = useT();
  const lang = useAppStore(selectLang);
  const title = t.text(useAppStore(selectTitle));
  const options = useMemo(() => embedOptionsOf(window.location.search), []);
  // The frame's document speaks the link's language: screen readers read it in that voice.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const docTitle = t('editor.share.embedTitle', { title });
  useEffect(() => {
    if (docTitle) document.title = docTitle;
  }, [docTitle]);
  return (
    <div className="flex h-full flex-col bg-white" aria-label={t('editor.embed.label')} role="main">
      <div className="flex min-h-0 flex-1">
        <div className="min-w-0 flex-1">
          <DiagramView />
        </div>
        {options.headers && <EmbedHeaders />}
      </div>
      {options.caption && <EmbedCaption />}
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
      <BlankScreen />
      <LessonMount embed />
    </div>
  );
}
