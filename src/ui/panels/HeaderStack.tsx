/** The headers of a hop: at an `arp` hop the ARP request and reply as packets of their own, then the packet's layers. */
import type { ArpExchange, FieldChange, Headers } from '../../sim';
import { useT } from '../useT';
import { ArpPackets } from './ArpPackets';
import { layersOf } from './headerLayers';
import { LayerCards } from './LayerCards';

/** The stacked header layers of one hop, with the hop's ARP exchange apart from the packet. */
export function HeaderStack({
  headers,
  changes,
  arp,
}: {
  headers: Headers;
  changes: readonly FieldChange[];
  arp?: ArpExchange | undefined;
}) {
  const t = useT();
  const layers = layersOf(headers, (b) => t(b ? 'value.yes' : 'value.no'));
  const packet =
    layers.length === 0 ? (
      <p className="text-sm text-slate-600">{t('inspector.noHeaders')}</p>
    ) : (
      <LayerCards layers={layers} changes={changes} />
    );
  if (!arp) return packet;
  return (
    <div className="space-y-3">
      <ArpPackets arp={arp} />
      <section aria-label={t('sim.header.packet')} className="space-y-1">
        <h4 className="text-xs font-semibold text-slate-800">{t('sim.header.packet')}</h4>
        {packet}
      </section>
    </div>
  );
}
