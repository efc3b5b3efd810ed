/** The lesson format's public surface: schema, validation, the states of a lesson, its checks and predictions. */
export * from './types';
export * from './limits';
export * from './errors';
export * from './schema';
export { parseLesson, type LessonParseResult } from './validate';
export * from './states';
export * from './checks';
export { applyAction } from './actions';
export { elementIds } from './elements';
