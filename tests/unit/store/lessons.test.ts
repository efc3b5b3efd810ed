/** The lesson slice and its actions, on a fresh store per test: steps, the learner's own scenario, checks, prediction. */
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/scenario/defaultScenario';
import { presetById } from '../../../src/scenario/presets';
import { AUTOSAVE_KEY } from '../../../src/scenario/storage';
import { createAppStore } from '../../../src/store';
import { MINE_KEY, PROGRESS_KEY, readProgress } from '../../../src/store/lessonProgress';
import {
  builtInLessons,
  closeLesson,
  evaluateCheck,
  goToStep,
  lessonById,
  openLesson,
  showSolution,
} from '../../../src/store/lessonRunner';
import {
  answerQuestion,
  continueAfterReveal,
  setPredict,
  skipQuestion,
  startPredictWatch,
} from '../../../src/store/predictWatch';
import type { StorageLike } from '../../../src/store/persistence';
import type { PacketRequest, PodId } from '../../../src/sim';

function memory(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/** The default scenario's packet: nginx in web (node1) to api:8080 (node2), host routing. */
function webToApi() {
  const p = defaultScenario.packets[0];
  if (!p) throw new Error('no packet');
  return p;
}

const fresh = () => createAppStore({ scenario: defaultScenario, lang: 'en' });
function lesson(id: string) {
  const l = lessonById(id);
  if (!l) throw new Error(id);
  return l;
}

describe('the lesson slice', () => {
  it('starts with no lesson, prediction off, no question and a zero score', () => {
    const s = fresh().getState();
    expect(s.lesson).toBeNull();
    expect(s.lessonList).toBe(false);
    expect(s.predict).toBe(false);
    expect(s.question).toBeNull();
    expect(s.score).toEqual({ asked: 0, correct: 0 });
    expect(s.lessonsDone).toEqual([]);
  });

  it('lists the sixteen built-in lessons in the notes’ order', () => {
    expect(builtInLessons().map((l) => l.id)).toEqual([
      'c1',
      'c2',
      'c3',
      'c4',
      'c7',
      'c5',
      'c8',
      'c6',
      'c9',
      'c10',
      'c11',
      'c12-clusterip',
      'c12-dns',
      'c12-nodeport',
      'c12-ingress',
      'c12-policy',
    ]);
  });
});

describe('walking a lesson', () => {
  it('opens at a step with that step’s scenario and packet, paused at the first hop', () => {
    const store = fresh();
    openLesson(store, lesson('c6'), 0, memory());
    const s = store.getState();
    expect(s.lesson).toEqual({ id: 'c6', step: 0, met: [] });
    expect(s.scenario).toBe(presetById('sidecar-localhost')?.scenario);
    expect(s.flows).toEqual([
      {
        from: { kind: 'container', pod: 'default/web', container: 'log-shipper' },
        to: { kind: 'localhost' },
        protocol: 'TCP',
        port: 80,
      },
    ]);
    expect(s.cursor).toBe(0);
    expect(s.playing).toBe(false);
  });

  it('a narration step keeps the packet of the step before; a later step can be reached directly', () => {
    const store = fresh();
    openLesson(store, lesson('c6'), 1, memory());
    expect(store.getState().flows).toHaveLength(1);
    goToStep(store, lesson('c6'), 99);
    expect(store.getState().lesson?.step).toBe(3); // clamped to the check
    expect(store.getState().lesson?.met).toEqual([false]);
    expect(store.getState().flows).toEqual([]);
  });

  it('keeps the learner’s own scenario aside under its own key and brings it back on leaving', () => {
    const store = fresh();
    const storage = memory();
    storage.setItem(AUTOSAVE_KEY, 'autosave text');
    const mine = presetById('mtu-overlay')?.scenario;
    if (!mine) throw new Error('preset');
    store.getState().loadScenario(mine);
    openLesson(store, lesson('c1'), 0, storage);
    expect(storage.data.has(MINE_KEY)).toBe(true);
    expect(storage.data.get(AUTOSAVE_KEY)).toBe('autosave text');
    goToStep(store, lesson('c1'), 2);
    openLesson(store, lesson('c2'), 0, storage); // a second lesson keeps the first copy
    closeLesson(store, storage);
    expect(store.getState().lesson).toBeNull();
    expect(store.getState().scenario).toEqual(mine);
    expect(storage.data.has(MINE_KEY)).toBe(false);
  });
});

describe('the closing check', () => {
  it('is met once the learner makes two containers conflict, and the lesson is recorded done', () => {
    const store = fresh();
    const storage = memory();
    const c5 = lesson('c5');
    openLesson(store, c5, 3, storage);
    evaluateCheck(store, c5, storage);
    expect(store.getState().lesson?.met).toEqual([false]);
    showSolution(store, c5, storage);
    expect(store.getState().lesson?.met).toEqual([true]);
    expect(store.getState().lessonsDone).toEqual(['c5']);
    expect(readProgress(storage)).toEqual(['c5']);
  });

  it('latches each condition: two packets sent one after the other both count (C4)', () => {
    const store = fresh();
    const storage = memory();
    const c4 = lesson('c4');
    openLesson(store, c4, 4, storage);
    const toWeb = (container: string, port: number): PacketRequest => ({
      from: { kind: 'container', pod: 'default/cache' as PodId, container: 'redis' },
      to: { kind: 'container', pod: 'default/web' as PodId, container },
      protocol: 'TCP',
      port,
    });
    store.getState().sendPacket(toWeb('nginx', 80));
    evaluateCheck(store, c4, storage);
    expect(store.getState().lesson?.met).toEqual([true, false]);
    store.getState().sendPacket(toWeb('log-shipper', 2020));
    evaluateCheck(store, c4, storage);
    expect(store.getState().lesson?.met).toEqual([true, true]);
    expect(store.getState().lessonsDone).toEqual(['c4']);
  });

  it('does nothing outside the check step', () => {
    const store = fresh();
    const c6 = lesson('c6');
    openLesson(store, c6, 0, memory());
    evaluateCheck(store, c6, memory());
    expect(store.getState().lesson?.met).toEqual([]);
    expect(store.getState().lessonsDone).toEqual([]);
  });
});

describe('predict, then reveal', () => {
  it('pauses before the step’s hop, then scores the answer and plays on from that hop', () => {
    const store = fresh();
    const stop = startPredictWatch(store, lessonById);
    openLesson(store, lesson('c9'), 3, memory()); // host-gw: TTL after node1 forwards
    store.setState({ playing: true, cursor: 3 });
    expect(store.getState().question).toBeNull();
    store.setState({ cursor: 4 });
    const pq = store.getState().question;
    expect(store.getState().playing).toBe(false);
    expect(pq?.q.hop).toBe(5);
    expect(pq?.q.kind).toBe('ttl');
    expect(pq?.q.answer).toBe('63');
    answerQuestion(store, '64');
    answerQuestion(store, '63'); // a second answer does not count
    expect(store.getState().score).toEqual({ asked: 1, correct: 0 });
    expect(store.getState().question?.chosen).toBe('64');
    continueAfterReveal(store);
    expect(store.getState()).toMatchObject({ question: null, cursor: 5, playing: true });
    store.setState({ cursor: 4 }); // played again: not asked twice
    expect(store.getState().question).toBeNull();
    stop();
  });

  it('asks at prediction mode’s own picks on any packet, and a skip is not scored', () => {
    const store = fresh();
    const stop = startPredictWatch(store, lessonById);
    setPredict(store, true);
    store.getState().sendPacket(webToApi());
    // host-gw: the first stop is before the route hop (hop 1: does the pod's cold cache need ARP?)
    store.setState({ cursor: 0, playing: true });
    expect(store.getState().question?.q).toMatchObject({ hop: 1, kind: 'arp' });
    skipQuestion(store);
    expect(store.getState()).toMatchObject({ question: null, playing: true, cursor: 0 });
    expect(store.getState().score).toEqual({ asked: 0, correct: 0 });
    store.setState({ cursor: 6 });
    answerQuestion(store, '10.244.2.2');
    expect(store.getState().score).toEqual({ asked: 1, correct: 1 });
    stop();
  });

  it('asks nothing with prediction off outside lessons', () => {
    const store = fresh();
    const stop = startPredictWatch(store, lessonById);
    store.getState().sendPacket(webToApi());
    for (let c = 0; c < 10; c++) store.setState({ cursor: c, playing: true });
    expect(store.getState().question).toBeNull();
    stop();
  });
});

describe('progress storage', () => {
  it('lives under its own key, never the autosave’s', () => {
    const store = fresh();
    const storage = memory();
    const c5 = lesson('c5');
    openLesson(store, c5, 3, storage);
    showSolution(store, c5, storage);
    expect([...storage.data.keys()].sort()).toEqual([MINE_KEY, PROGRESS_KEY].sort());
  });
});
