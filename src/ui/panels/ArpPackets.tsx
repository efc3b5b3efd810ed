/** The ARP exchange of an `arp` hop as its own packets: the broadcast request and the unicast reply, each Ethernet + ARP. */
import type { ArpExchange } from '../../sim';
import { useT } from '../useT';
import { arpFrameLayers } from './headerLayers';
import { LayerCards } from './LayerCards';

const NO_CHANGES = [] as const;

/** The request and (when someone answered) the reply, each in its own labelled group. */
export function ArpPackets({ arp }: { arp: ArpExchange }) {
  const t = useT();
  return (
    <div className="space-y-3">
      <section aria-label={t('sim.header.arpRequest')} className="space-y-1">
        <h4 className="text-xs font-semibold text-sky-900">{t('sim.header.arpRequest')}</h4>
        <LayerCards layers={arpFrameLayers(arp.request)} changes={NO_CHANGES} />
      </section>
      {arp.reply ? (
        <section aria-label={t('sim.header.arpReply')} className="space-y-1">
          <h4 className="text-xs font-semibold text-sky-900">{t('sim.header.arpReply')}</h4>
          <LayerCards layers={arpFrameLayers(arp.reply)} changes={NO_CHANGES} />
        </section>
      ) : (
        <p className="text-sm text-slate-700">{t('sim.header.arpNoReply')}</p>
      )}
    </div>
  );
}
