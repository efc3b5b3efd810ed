/** Vite plugin: a Workbox service worker (vite-plugin-pwa) so the app opens offline after one visit, from any host and sub-path. */
import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The service worker precaches the whole build — the shell, every lazy chunk (the Korean catalog,
 * the tracer, the editor …) and the JSON Schemas — and answers every navigation (a shared link, the
 * embed view) with index.html. All paths are relative to sw.js, so a copy of dist/ under any
 * sub-path caches itself. It is registered by public/registerSW.js, a deferred script file (the
 * Content-Security-Policy allows no inline script) outside the app's bundle. A new version waits
 * until every tab of the old one is closed: an open lesson keeps the chunks it was built with.
 */
export function offline(): PluginOption {
  return VitePWA({
    injectRegister: 'script-defer',
    registerType: 'prompt',
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{html,js,css,json}'],
      navigateFallback: 'index.html',
      // A shared link's view is in its fragment; the embed flag is the only query the app reads.
      ignoreURLParametersMatching: [/^embed$/, /^utm_/, /^fbclid$/],
      cleanupOutdatedCaches: true,
    },
  });
}
