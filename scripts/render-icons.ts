// Renders assets/icon.svg to the PNG sizes the manifests use, with the system
// Chromium. Run after editing the SVG: `npx vite-node scripts/render-icons.ts`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './harness/browsers';

const svg = readFileSync(resolve('assets/icon.svg'), 'utf8');
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  for (const size of [16, 32, 48, 128]) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
    );
    await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  }
} finally {
  await browser.close();
}
