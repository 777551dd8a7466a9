/**
 * `npx tsx scripts/render-icon.ts`: renders assets/icon.svg to the 1024×1024 assets/icon.png
 * that packaging uses (electron-builder derives the Windows .ico and the macOS .icns from a PNG
 * of at least 512 px). Run it after changing the SVG and commit both; the build never renders.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../e2e/harness/chromium';

const SIZE = 1024;
const svgPath = resolve('assets/icon.svg');
const pngPath = resolve('assets/icon.png');

// The SVG is drawn by Chromium as an <img> filling the whole viewport, on a transparent page,
// so the rounded corners stay transparent in the PNG.
const svg = readFileSync(svgPath, 'utf8');
const page = `<!doctype html><html><body style="margin:0;background:transparent">
<img alt="" width="${SIZE}" height="${SIZE}" style="display:block"
  src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`;

const browser = await launchChromium();
try {
  const tab = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  await tab.setContent(page);
  await tab.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  await tab.screenshot({ path: pngPath, omitBackground: true });
  console.log(`wrote ${pngPath} (${SIZE}×${SIZE}) from ${svgPath}`);
} finally {
  await browser.close();
}
