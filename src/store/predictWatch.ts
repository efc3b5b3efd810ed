/** Predict, then reveal, on the store: pauses playback before chosen hops, records answers and the score. */
import { hopOf, questionAt, questionPoints, grade, type QuestionPoint } from '../lessons/predict';
import type { Lesson } from '../lessons';
import {
  buildNetwork,
  simulate,
  type ClusterSpec,
  type Network,
  type PacketRequest,
  type Trace,
} from '../sim';
import type { AppState, AppStore } from './createAppStore';
import { packetKey } from './flowsFit';
import { startEntries, traceSession } from './neighbourSession';

/** Memoized trace and network of the active packet, from the neighbour caches the shown packets before it left. */
function traced() {
  let key: {
    s: AppState['neighbours'];
    flows: readonly PacketRequest[];
    cluster: ClusterSpec;
    i: number;
  } | null = null;
  let value: { net: Network; trace: Trace } | null = null;
  return (s: AppState, i: number) => {
    const cluster = s.scenario.cluster;
    if (
      !value ||
      key?.cluster !== cluster ||
      key.flows !== s.flows ||
      key.s !== s.neighbours ||
      key.i !== i
    ) {
      const traces = traceSession(
        simulate,
        cluster,
        s.flows.slice(0, i + 1),
        startEntries(s.neighbours, cluster, simulate),
      );
      const trace = traces[i];
      if (!trace) return null;
      value = { net: buildNetwork(cluster), trace };
      key = { s: s.neighbours, flows: s.flows, cluster, i };
    }
    return value;
  };
}

/** Where to stop a packet: the open lesson step's own question for its packet, else prediction mode's picks. */
export function pointsFor(
  s: AppState,
  req: PacketRequest,
  net: Network,
  trace: Trace,
  lessonOf: (id: string) => Lesson | undefined,
): QuestionPoint[] {
  const lesson = s.lesson ? lessonOf(s.lesson.id) : undefined;
  const step = lesson && s.lesson ? lesson.steps[s.lesson.step] : undefined;
  if (step?.predict && step.send && packetKey(step.send) === packetKey(req))
    return [{ hop: hopOf(trace, step.predict), kind: step.predict.ask }];
  return s.predict ? questionPoints(net, trace) : [];
}

/** Watches playback and pauses it before a question's hop (once per shown packet and hop); returns the stop function. */
export function startPredictWatch(
  store: AppStore,
  lessonOf: (id: string) => Lesson | undefined,
): () => void {
  const asked = new WeakMap<readonly PacketRequest[], Set<string>>();
  const trace = traced();
  const check = (s: AppState) => {
    if (!s.playing || s.question) return;
    const req = s.flows[s.activeFlow];
    if (!req) return;
    const t = trace(s, s.activeFlow);
    if (!t) return;
    const want = pointsFor(s, req, t.net, t.trace, lessonOf).find((p) => p.hop === s.cursor + 1);
    if (!want) return;
    let seen = asked.get(s.flows);
    if (!seen) asked.set(s.flows, (seen = new Set()));
    const key = `${s.activeFlow}:${want.hop}`;
    if (seen.has(key)) return;
    seen.add(key);
    const q = questionAt(t.net, t.trace, want.hop, want.kind);
    if (q) store.setState({ playing: false, question: { flow: s.activeFlow, q, chosen: null } });
  };
  check(store.getState());
  return store.subscribe(check);
}

/** Records the learner's answer to the waiting question and updates the score (once). */
export function answerQuestion(store: AppStore, value: string): void {
  const s = store.getState();
  const pq = s.question;
  if (!pq || pq.chosen !== null || !pq.q.options.some((o) => o.value === value)) return;
  const right = grade(pq.q, value);
  store.setState({
    question: { ...pq, chosen: value },
    score: { asked: s.score.asked + 1, correct: s.score.correct + (right ? 1 : 0) },
  });
}

/** Goes on after the reveal: shows the hop asked about and plays on. */
export function continueAfterReveal(store: AppStore): void {
  const pq = store.getState().question;
  if (!pq) return;
  // The hop asked about is a hop of the active trace, so it needs no clamping.
  store.setState({ question: null, cursor: pq.q.hop, playing: true });
}

/** Skips the question unanswered (not scored) and plays on. */
export function skipQuestion(store: AppStore): void {
  if (!store.getState().question) return;
  store.setState({ question: null, playing: true });
}

/** Turns prediction mode on or off (a question already waiting stays until answered or skipped). */
export function setPredict(store: AppStore, on: boolean): void {
  store.setState({ predict: on });
}
