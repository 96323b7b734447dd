// Draws the installable app's icons (public/icons/*.png) from the favicon's design with the system Chromium.
// Run once after changing the design: `node apps/web/scripts/icons.mjs`; the PNGs are committed.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const dir = path.join(import.meta.dirname, '..', 'public', 'icons');
const svg = (rx, inset) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="${rx}" fill="#1f4e9c"/>` +
  `<g transform="translate(${inset} ${inset}) scale(${(64 - 2 * inset) / 64})">` +
  '<path d="M16 16h32v32H16z" fill="none" stroke="#fff" stroke-width="4"/>' +
  '<path d="M32 16v32M16 32h32" stroke="#fff" stroke-width="3" opacity=".7"/>' +
  '<circle cx="32" cy="32" r="5" fill="#f5b400"/></g></svg>';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
fs.mkdirSync(dir, { recursive: true });
for (const [name, size, rx, inset] of [
  ['icon-192.png', 192, 14, 0],
  ['icon-512.png', 512, 14, 0],
  // maskable: full bleed, the drawing inside the 80 % safe zone
  ['maskable-512.png', 512, 0, 8],
]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg(rx, inset).replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: path.join(dir, name), omitBackground: true });
  await page.close();
}
await browser.close();
