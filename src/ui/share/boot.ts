/** Boot: decides what the page opens with — a shared link, the autosave, or the default — and what to tell the learner. */
import type { Lang } from '../../i18n';
import { defaultScenario } from '../../scenario/defaultScenario';
import type { Scenario } from '../../scenario/types';
import type { PacketRequest } from '../../sim';
import type { AppStore } from '../../store';
import {
  holdsSaved,
  PREVIOUS_KEY,
  type ReadResult,
  type StorageLike,
} from '../../store/persistence';
import {
  sameData,
  type Notice,
  type ShareChoice,
  type StorageProblem,
} from '../../store/scenarioSlice';
import type { SharedView } from '../../scenario/share';
import { EMBED_PARAM, loadShareCodec } from './shareLink';

/** Everything the store starts from. */
export interface BootPlan {
  /** The scenario drawn first. */
  readonly scenario: Scenario;
  /** The language a link asked for, or null to use the saved/browser one. */
  readonly lang: Lang | null;
  /** The packets shown first. */
  readonly flows: readonly PacketRequest[];
  /** The hop shown first. */
  readonly cursor: number;
  /** A message for the page. */
  readonly notice: Notice | null;
  /** Whether storage is unusable. */
  readonly storageProblem: StorageProblem | null;
  /** A shared-link choice to offer. */
  readonly shareChoice: ShareChoice | null;
  /** Whether the page is the embed view (no autosave, no editing). */
  readonly embed: boolean;
}

/** Whether an address asks for the embed view. */
export function isEmbed(search: string): boolean {
  return new URLSearchParams(search).has(EMBED_PARAM);
}

/** The fragment text of a share link, or "" when there is none. */
function fragmentOf(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The autosave reader: the validating one only when storage holds something (the embed view reads nothing). */
async function savedReader(
  storage: StorageLike | null,
  embed: boolean,
): Promise<(storage: StorageLike | null, key?: string) => ReadResult> {
  if (embed) return () => ({ kind: 'empty' });
  if (holdsSaved(storage) || holdsSaved(storage, PREVIOUS_KEY))
    return (await import('../../store/savedReader')).readSaved;
  return () => (storage ? { kind: 'empty' } : { kind: 'unavailable' });
}

/** Decides the first state from the address and the saved work. */
export async function planBoot(
  loc: Pick<Location, 'search' | 'hash'>,
  storage: StorageLike | null,
): Promise<BootPlan> {
  const embed = isEmbed(loc.search);
  const fragment = fragmentOf(loc.hash);
  let notice: Notice | null = null;
  let shared: SharedView | null = null;
  if (fragment !== '') {
    const { decodeShare } = await loadShareCodec();
    const r = decodeShare(fragment);
    if (r.ok) shared = r.view;
    else notice = { tone: 'error', key: 'editor.notice.badLink', params: {}, detail: r.error };
  }
  const read = await savedReader(storage, embed);
  const saved = read(storage);
  const storageProblem: StorageProblem | null = saved.kind === 'unavailable' ? 'unavailable' : null;
  if (saved.kind === 'invalid' && !notice) {
    notice = {
      tone: 'error',
      key: 'editor.notice.autosaveLost',
      params: {},
      detail: { key: saved.key, params: saved.params },
    };
  }
  const mine = saved.kind === 'ok' ? saved.scenario : defaultScenario;
  const base = { notice, storageProblem, embed, lang: null, cursor: 0 };
  const kept = !embed && read(storage, PREVIOUS_KEY).kind === 'ok';
  if (shared) {
    const flows = flowsOf(shared);
    const view = { scenario: shared.scenario, flows, cursor: shared.hop };
    if (embed || saved.kind !== 'ok' || sameData(saved.scenario, shared.scenario)) {
      return {
        ...base,
        ...view,
        lang: shared.lang,
        shareChoice: kept ? { stage: 'opened' } : null,
      };
    }
    return {
      ...base,
      scenario: mine,
      flows: [],
      shareChoice: { stage: 'ask', pending: { ...view, lang: shared.lang } },
    };
  }
  return { ...base, scenario: mine, flows: [], shareChoice: kept ? { stage: 'opened' } : null };
}

/** The packets a shared view shows, from its indexes. */
function flowsOf(view: SharedView): PacketRequest[] {
  return view.flows.flatMap((i) => {
    const p = view.scenario.packets[i];
    return p ? [p] : [];
  });
}

/** Handles a link pasted into the address bar of an open page: shows it, or asks first if it differs from the current work. */
export async function openIncomingLink(store: AppStore, hash: string): Promise<void> {
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

/** Puts the planned packets, hop and messages into a freshly created store. */
export function applyBoot(store: AppStore, plan: BootPlan): void {
  const s = store.getState();
  if (plan.flows.length > 0) {
    s.setFlows(plan.flows);
    s.setPlaying(false);
    s.setCursor(plan.cursor);
  }
  if (plan.notice) s.showNotice(plan.notice);
  if (plan.storageProblem) s.setStorageProblem(plan.storageProblem);
  if (plan.shareChoice) s.setShareChoice(plan.shareChoice);
}
