/**
 * The atlas on a machine without any system CJK font: Chromium gets a fontconfig that lists only Latin fonts,
 * so every Chinese character on the page and on the map must come from the shipped Noto Sans SC.
 * The screenshot (screenshots/atlas-no-system-cjk.png) is there to be looked at: characters, not boxes.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser.ts';
import { DIST, readDist } from './atlasData.ts';
import { serveStatic, type StaticServer } from './server.ts';

const SHOTS = new URL('./screenshots/', import.meta.url).pathname;

/** A fontconfig file listing the folders of the system's non-CJK fonts only. */
function latinOnlyFontconfig(): string {
  const files = execSync('fc-list : file family', { encoding: 'utf8' }).split('\n')
    .filter((l) => l.trim() && !/CJK|Han Sans|WenQuanYi|Droid Sans Fallback/i.test(l)).map((l) => l.split(':')[0]);
  const dirs = [...new Set(files.map((f) => dirname(f)))];
  if (!dirs.length) throw new Error('no Latin system font to start Chromium with');
  const dir = mkdtempSync(join(tmpdir(), 'nocjk-'));
  const conf = join(dir, 'fonts.conf');
  writeFileSync(conf, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>${dirs.map((d) => `<dir>${d}</dir>`).join('')}<cachedir>${dir}/cache</cachedir></fontconfig>\n`);
  return conf;
}

let server: StaticServer;
let browser: Browser;
const data = readDist();

beforeAll(async () => {
  server = await serveStatic(DIST);
  const FONTCONFIG_FILE = latinOnlyFontconfig();
  browser = await launch({ env: { ...process.env, FONTCONFIG_FILE } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('without system CJK fonts', () => {
  it('has no CJK system font (else the next test would prove nothing)', async () => {
    const page = await browser.newPage();
    await page.setContent('<p>x</p>');
    // '盟' drawn with the system fonts looks exactly like a character no font has (U+E000) when there is no CJK font.
    const sameAsMissing = await page.evaluate(() => {
      const draw = (ch: string) => {
        const c = document.createElement('canvas');
        c.width = 60; c.height = 60;
        const g = c.getContext('2d')!;
        g.font = '40px sans-serif';
        g.fillText(ch, 5, 45);
        return Array.from(g.getImageData(0, 0, 60, 60).data).join(',');
      };
      return draw('盟') === draw('\uE000');
    });
    expect(sameAsMissing).toBe(true);
    await page.close();
  });

  it('still renders the page and map labels in Chinese with the shipped font', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}?region=152200000000`);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 45_000 });
    await page.evaluate(() => window.nmgAtlas!.setState({}));
    const title = await page.locator('#app-title').textContent();
    const leagues = data.leagues.features.map((f) => f.properties.name).join('');
    // The fonts Chromium actually drew the title with: every glyph from the shipped Noto Sans SC.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#app-title' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatchObject({ familyName: expect.stringMatching(/^Noto Sans SC/), isCustomFont: true });
    expect(await page.evaluate((t) => document.fonts.check('16px "Noto Sans SC"', t), `${title}${leagues}`)).toBe(true);
    expect(await page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('Noto Sans SC') && f.status === 'loaded').length)).toBeGreaterThan(1);
    await page.screenshot({ path: `${SHOTS}atlas-no-system-cjk.png` });
    await page.close();
  });

  it('puts the list\'s first rows in only once the font slices of their text are in, so they are laid out once', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // At the moment the first rows enter the page: whether the shipped font already covers their text.
    await page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        const rows = [...document.querySelectorAll('#list .atlas-list__row')];
        if (!rows.length) return;
        seen.disconnect();
        const text = rows.map((r) => r.textContent).join('');
        (window as unknown as { __rowsIn: unknown }).__rowsIn = { n: rows.length, covered: document.fonts.check('16px "Noto Sans SC"', text) };
      });
      document.addEventListener('DOMContentLoaded', () => seen.observe(document.body, { childList: true, subtree: true }));
    });
    await page.goto(server.url);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 45_000 });
    const rowsIn = await page.evaluate(() => (window as unknown as { __rowsIn: unknown }).__rowsIn);
    expect(rowsIn).toEqual({ n: data.initiatives.length, covered: true });
    await page.close();
  });
});
