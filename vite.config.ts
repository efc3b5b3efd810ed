/** Vite build and dev server: React, Tailwind, relative base so dist/ works from any sub-path; the build works offline and carries a CSP. */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { contentSecurityPolicy } from './scripts/vite/contentSecurityPolicy.js';
import { offline } from './scripts/vite/offline.js';

export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss(), offline(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // index.html preloads what the entry imports, but the first chunk carries no dependency lists
    // for lazy chunks (they cost 1.8 KB gzip of it): a lazy chunk's own imports load when it does,
    // and once the service worker has precached the build (in the background after the first
    // load) every chunk comes from the cache anyway.
    modulePreload: {
      // Every browser the app supports preloads modules natively.
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
    rolldownOptions: {
      // Everything the first view imports statically in one chunk: otherwise modules that lazy
      // chunks share with it are split into many tiny chunks, each costing a request and gzip overhead.
      output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
    },
  },
});
