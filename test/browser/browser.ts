/**
 * Headless Chromium for the browser tests: the system browser when there is one, otherwise the Chromium that the
 * @sparticuz/chromium devDependency ships (so `npm ci && npm test` needs no apt step), with every request recorded so
 * tests can prove the app stays on 127.0.0.1.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions, type Page } from 'playwright-core';

/** The system browser; CHROMIUM_PATH overrides it (a missing path makes the tests use the packaged one). */
export const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const COMMON_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/**
 * The packaged browser has no GPU stack of its own: WebGL 2 through SwiftShader. Its own default flags are left out
 * on purpose: --single-process breaks multi-page tests, and --disable-web-security would void the hardening tests.
 */
const PACKAGED_ARGS = ['--no-zygote', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'];

let packaged: Promise<string> | undefined;

/** Executable and flags of the browser the tests use; the packaged one is unpacked to the temp folder on first use. */
export async function chromiumOptions(): Promise<{ executablePath: string; args: string[] }> {
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, args: [...COMMON_ARGS, '--disable-gpu'] };
  packaged ??= import('@sparticuz/chromium').then((m) => m.default.executablePath());
  return { executablePath: await packaged, args: [...COMMON_ARGS, ...PACKAGED_ARGS] };
}

export async function launch(extra: Pick<LaunchOptions, 'env'> = {}): Promise<Browser> {
  return chromium.launch({ ...(await chromiumOptions()), ...extra });
}

export interface OpenedPage {
  page: Page;
  requests: string[];
  errors: string[];
}

/** Opens `url` in a new page (a touch phone when `touch`) and waits until `window.nmgAtlas` is ready (or the error view shows). */
export async function openAtlas(browser: Browser, url: string, viewport = { width: 1280, height: 800 }, touch = false): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport, ...(touch ? { hasTouch: true, isMobile: true } : {}) });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`); });
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.state === 'ready' || document.body.dataset.state === 'error', null, { timeout: 45_000 });
  return { page, requests, errors };
}
