/**
 * `npx tsx scripts/readme-screenshots.ts`: the README's pictures from the built app (run `npm run build` first):
 * the overview, a league selected, and the phone layout.
 */
import { join } from 'node:path';
import { launch, openAtlas } from '../test/browser/browser.ts';
import { serveStatic } from '../test/browser/server.ts';

const OUT = 'public/readme';
const server = await serveStatic('dist');
const browser = await launch();
try {
  const shots: [string, string, { width: number; height: number }, boolean][] = [
    ['atlas-overview.png', '', { width: 1280, height: 800 }, false],
    ['atlas-region.png', '?region=152200000000', { width: 1280, height: 800 }, false],
    ['atlas-phone.png', '', { width: 390, height: 844 }, true],
  ];
  for (const [file, query, viewport, touch] of shots) {
    const { page } = await openAtlas(browser, server.url + query, viewport, touch);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(OUT, file) });
    await page.close();
    console.log(`screenshot: ${join(OUT, file)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
