/** CNI on the store: keeps a CniState beside every scenario the store shows (undo and redo bring theirs back) and plays ADD/DEL traces. */
import type { Scenario } from '../../scenario/types';
import { parseScenario } from '../../scenario/validate';
import type { ClusterSpec, CniState } from '../../sim';
import type { AppState, AppStore } from '../createAppStore';
import { remapRequests } from '../renames';
import { applyEdit, type ScenarioEdit } from '../scenarioEdits';
import type * as EngineModule from './cniEngine';
import type { CniCall, CniFollow } from './cniEngine';
import type { CniPlay } from './cniSlice';

type Engine = typeof EngineModule;
let engine: Promise<Engine> | null = null;

/** Loads the CNI code once (the simulation's sim/cni with it). */
export function loadCniEngine(): Promise<Engine> {
  engine ??= import('./cniEngine');
  return engine;
}

/** What one store keeps: the CNI state of each scenario it has shown, and the scenario last followed. */
interface Keeper {
  readonly engine: Engine;
  readonly states: WeakMap<Scenario, CniState>;
  last: Scenario;
}

const keepers = new WeakMap<AppStore, Promise<Keeper>>();

/** The state a scenario's cluster has: remembered (undo, redo), followed from the last one by ADD/DEL, or seeded afresh. */
function stateFor(k: Keeper, scenario: Scenario): CniState {
  const known = k.states.get(scenario);
  if (known) return known;
  const prev = k.states.get(k.last) ?? k.engine.seedCniState(k.last.cluster);
  const f = k.engine.followChange(k.last.cluster, prev, scenario.cluster);
  const ok =
    f && !k.engine.refusedFixed(f) && k.engine.mismatched(scenario.cluster, f.state).length === 0;
  const state = ok ? f.state : k.engine.seedCniState(scenario.cluster);
  k.states.set(scenario, state);
  return state;
}

/** Starts keeping the CNI state of a store's scenario (loading the CNI code once); resolves when it is kept. */
export function startCni(store: AppStore): Promise<Keeper> {
  let keeper = keepers.get(store);
  if (keeper) return keeper;
  const base = store.getState().scenario;
  keeper = loadCniEngine().then((e) => {
    const k: Keeper = { engine: e, states: new WeakMap(), last: base };
    k.states.set(base, e.seedCniState(base.cluster));
    const follow = (s: AppState) => {
      if (s.scenario === k.last && s.cniState) return;
      const cniState = stateFor(k, s.scenario);
      const changed = s.scenario !== k.last;
      k.last = s.scenario;
      // A trace belongs to the scenario it was played on: undo, redo or a new scenario end it.
      store.setState(changed ? { cniState, cniPlay: null } : { cniState });
    };
    store.subscribe((s, p) => {
      follow(s);
      // A packet shown takes the playback bar back.
      if (s.cniPlay && s.flows !== p.flows && s.flows.length > 0) store.setState({ cniPlay: null });
    });
    follow(store.getState());
    return k;
  });
  keepers.set(store, keeper);
  return keeper;
}

/** Shows one CNI call in the playback bar from its first step, playing unless told otherwise. */
export function playCall(
  store: AppStore,
  call: CniCall,
  cluster: ClusterSpec,
  playing = true,
): void {
  const play: CniPlay = {
    command: call.command,
    pod: call.pod,
    trace: call.outcome.trace,
    ...(call.outcome.result ? { result: call.outcome.result } : {}),
    ...(call.outcome.error ? { error: call.outcome.error } : {}),
    before: call.before,
    after: call.outcome.state,
    cluster,
  };
  store.setState({
    cniPlay: play,
    flows: [],
    activeFlow: 0,
    cursor: 0,
    playing,
    question: null,
  });
}

/** Edits that create or delete a pod's network: they go through CNI ADD/DEL. */
export const CNI_EDITS: ReadonlySet<ScenarioEdit['type']> = new Set([
  'addPod',
  'removePod',
  'movePod',
]);

/** The one call worth playing after an edit: a single ADD or DEL (a move makes two and plays none). */
function single(f: CniFollow | null): CniCall | undefined {
  return f?.calls.length === 1 ? f.calls[0] : undefined;
}

/**
 * Applies a pod edit through CNI: DEL and ADD follow it, the leased addresses stay the pods'
 * (written as fixed IPs where the derived order would differ), the result is validated and
 * committed undoably with its CNI state, and a single ADD or DEL is played. False when refused.
 */
export async function editWithCni(store: AppStore, edit: ScenarioEdit): Promise<boolean> {
  const k = await startCni(store);
  const s = store.getState();
  const from = s.scenario;
  const applied = applyEdit(from, edit);
  const renames = applied.renames;
  let scenario = applied.scenario;
  if (edit.type === 'movePod') {
    // A moved pod is a new sandbox on the other node: its old address does not go with it.
    const pods = scenario.cluster.pods.map((p, i) => {
      if (i !== edit.pod) return p;
      const { ip: _ip, ...rest } = p;
      return rest;
    });
    scenario = { ...scenario, cluster: { ...scenario.cluster, pods } };
  }
  const f = k.engine.followChange(from.cluster, stateFor(k, from), scenario.cluster);
  const pinned = f ? k.engine.pinAddresses(scenario, f.state) : scenario;
  const parsed = parseScenario(pinned);
  if (!parsed.ok) {
    s.rejectEdit(parsed.errors);
    return false;
  }
  k.states.set(parsed.scenario, f ? f.state : k.engine.seedCniState(parsed.scenario.cluster));
  store.getState().commitEdit(parsed.scenario, (flows) => remapRequests(renames, flows));
  const call = single(f);
  if (call && edit.type !== 'movePod')
    playCall(store, call, call.command === 'DEL' ? from.cluster : parsed.scenario.cluster);
  return true;
}

/**
 * Shows a CNI call a scenario was reached by (a lesson step's createPod/deletePod): once the store
 * shows `to`, its state becomes the call's outcome (when it agrees with the diagram) and it plays.
 */
export async function adoptCall(
  store: AppStore,
  to: Scenario,
  call: CniCall & { readonly cluster: ClusterSpec },
): Promise<void> {
  const k = await startCni(store);
  const state = call.outcome.state;
  if (store.getState().scenario !== to || k.engine.mismatched(to.cluster, state).length > 0) return;
  k.states.set(to, state);
  store.setState({ cniState: state });
  // Paused at its first step, as a lesson step's packet waits for Play.
  playCall(store, call, call.cluster, false);
}

/** Leaves the CNI trace: the playback bar is the packets' again. */
export function closeCniPlay(store: AppStore): void {
  store.setState({ cniPlay: null, playing: false, cursor: 0 });
}
