/** What the import found: a summary of the cluster, or why the text or the cluster cannot be loaded (with the line or the path). */
import type { ManifestImport } from '../../scenario/manifests';
import { useT } from '../useT';

/** The summary or the problem of an import. */
export function ProblemText({ result }: { result: ManifestImport }) {
  const t = useT();
  if (result.status === 'ok') {
    const c = result.scenario.cluster;
    return (
      <p className="text-sm font-medium text-emerald-800">
        {t('manifests.import.summary', {
          pods: c.pods.length,
          nodes: c.nodes.length,
          services: c.services?.length ?? 0,
        })}
      </p>
    );
  }
  if (result.status === 'unreadable') {
    const p = result.problem;
    return (
      <p role="alert" className="text-sm text-red-800">
        {t.dynamic(`manifests.problem.${p.what}`, { line: p.line ?? 1, detail: p.detail ?? '' })}
      </p>
    );
  }
  return (
    <ul role="alert" className="space-y-1 text-sm text-red-800">
      {result.errors.slice(0, 5).map((e) => (
        <li key={`${e.path}|${e.key}`}>
          {t('manifests.problem.invalid', {
            message: t.dynamic(e.key, e.params),
            path: e.path,
          })}
        </li>
      ))}
    </ul>
  );
}
