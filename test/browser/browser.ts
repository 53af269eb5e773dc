/**
 * Headless Chromium for the browser tests (the system browser; never a downloaded one), with every request
 * recorded so tests can prove the app stays on 127.0.0.1.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM.executablePath, args: CHROMIUM.args });
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
