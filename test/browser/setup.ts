/** Per-file setup of the browser tests (vitest hooks), kept apart from the server and browser helpers that benchmarks import too. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser.ts';
import { serveStatic, type StaticServer } from './server.ts';

/**
 * The browser tests' usual setup: beforeAll serves `dir` and launches Chromium, afterAll stops both; the returned
 * object holds them once the tests run.
 */
export function servedWithBrowser(dir: string): { server: StaticServer; browser: Browser } {
  const env = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    env.server = await serveStatic(dir);
    env.browser = await launch();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
