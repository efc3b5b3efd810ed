/** The kernel switches a case sets: the same derivation as the app's shell recipe (src/scenario/export/kernelSettings.ts). */
export * from '../../src/scenario/export/kernelSettings';
