/** Predict, then reveal: the public surface of the question generator. */
export * from './questions';
export { type Label, deviceLabel, ipLabel, macLabel, valueLabel } from './labels';
export { canAsk, decisionHop, hopOf, valueAt } from './truth';
