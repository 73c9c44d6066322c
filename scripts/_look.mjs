import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '/work/main/scripts/chromium.mjs';
const server = await preview({ configFile: 'vite.config.ts', logLevel: 'warn', preview: { host: '127.0.0.1', port: 4179, strictPort: true } });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const state = JSON.parse(require('fs').readFileSync(process.env.STATE_FILE ?? '/tmp/scratch/state.json','utf8'));
const [w, h, scheme, media] = process.argv.slice(2);
const ctx = await browser.newContext({ viewport: { width: Number(w), height: Number(h) }, colorScheme: scheme });
const page = await ctx.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
await page.addInitScript((s) => { if (!localStorage.getItem('back-massage-planner')) localStorage.setItem('back-massage-planner', JSON.stringify({ state: s, version: 1 })); }, state);
await page.goto('http://127.0.0.1:4179/' + (process.env.HASH ?? ''));
await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
if (!process.env.HASH) {
await page.getByRole('button', { name: 'See your dates' }).click();
await page.getByRole('heading', { level: 1, name: 'Your plan' }).waitFor();
if (process.env.OPEN) await page.getByText('Change your plan').click();
} else await page.waitForTimeout(500);
if (media === 'print') await page.emulateMedia({ media: 'print' });
const height = await page.evaluate(() => document.documentElement.scrollHeight);
const parts = Number(process.env.PARTS ?? 3);
for (let i = 0; i < parts; i++) {
  const y = Math.floor((height / parts) * i);
  await page.screenshot({ path: `/tmp/scratch/shot-${i}.png`, fullPage: true, clip: { x: 0, y, width: Number(w), height: Math.ceil(height / parts) } });
}
console.log('height', height);
await browser.close(); await server.close();
