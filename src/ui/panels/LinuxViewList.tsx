/** The Linux commands of one namespace with what each prints there, each with a copy button. */
import { useState } from 'react';
import { linuxViews } from '../../sim/linux/linuxViews';
import type { Network, NetnsId } from '../../sim';
import { useT } from '../useT';

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

/** Each command as a prompt line over its output, as a terminal shows them. */
export default function LinuxViewList({ network, netns }: { network: Network; netns: NetnsId }) {
  const t = useT();
  const [status, setStatus] = useState('');
  const views = linuxViews(network, netns);
  return (
    <div className="mt-2 space-y-2">
      <p className="text-xs text-slate-600">{t('inspector.linux.hint', { netns })}</p>
      {views.map((v) => (
        <figure key={v.command} className="space-y-1">
          <figcaption className="flex items-center justify-between gap-2">
            <code className="font-mono text-xs font-semibold text-slate-900 before:content-['$_']">
              {v.command}
            </code>
            <button
              type="button"
              className="rounded-lg border border-slate-300 px-2 py-0.5 text-xs text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600"
              aria-label={t('inspector.linux.copyLabel', { command: v.command })}
              onClick={() =>
                void copy(`$ ${v.command}\n${v.output}`).then((ok) =>
                  setStatus(
                    ok
                      ? t('inspector.linux.copied', { command: v.command })
                      : t('inspector.linux.copyFailed'),
                  ),
                )
              }
            >
              {t('inspector.linux.copy')}
            </button>
          </figcaption>
          <pre
            tabIndex={0}
            className="overflow-x-auto rounded-lg bg-slate-900 px-2 py-1 font-mono text-xs whitespace-pre text-slate-50"
          >
            {v.output === '' ? t('inspector.linux.empty') : v.output}
          </pre>
        </figure>
      ))}
      <p role="status" className="min-h-4 text-xs text-emerald-800">
        {status}
      </p>
    </div>
  );
}
