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
    // No dependency lists for lazy chunks in the first chunk (they cost 1.8 KB gzip of it): a lazy
    // chunk's own imports load when it does, and once the service worker has precached the build
    // (in the background after the first load) every chunk comes from the cache anyway.
    modulePreload: false,
    rolldownOptions: {
      // Everything the first view imports statically in one chunk: otherwise modules that lazy
      // chunks share with it are split into many tiny chunks, each costing a request and gzip overhead.
      output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
    },
  },
});
