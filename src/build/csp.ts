/**
 * A Vite plugin that puts a Content Security Policy meta tag in every built page: only the site's own origin,
 * no inline script, no eval (MapLibre's worker is a same-origin file set with setWorkerUrl, so no blob: workers).
 */
import type { Plugin } from 'vite';

/** The policy, one directive per entry; data: images only for MapLibre's control icons, which its CSS inlines. */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'worker-src': "'self'",
  'connect-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'style-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

export function cspContent(directives: Record<string, string> = CSP_DIRECTIVES): string {
  return Object.entries(directives).map(([k, v]) => `${k} ${v}`).join('; ');
}

/** Applies at build only: the dev server injects inline scripts for hot reload that the policy would block. */
export function cspPlugin(): Plugin {
  return {
    name: 'nmg-atlas-csp',
    apply: 'build',
    // Small font slices would be inlined as data: URLs, which font-src 'self' blocks: keep them as files.
    config: () => ({ build: { assetsInlineLimit: (file: string) => (/\.woff2?$/.test(file) ? false : undefined) } }),
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: cspContent() }, injectTo: 'head-prepend' }],
    },
  };
}
