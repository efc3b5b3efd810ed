/** The share panel: the link of the current view and an iframe snippet (with what the embed shows), each with a copy button and a visible fallback; images for slides. */
import { useEffect, useId, useRef, useState } from 'react';
import { embedCode, embedUrl, type EmbedOptions } from '../embed/embedLink';
import { PcapExport } from '../export/PcapExport';
import { RecipeExport } from '../export/RecipeExport';
import { SlideExport } from '../export/SlideExport';
import { useStoreApi } from '../storeContext';
import { useT } from '../useT';
import { shareUrl } from './shareLink';
import { FIELD, LABEL, PRIMARY, BUTTON } from './styles';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies text; false when the clipboard is unavailable or refused. */
async function copy(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The content of the Share menu. */
export function SharePanel() {
  const t = useT();
  const store = useStoreApi();
  const [link, setLink] = useState('');
  const [embed, setEmbed] = useState('');
  const [status, setStatus] = useState<{ which: 'link' | 'embed'; state: CopyState }>({
    which: 'link',
    state: 'idle',
  });
  const linkField = useRef<HTMLInputElement>(null);
  const embedField = useRef<HTMLTextAreaElement>(null);
  const linkId = useId();
  const embedId = useId();
  const [shows, setShows] = useState<EmbedOptions>({ caption: false, headers: false });
  const title = t.text(store.getState().scenario.title);
  useEffect(() => {
    let live = true;
    void Promise.all([shareUrl(store), embedUrl(store, shows)]).then(([l, e]) => {
      if (!live) return;
      setLink(l);
      setEmbed(embedCode(e, t('editor.share.embedTitle', { title })));
    });
    return () => {
      live = false;
    };
  }, [store, t, title, shows]);
  const doCopy = async (which: 'link' | 'embed') => {
    const ok = await copy(which === 'link' ? link : embed);
    setStatus({ which, state: ok ? 'copied' : 'failed' });
    if (!ok) (which === 'link' ? linkField.current : embedField.current)?.select();
  };
  const message =
    status.state === 'failed'
      ? t('editor.share.copyFailed')
      : status.state === 'copied'
        ? t(status.which === 'link' ? 'editor.share.copied' : 'editor.share.embedCopied')
        : '';
  return (
    <div className="space-y-3">
      <h2 className="text-base font-semibold text-slate-900">{t('editor.share.title')}</h2>
      <p className="text-sm text-slate-600">{t('editor.share.hint')}</p>
      <div>
        <label className={LABEL} htmlFor={linkId}>
          {t('editor.share.linkLabel')}
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id={linkId}
            ref={linkField}
            className={FIELD}
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button
            type="button"
            className={PRIMARY}
            disabled={!link}
            onClick={() => void doCopy('link')}
          >
            {t('editor.share.copyLink')}
          </button>
        </div>
      </div>
      <div>
        <label className={LABEL} htmlFor={embedId}>
          {t('editor.share.embedLabel')}
        </label>
        <textarea
          id={embedId}
          ref={embedField}
          className={`${FIELD} mt-1 h-20 font-mono text-xs`}
          readOnly
          value={embed}
          onFocus={(e) => e.currentTarget.select()}
        />
        <fieldset className="mt-2">
          <legend className={LABEL}>{t('editor.share.embedShows')}</legend>
          {(['caption', 'headers'] as const).map((k) => (
            <label key={k} className="mt-1 flex items-center gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                className="h-4 w-4 accent-indigo-700"
                checked={shows[k]}
                onChange={(e) => setShows({ ...shows, [k]: e.target.checked })}
              />
              {t(k === 'caption' ? 'editor.share.embedCaption' : 'editor.share.embedHeaders')}
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          className={`${BUTTON} mt-2`}
          disabled={!embed}
          onClick={() => void doCopy('embed')}
        >
          {t('editor.share.copyEmbed')}
        </button>
      </div>
      <p role="status" className="min-h-5 text-sm text-emerald-800">
        {message}
      </p>
      <SlideExport />
      <PcapExport />
      <RecipeExport />
    </div>
  );
}
