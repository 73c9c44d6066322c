// node scripts/make-icons.mjs: draws the app's icons (public/icons/*.png) from scripts/icon.svg in Chromium, for
// the web app manifest and the page's favicon. Run again after changing the drawing; the PNGs are committed.
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const svg = readFileSync('scripts/icon.svg', 'utf8');
const executablePath = chromiumPath();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
mkdirSync('public/icons', { recursive: true });

/** `inset`: how much of the square the drawing fills; a maskable icon keeps it inside the central safe circle. */
async function draw(file, size, { inset = 1, background = 'transparent' } = {}) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const drawn = Math.round(size * inset);
  await page.setContent(
    `<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${background}">` +
      `<div style="width:${drawn}px;height:${drawn}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
  );
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: background === 'transparent' });
  await page.close();
}

// The page's favicon: a bitmap, because Chromium draws an SVG favicon by building a whole SVG document on the page's
// main thread (about 50 ms at 1× here, after the first paint, which Lighthouse counts as blocking time).
await draw('favicon-32.png', 32);
await draw('icon-192.png', 192);
await draw('icon-512.png', 512);
// Maskable: the accent fills the square (the platform cuts its own shape); the drawing sits in the safe zone.
await draw('icon-maskable-512.png', 512, { inset: 0.8, background: '#1f5f8b' });
await draw('apple-touch-icon-180.png', 180, { inset: 0.8, background: '#1f5f8b' });
await browser.close();
