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
import type { Notice, ShareChoice, StorageProblem } from '../../store/scenarioSlice';

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

/** The query flag that turns the page into the embed view. */
export const EMBED_PARAM = 'embed';

/** Whether an address asks for the embed view. */
export function isEmbed(search: string): boolean {
  return new URLSearchParams(search).has(EMBED_PARAM);
}

/** The fragment text of a share link, or "" when there is none. */
export function fragmentOf(hash: string): string {
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
  // A link's module (and the share codec) loads only for a link, alongside the autosave reader.
  const sharedBoot = fragment === '' ? null : import('./sharedBoot');
  const read = await savedReader(storage, embed);
  const saved = read(storage);
  const kept = !embed && read(storage, PREVIOUS_KEY).kind === 'ok';
  const base: BootPlan = {
    scenario: saved.kind === 'ok' ? saved.scenario : defaultScenario,
    lang: null,
    flows: [],
    cursor: 0,
    notice:
      saved.kind === 'invalid'
        ? {
            tone: 'error',
            key: 'editor.notice.autosaveLost',
            params: {},
            detail: { key: saved.key, params: saved.params },
          }
        : null,
    storageProblem: saved.kind === 'unavailable' ? 'unavailable' : null,
    shareChoice: kept ? { stage: 'opened' } : null,
    embed,
  };
  if (!sharedBoot) return base;
  return (await sharedBoot).planShared(base, fragment, saved, kept);
}

/** Handles a link pasted into the address bar of an open page (its module loads then). */
export async function openIncomingLink(store: AppStore, hash: string): Promise<void> {
  const { openLink } = await import('./sharedBoot');
  await openLink(store, hash);
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
