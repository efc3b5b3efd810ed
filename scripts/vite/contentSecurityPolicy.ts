/** Vite plugin: the built index.html carries a Content-Security-Policy that allows only the app's own scripts and styles. */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The policy, apart from the inline styles' hashes. A <meta> cannot carry frame-ancestors or
 * report-to: the page is a static site served by hosts we do not control, and the embed view must
 * stay framable. React sets style attributes through the CSSOM, which style-src does not govern.
 */
const BASE_POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // The favicon is `data:,` (no request at all).
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** The CSP source expression for an inline block's exact text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy text for a page whose inline <style> blocks are the given texts. */
export function policyFor(inlineStyles: readonly string[]): string {
  const directives = { ...BASE_POLICY, 'style-src': [...(BASE_POLICY['style-src'] ?? [])] };
  for (const css of inlineStyles) directives['style-src'].push(hashSource(css));
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Adds the policy to an HTML page, first in <head>; refuses pages with inline script or style attributes. */
export function withPolicy(html: string): string {
  if (/<script\b(?![^>]*\bsrc=)[^>]*>/i.test(html))
    throw new Error('index.html has an inline <script>: the CSP allows only script files');
  if (/<[a-z][^>]*\s(style|on[a-z]+)=/i.test(html))
    throw new Error('index.html has a style or event-handler attribute: the CSP would block it');
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(styles)}" />`;
  // Right after <meta charset>: a policy applies only to what the page lists after it.
  return html.replace(/(<meta charset[^>]*>)/i, `$1\n    ${meta}`);
}

/** The plugin: production builds only (the dev server injects inline scripts for hot reload). */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'pnl:content-security-policy',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: { order: 'post', handler: withPolicy },
  };
}
