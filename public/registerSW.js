// Registers the offline service worker (sw.js, written by vite-plugin-pwa at build time) once the
// page has loaded; relative to the page, so it works under any sub-path. A browser that refuses
// (private mode, service workers disabled) simply stays online-only.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {});
  });
}
