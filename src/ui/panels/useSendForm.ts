/** The send form's state, shared by the send panel and the inspector's "send from/to here": it changes only by the learner's hand. */
import { useState } from 'react';
import type { Scenario } from '../../scenario/types';
import { defaultRequest, formFromRequest, keepChoices, type SendForm } from './sendForm';

const EMPTY: SendForm = { from: '', to: 'localhost', ip: '', protocol: 'TCP', port: '' };

/** The default form for a scenario: its first packet, or a sensible first request. */
export function initialForm(scenario: Scenario): SendForm {
  const req = defaultRequest(scenario.cluster, scenario.packets);
  return req ? formFromRequest(req) : EMPTY;
}

/** What the hook remembers between renders. */
interface FormState {
  /** The scenario the form was last checked against. */
  readonly scenario: Scenario;
  /** The form shown. */
  readonly form: SendForm;
  /** Whether the learner has chosen anything (until then the form shows each scenario's first packet). */
  readonly chosen: boolean;
}

/** The state for a new scenario: the learner's choices kept (those it no longer has reset, and said), or its first packet when nothing was chosen. */
export function nextFormState(prev: FormState, scenario: Scenario): FormState {
  if (!prev.chosen) return { scenario, form: initialForm(scenario), chosen: false };
  // Packets added for a link, a new title: the cluster is the same, so every choice still fits.
  if (prev.scenario.cluster === scenario.cluster) return { ...prev, scenario };
  return {
    scenario,
    form: keepChoices(prev.form, scenario.cluster, initialForm(scenario)),
    chosen: true,
  };
}

/** Form state that keeps the learner's choices across sends, playback, languages and scenarios that still have them. */
export function useSendForm(scenario: Scenario): [SendForm, (f: SendForm) => void] {
  const [state, setState] = useState<FormState>(() => ({
    scenario,
    form: initialForm(scenario),
    chosen: false,
  }));
  let current = state;
  if (state.scenario !== scenario) {
    current = nextFormState(state, scenario);
    setState(current);
  }
  // A change by the learner is a choice, and it replaces any note about a reset.
  const setForm = (form: SendForm) => {
    const { reset: _reset, ...chosen } = form;
    setState({ scenario, form: chosen, chosen: true });
  };
  return [current.form, setForm];
}
