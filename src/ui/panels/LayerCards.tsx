/** Header layers drawn as stacked cards, outer (tunnel) layers tinted, fields changed at the hop marked. */
import type { FieldChange } from '../../sim';
import { useT } from '../useT';
import { isChanged, type Layer } from './headerLayers';

/** The cards of some layers; `changes` marks the fields changed at this hop (none for ARP frames). */
export function LayerCards({
  layers,
  changes,
}: {
  layers: readonly Layer[];
  changes: readonly FieldChange[];
}) {
  const t = useT();
  const firstInner = layers.findIndex((l) => !l.outer);
  return (
    <div className="space-y-1.5">
      {layers.map((layer, i) => (
        <div key={`${layer.path}-${i}`}>
          {i === 0 && layer.outer && (
            <p className="mb-1 text-xs font-semibold text-amber-800">{t('layer.outer')}</p>
          )}
          <section
            aria-label={t(layer.title)}
            className={`rounded-xl border px-3 py-2 ${layer.outer ? 'border-amber-300 bg-amber-50' : 'border-slate-200 bg-slate-50'} ${i === firstInner && i > 0 ? 'mt-3' : ''}`}
          >
            <h4 className="text-xs font-semibold text-slate-700">{t(layer.title)}</h4>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
              {layer.rows.map((row) => {
                const changed = isChanged(row.path, changes);
                return (
                  <div key={row.path} className="contents" data-changed={changed || undefined}>
                    <dt className="text-slate-600">{t(row.label)}</dt>
                    <dd
                      className={`font-mono break-all ${changed ? 'rounded bg-yellow-100 px-1 font-semibold text-slate-900 ring-1 ring-yellow-500' : 'text-slate-900'}`}
                    >
                      {t.value(row.path, row.value)}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        </div>
      ))}
    </div>
  );
}
