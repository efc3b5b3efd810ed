/** The send form's state, shared by the send panel and the inspector's "send from/to here". */
import { useState } from 'react';
import type { Scenario } from '../../scenario/types';
import { defaultRequest, formFromRequest, type SendForm } from './sendForm';

const EMPTY: SendForm = { from: '', to: 'localhost', ip: '', protocol: 'TCP', port: '' };

/** The default form for a scenario: its first packet, or a sensible first request. */
export function initialForm(scenario: Scenario): SendForm {
  const req = defaultRequest(scenario.cluster, scenario.packets);
  return req ? formFromRequest(req) : EMPTY;
}

/** Form state that starts over whenever the scenario changes. */
export function useSendForm(scenario: Scenario): [SendForm, (f: SendForm) => void] {
  const [state, setState] = useState(() => ({ scenario, form: initialForm(scenario) }));
  if (state.scenario !== scenario) {
    const next = { scenario, form: initialForm(scenario) };
    setState(next);
    return [next.form, (form) => setState({ scenario, form })];
  }
  return [state.form, (form) => setState({ scenario, form })];
}
