/** The playback slice: which packets are shown, which one is inspected, and the hop cursor. */
import type { StateCreator } from 'zustand/vanilla';
import type { PacketRequest } from '../sim';
import type { AppState } from './createAppStore';
import type { NeighbourSession } from './neighbourSession';

/** The slowest playback speed (×). */
export const MIN_SPEED = 0.25;
/** The fastest playback speed (×). */
export const MAX_SPEED = 4;
/** The speeds the +/− keys step through, slowest first. */
export const SPEED_STEPS: readonly number[] = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4];

/** State and actions of the playback slice. */
export interface PlaybackSlice {
  /** The packets shown; several may animate at once ("play all traffic"). */
  flows: readonly PacketRequest[];
  /** Index into flows of the one the inspector and event list show. */
  activeFlow: number;
  /** The current hop index; each flow shows hop min(cursor, its last hop). */
  cursor: number;
  /** Whether the animation advances the cursor by itself. */
  playing: boolean;
  /** Playback speed multiplier, MIN_SPEED..MAX_SPEED. */
  speed: number;
  /** The neighbour caches the shown packets start from: what the packets shown before left (see neighbourSession). */
  neighbours: NeighbourSession | null;
  /** Whether the learner flushed every neighbour cache (ip neigh flush all) since the last send: the next packets start from empty caches. */
  neighboursFlushed: boolean;
  /** Flushes every namespace's neighbour cache: the next packet sent resolves its neighbours with ARP again. */
  flushNeighbours: () => void;
  /** Shows one packet from its first hop and starts playing. */
  sendPacket: (req: PacketRequest) => void;
  /** Shows several packets at once from their first hop and starts playing. */
  setFlows: (reqs: readonly PacketRequest[]) => void;
  /** Picks which flow the inspector and event list follow. */
  setActiveFlow: (i: number) => void;
  /** Moves to a hop, clamped to 0..hopCount-1. */
  setCursor: (n: number) => void;
  /** Moves one hop forward (stays at the last hop). */
  stepForward: () => void;
  /** Moves one hop back (stays at the first hop). */
  stepBack: () => void;
  /** Goes to the first hop and pauses. */
  toStart: () => void;
  /** Goes to the last hop and pauses. */
  toEnd: () => void;
  /** Plays or pauses; playing from the last hop starts over. */
  togglePlay: () => void;
  /** Plays or pauses explicitly. */
  setPlaying: (playing: boolean) => void;
  /** Sets the speed, clamped to MIN_SPEED..MAX_SPEED. */
  setSpeed: (speed: number) => void;
}

/** Clamps n into lo..hi (hi wins when the range is empty). */
function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}

/** The next faster (dir 1) or slower (dir -1) speed step from the current speed. */
export function nextSpeed(speed: number, dir: 1 | -1): number {
  if (dir > 0) return SPEED_STEPS.find((s) => s > speed + 1e-9) ?? MAX_SPEED;
  return [...SPEED_STEPS].reverse().find((s) => s < speed - 1e-9) ?? MIN_SPEED;
}

/**
 * Builds the playback slice; countHops tells how many hops the longest shown trace has, shown whether
 * anything can play, carry the neighbour caches the shown packets leave for the next ones.
 */
export const createPlaybackSlice =
  (
    countHops: (s: AppState) => number,
    shown: (s: AppState) => boolean = (s) => s.flows.length > 0,
    carry: (s: AppState) => NeighbourSession | null = () => null,
  ): StateCreator<AppState, [], [], PlaybackSlice> =>
  (set, get) => {
    const last = (): number => Math.max(0, countHops(get()) - 1);
    return {
      flows: [],
      activeFlow: 0,
      cursor: 0,
      playing: false,
      speed: 1,
      neighbours: null,
      neighboursFlushed: false,
      flushNeighbours: () => set({ neighboursFlushed: true }),
      sendPacket: (req) =>
        set((s) => ({
          flows: [req],
          activeFlow: 0,
          cursor: 0,
          playing: true,
          neighbours: carry(s),
          neighboursFlushed: false,
        })),
      setFlows: (reqs) =>
        set((s) => ({
          flows: [...reqs],
          activeFlow: 0,
          cursor: 0,
          playing: reqs.length > 0,
          neighbours: carry(s),
          neighboursFlushed: false,
        })),
      setActiveFlow: (i) =>
        set((s) => ({ activeFlow: clamp(Math.trunc(i), 0, Math.max(0, s.flows.length - 1)) })),
      setCursor: (n) => set({ cursor: clamp(Math.trunc(n), 0, last()) }),
      stepForward: () => set((s) => ({ cursor: clamp(s.cursor + 1, 0, last()) })),
      stepBack: () => set((s) => ({ cursor: clamp(s.cursor - 1, 0, last()) })),
      toStart: () => set({ cursor: 0, playing: false }),
      toEnd: () => set({ cursor: last(), playing: false }),
      togglePlay: () =>
        set((s) => {
          if (s.playing) return { playing: false };
          if (!shown(s)) return {};
          return s.cursor >= last() ? { cursor: 0, playing: true } : { playing: true };
        }),
      setPlaying: (playing) => set({ playing: playing && shown(get()) }),
      setSpeed: (speed) =>
        set({ speed: clamp(Number.isFinite(speed) ? speed : 1, MIN_SPEED, MAX_SPEED) }),
    };
  };
