/** Bench: the production build's initial JS and CSS, gzip-compressed, as the browser first loads them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Sizes in bytes of what index.html loads before any lazy chunk. */
export interface BundleSizes {
  readonly jsGzip: number;
  readonly cssGzip: number;
  readonly lazyJsGzip: number;
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Measures the initial JS (entry + modulepreloads) and CSS of a build folder. */
export function measureBundle(outDir: string, allJs: readonly string[]): BundleSizes {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
  const initialJs = refs.filter((r) => r.endsWith('.js'));
  const css = refs.filter((r) => r.endsWith('.css'));
  const sum = (xs: readonly string[]) => xs.reduce((n, r) => n + gz(join(outDir, r)), 0);
  const lazy = allJs.filter((f) => !initialJs.includes(f));
  return { jsGzip: sum(initialJs), cssGzip: sum(css), lazyJsGzip: sum(lazy) };
}
