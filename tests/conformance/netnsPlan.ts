/** The namespace plan the suite builds: the same derivation as the app's shell recipe (src/scenario/export/netnsPlan.ts). */
export * from '../../src/scenario/export/netnsPlan';
