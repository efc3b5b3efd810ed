/** The list of what an import left out or changed, one line per kind, field and reason, with the objects it concerns. */
import type { ManifestNote } from '../../scenario/manifests';
import { useT } from '../useT';

interface Group {
  readonly note: ManifestNote;
  readonly names: string[];
}

/** Notes grouped by kind, path and reason (kubectl output repeats the same field on every pod). */
function group(notes: readonly ManifestNote[]): Group[] {
  const groups = new Map<string, Group>();
  for (const n of notes) {
    const key = `${n.kind}|${n.path}|${n.reason}|${n.detail ?? ''}`;
    const g = groups.get(key);
    if (g) g.names.push(n.name);
    else groups.set(key, { note: n, names: [n.name] });
  }
  return [...groups.values()];
}

/** Lists the notes; `omitted` more are only counted. */
export function NoteList({ notes, omitted }: { notes: readonly ManifestNote[]; omitted: number }) {
  const t = useT();
  const groups = group(notes);
  if (groups.length === 0)
    return <p className="text-sm text-slate-700">{t('manifests.import.nothingLeft')}</p>;
  return (
    <section aria-label={t('manifests.import.leftOut', { count: notes.length + omitted })}>
      <h3 className="text-sm font-semibold text-slate-900">
        {t('manifests.import.leftOut', { count: notes.length + omitted })}
      </h3>
      <ul className="mt-1 max-h-56 space-y-1 overflow-y-auto text-sm [overflow-wrap:anywhere] text-slate-800">
        {groups.map(({ note, names }) => (
          <li key={`${note.kind}|${note.path}|${note.reason}|${note.detail ?? ''}`}>
            <span className="font-mono text-xs font-semibold">
              {[note.kind, names.slice(0, 3).join(', ')].filter((x) => x !== '').join(' ')}
              {names.length > 3 ? ` +${names.length - 3}` : ''}
            </span>{' '}
            {t.dynamic(`manifests.note.${note.reason}`, {
              path: note.path,
              detail: note.detail ?? '',
            })}
            {note.line !== undefined && names.length === 1 && (
              <span className="text-xs text-slate-600">
                {' '}
                ({t('manifests.note.line', { line: note.line })})
              </span>
            )}
          </li>
        ))}
      </ul>
      {omitted > 0 && (
        <p className="text-xs text-slate-600">{t('manifests.import.more', { count: omitted })}</p>
      )}
    </section>
  );
}
