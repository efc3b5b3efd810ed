/** The scenario format's public surface: schema, validation, migrations, presets and codecs. */
export * from './types';
export * from './limits';
export * from './errors';
export * from './schema';
export { parseScenario, scenarioWarnings, type ParseResult } from './validate';
export * from './migrations';
export * from './addressing';
export * from './presets';
export { defaultScenario } from './defaultScenario';
export * from './compact';
export * from './share';
export * from './file';
export * from './storage';
