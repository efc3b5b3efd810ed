/** One command of the "On a real node" section: a prompt line with a copy button over what it prints. */
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

/** The command as a terminal shows it; `onStatus` receives what copying it did, for a live region. */
export function CommandBlock({
  command,
  output,
  onStatus,
}: {
  command: string;
  output: string;
  onStatus: (message: string) => void;
}) {
  const t = useT();
  return (
    <figure className="space-y-1">
      <figcaption className="flex items-center justify-between gap-2">
        <code className="font-mono text-xs font-semibold text-slate-900 before:content-['$_']">
          {command}
        </code>
        <button
          type="button"
          className="rounded-lg border border-slate-300 px-2 py-0.5 text-xs text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600"
          aria-label={t('inspector.linux.copyLabel', { command })}
          onClick={() =>
            void copy(`$ ${command}\n${output}`).then((ok) =>
              onStatus(
                ok ? t('inspector.linux.copied', { command }) : t('inspector.linux.copyFailed'),
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
        {output === '' ? t('inspector.linux.empty') : output}
      </pre>
    </figure>
  );
}
