// Renders icon.svg to the PNG sizes the manifest names, with Debian Chromium: `node icons/render.mjs` (the PNGs are committed).
import { chromium } from 'playwright-core';
import { readFile, writeFile } from 'node:fs/promises';
import { chromiumPath } from '../test/e2e/browsers.mjs';

const svg = await readFile(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}">`,
  );
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  await writeFile(new URL(`./icon-${size}.png`, import.meta.url), png);
}
await browser.close();
console.log('wrote icons/icon-{16,32,48,128}.png');
