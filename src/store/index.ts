/** The store barrel. */
export * from './createAppStore';
