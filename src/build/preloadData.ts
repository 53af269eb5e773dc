/**
 * A Vite plugin that lets each built page fetch its first-view data while its scripts load: a preload link per file
 * (as=fetch with crossorigin, which is what a plain same-origin fetch() asks for, so the browser reuses the response).
 */
import type { Plugin } from 'vite';
import { FIRST_VIEW_FILES } from '../contract/firstView.ts';

export function preloadDataPlugin(): Plugin {
  // The data folder sits under the site's base, as the app's DATA_BASE (load.ts) reads it.
  let base = './';
  return {
    name: 'nmg-atlas-preload-data',
    apply: 'build',
    configResolved: (c) => { base = c.base; },
    transformIndexHtml: () => Object.values(FIRST_VIEW_FILES).map((f) => ({
      tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `${base}data/${f}` }, injectTo: 'head' as const,
    })),
  };
}
