/** The playback clock: rests at a hop, tweens to the next, then asks the store to step forward. */
import { MOVE_MS, PAUSE_MS } from './animation';

/** What the clock reads from the store each frame. */
export interface ClockInput {
  /** The current hop index. */
  readonly cursor: number;
  /** Whether playback runs. */
  readonly playing: boolean;
  /** Speed multiplier. */
  readonly speed: number;
  /** Index of the last hop of the longest trace. */
  readonly lastHop: number;
  /** Whether to jump hop to hop without tweening (prefers-reduced-motion). */
  readonly reduced: boolean;
  /** How long to rest at this hop, at speed 1 (longer where an ARP exchange plays); PAUSE_MS if absent. */
  readonly restMs?: number;
}

/** What the clock decides for a frame. */
export interface ClockTick {
  /** Progress 0..1 from the cursor's hop to the next. */
  readonly t: number;
  /** Step the cursor forward now. */
  readonly advance: boolean;
  /** Stop playing now: the last hop is reached. */
  readonly stop: boolean;
}

/** A clock that turns frame timestamps into hop progress. */
export function createHopClock() {
  let elapsed = 0;
  let prevTs: number | null = null;
  let prevCursor = -1;
  return {
    /** Advances by the time since the previous tick (at most 100 ms, so a hidden tab does not skip hops). */
    tick(now: number, s: ClockInput): ClockTick {
      const dt = prevTs === null ? 0 : Math.min(100, Math.max(0, now - prevTs));
      prevTs = now;
      if (s.cursor !== prevCursor) elapsed = 0;
      prevCursor = s.cursor;
      if (!s.playing) {
        elapsed = 0;
        return { t: 0, advance: false, stop: false };
      }
      if (s.cursor >= s.lastHop) return { t: 0, advance: false, stop: true };
      elapsed += dt * s.speed;
      const rest = s.restMs ?? PAUSE_MS;
      if (elapsed >= rest + MOVE_MS) {
        elapsed = 0;
        return { t: 0, advance: true, stop: false };
      }
      const t = s.reduced || elapsed < rest ? 0 : (elapsed - rest) / MOVE_MS;
      return { t, advance: false, stop: false };
    },
  };
}
