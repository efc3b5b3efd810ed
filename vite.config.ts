/** Vite build and dev server: React, Tailwind, relative base so dist/ works from any sub-path. */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

const ZOOM_INTERRUPT = '\0d3-transition-for-d3-zoom';

/**
 * d3-zoom imports d3-transition only to interrupt running transitions (and, for an animated
 * double-click zoom, to start one). The diagram turns double-click zoom off and never zooms
 * through a transition, so d3-zoom gets d3-transition's own interrupt (copied from v3.0.2, ISC)
 * instead of the whole package with d3-color and the string/transform interpolators (~4 KB
 * gzip of initial JS). Code that imports 'd3-transition' itself still gets the real package,
 * which installs the same selection.interrupt; re-enabling d3-zoom's double-click zoom needs
 * `import 'd3-transition'` next to it.
 */
function d3ZoomInterruptOnly(): Plugin {
  return {
    name: 'd3-zoom-interrupt-only',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'd3-transition' && importer?.includes('/node_modules/d3-zoom/'))
        return ZOOM_INTERRUPT;
      return null;
    },
    load(id) {
      if (id !== ZOOM_INTERRUPT) return null;
      return `import { selection } from 'd3-selection';
const STARTING = 2, ENDING = 5, ENDED = 6;
export function interrupt(node, name) {
  var schedules = node.__transition, schedule, active, empty = true, i;
  if (!schedules) return;
  name = name == null ? null : name + "";
  for (i in schedules) {
    if ((schedule = schedules[i]).name !== name) { empty = false; continue; }
    active = schedule.state > STARTING && schedule.state < ENDING;
    schedule.state = ENDED;
    schedule.timer.stop();
    schedule.on.call(active ? "interrupt" : "cancel", node, node.__data__, schedule.index, schedule.group);
    delete schedules[i];
  }
  if (empty) delete node.__transition;
}
selection.prototype.interrupt ??= function (name) {
  return this.each(function () { interrupt(this, name); });
};
`;
    },
  };
}

/**
 * d3-interpolate's bundle builds its colour and transform interpolators at the top level
 * (`var rgb = (function rgbGamma(y) {…})(1)`), calls a bundler must keep unless told they are
 * pure. They are: marking them lets a build that only uses interpolateZoom drop d3-color.
 */
function d3InterpolatePure(): Plugin {
  return {
    name: 'd3-interpolate-pure',
    transform(code, id) {
      if (!id.includes('/node_modules/d3-interpolate/')) return null;
      return code.replace(/^(var [\w$]+ = )(?=\(function|[\w$]+\()/gm, '$1/* @__PURE__ */ ');
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [d3ZoomInterruptOnly(), d3InterpolatePure(), react(), tailwindcss()],
  build: { target: 'es2022', sourcemap: false },
});
