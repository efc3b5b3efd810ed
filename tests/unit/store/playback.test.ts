import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/scenario/defaultScenario';
import type { PacketRequest, PodId } from '../../../src/sim';
import { createAppStore } from '../../../src/store';
import { MAX_SPEED, MIN_SPEED, nextSpeed } from '../../../src/store/playbackSlice';
import {
  selectActiveTrace,
  selectHopCount,
  selectNetwork,
  selectTraces,
} from '../../../src/store/selectors';

const fresh = () => createAppStore({ scenario: defaultScenario, lang: 'en' });

const crossNode: PacketRequest = {
  from: { kind: 'container', pod: 'default/web' as PodId, container: 'nginx' },
  to: { kind: 'pod', pod: 'default/api' as PodId },
  protocol: 'TCP',
  port: 8080,
};
const loopback: PacketRequest = {
  from: { kind: 'container', pod: 'default/web' as PodId, container: 'nginx' },
  to: { kind: 'localhost' },
  protocol: 'TCP',
  port: 2020,
};

describe('playback', () => {
  it('starts with no packet, paused, at hop 0 and normal speed', () => {
    const s = fresh().getState();
    expect(s.flows).toEqual([]);
    expect(s.cursor).toBe(0);
    expect(s.playing).toBe(false);
    expect(s.speed).toBe(1);
    expect(selectHopCount(s)).toBe(0);
    expect(selectActiveTrace(s)).toBeNull();
  });

  it('sending a packet shows it alone from its first hop and starts playing', () => {
    const store = fresh();
    store.getState().setFlows([crossNode, loopback]);
    store.getState().setActiveFlow(1);
    store.getState().setCursor(3);
    store.getState().sendPacket(crossNode);
    const s = store.getState();
    expect(s.flows).toEqual([crossNode]);
    expect(s.activeFlow).toBe(0);
    expect(s.cursor).toBe(0);
    expect(s.playing).toBe(true);
  });

  it('stepping moves one hop at a time and stops at both ends', () => {
    const store = fresh();
    store.getState().sendPacket(crossNode);
    const n = selectHopCount(store.getState());
    expect(n).toBeGreaterThan(3);
    store.getState().stepBack();
    expect(store.getState().cursor).toBe(0);
    store.getState().stepForward();
    store.getState().stepForward();
    expect(store.getState().cursor).toBe(2);
    store.getState().stepBack();
    expect(store.getState().cursor).toBe(1);
    for (let i = 0; i < n + 5; i++) store.getState().stepForward();
    expect(store.getState().cursor).toBe(n - 1);
  });

  it('setCursor is clamped to the hops of the longest trace', () => {
    const store = fresh();
    store.getState().sendPacket(loopback);
    const n = selectHopCount(store.getState());
    store.getState().setCursor(999);
    expect(store.getState().cursor).toBe(n - 1);
    store.getState().setCursor(-4);
    expect(store.getState().cursor).toBe(0);
  });

  it('toEnd goes to the last hop and pauses; toStart goes back to the first and pauses', () => {
    const store = fresh();
    store.getState().sendPacket(crossNode);
    store.getState().toEnd();
    expect(store.getState().cursor).toBe(selectHopCount(store.getState()) - 1);
    expect(store.getState().playing).toBe(false);
    store.getState().setPlaying(true);
    store.getState().toStart();
    expect(store.getState().cursor).toBe(0);
    expect(store.getState().playing).toBe(false);
  });

  it('pressing play at the last hop starts the packet over', () => {
    const store = fresh();
    store.getState().sendPacket(crossNode);
    store.getState().toEnd();
    store.getState().togglePlay();
    expect(store.getState().cursor).toBe(0);
    expect(store.getState().playing).toBe(true);
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(false);
  });

  it('cannot play when no packet is shown', () => {
    const store = fresh();
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(false);
    store.getState().setPlaying(true);
    expect(store.getState().playing).toBe(false);
  });

  it('speed stays between 0.25× and 4×', () => {
    const store = fresh();
    store.getState().setSpeed(10);
    expect(store.getState().speed).toBe(MAX_SPEED);
    store.getState().setSpeed(0);
    expect(store.getState().speed).toBe(MIN_SPEED);
    store.getState().setSpeed(Number.NaN);
    expect(store.getState().speed).toBe(1);
  });

  it('the +/− speed steps go up and down and saturate at the bounds', () => {
    expect(nextSpeed(1, 1)).toBe(1.5);
    expect(nextSpeed(1, -1)).toBe(0.75);
    expect(nextSpeed(4, 1)).toBe(4);
    expect(nextSpeed(0.25, -1)).toBe(0.25);
  });

  it('the active flow is clamped to the flows shown', () => {
    const store = fresh();
    store.getState().setFlows([crossNode, loopback]);
    store.getState().setActiveFlow(5);
    expect(store.getState().activeFlow).toBe(1);
    expect(selectActiveTrace(store.getState())?.request).toEqual(loopback);
  });
});

describe('selectors', () => {
  it('return the same traces array for the same cluster and flows', () => {
    const store = fresh();
    store.getState().setFlows([crossNode, loopback]);
    const a = selectTraces(store.getState());
    store.getState().stepForward();
    expect(selectTraces(store.getState())).toBe(a);
    expect(a).toHaveLength(2);
  });

  it('recompute the traces when the flows change', () => {
    const store = fresh();
    store.getState().sendPacket(crossNode);
    const a = selectTraces(store.getState());
    store.getState().sendPacket(crossNode);
    expect(selectTraces(store.getState())).not.toBe(a);
  });

  it('return the same network for the same cluster object', () => {
    const store = fresh();
    const a = selectNetwork(store.getState());
    store.getState().sendPacket(loopback);
    expect(selectNetwork(store.getState())).toBe(a);
  });

  it('count the hops of the longest trace shown', () => {
    const store = fresh();
    store.getState().setFlows([loopback, crossNode]);
    const lengths = selectTraces(store.getState()).map((t) => t.hops.length);
    expect(selectHopCount(store.getState())).toBe(Math.max(...lengths));
  });
});
