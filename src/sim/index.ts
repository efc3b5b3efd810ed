/** The simulation's public surface: cluster and trace types, address math, network derivation and tracing. */
export type * from './types';
export type * from './networkTypes';
export type * from './traceTypes';
export * from './ipv4';
