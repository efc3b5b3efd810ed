/** Shared links at boot and in an open page: loaded only when the address carries one. */
import type { SharedView } from '../../scenario/share';
import type { PacketRequest } from '../../sim';
import type { AppStore } from '../../store';
import type { ReadResult } from '../../store/persistence';
import { sameData } from '../../store/scenarioSlice';
import type { BootPlan } from './boot';
import { fragmentOf } from './boot';
import { loadShareCodec } from './shareLink';

/** The packets a shared view shows, from its indexes. */
function flowsOf(view: SharedView): PacketRequest[] {
  return view.flows.flatMap((i) => {
    const p = view.scenario.packets[i];
    return p ? [p] : [];
  });
}

/** The first view when the address carries a link: the shared one, or the learner's own with a choice to make. */
export async function planShared(
  base: BootPlan,
  fragment: string,
  saved: ReadResult,
  kept: boolean,
): Promise<BootPlan> {
  const { decodeShare } = await loadShareCodec();
  const r = decodeShare(fragment);
  if (!r.ok)
    return {
      ...base,
      notice: { tone: 'error', key: 'editor.notice.badLink', params: {}, detail: r.error },
    };
  const shared = r.view;
  const flows = flowsOf(shared);
  const view = { scenario: shared.scenario, flows, cursor: shared.hop };
  if (base.embed || saved.kind !== 'ok' || sameData(saved.scenario, shared.scenario)) {
    return {
      ...base,
      ...view,
      lang: shared.lang,
      shareChoice: kept ? { stage: 'opened' } : null,
    };
  }
  return {
    ...base,
    flows: [],
    shareChoice: { stage: 'ask', pending: { ...view, lang: shared.lang } },
  };
}

/** Handles a link pasted into the address bar of an open page: shows it, or asks first if it differs from the current work. */
export async function openLink(store: AppStore, hash: string): Promise<void> {
  const fragment = fragmentOf(hash);
  if (fragment === '') return;
  const { decodeShare } = await loadShareCodec();
  const r = decodeShare(fragment);
  const s = store.getState();
  if (!r.ok) {
    s.showNotice({ tone: 'error', key: 'editor.notice.badLink', params: {}, detail: r.error });
    return;
  }
  const { view } = r;
  if (!sameData(s.scenario, view.scenario)) {
    const pending = {
      scenario: view.scenario,
      flows: flowsOf(view),
      cursor: view.hop,
      lang: view.lang,
    };
    s.setShareChoice({ stage: 'ask', pending });
    return;
  }
  s.setFlows(flowsOf(view));
  s.setPlaying(false);
  s.setCursor(view.hop);
  s.setLang(view.lang);
}
