import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

// Elsewhere than here, Playwright's own browser, after `npx playwright install chromium`.
const chromium = chromiumPath();

/** A build of the app into a folder of its own, made with `env`, served on `port`. */
function buildOfItsOwn(outDir: string, port: number, env: Record<string, string>) {
  return {
    command: `npx vite build --outDir ${outDir} --emptyOutDir && npx vite preview --outDir ${outDir} --host 127.0.0.1 --port ${String(port)} --strictPort`,
    env,
    url: `http://127.0.0.1:${String(port)}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  };
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // The journeys scan every screen with axe; on a busy 2-core machine the longest take 25 to 35 s.
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: 'http://127.0.0.1:4173',
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      ...(chromium === undefined ? {} : { executablePath: chromium }),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      command: 'npm run build && npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
      url: 'http://127.0.0.1:4173',
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    // A practice's build (tests/e2e/practice/): its booking link, colours and ranges, and embedding.
    buildOfItsOwn('dist-practice', 4174, { PRACTICE_CONFIG: 'tests/e2e/practice/practice.config.json' }),
    {
      // A build of its own for the offline and update journeys, which publish a newer build into its folder.
      command: 'npx vite build --outDir dist-pwa --emptyOutDir && node tests/e2e/pwa/serve.mjs dist-pwa 4178',
      url: 'http://127.0.0.1:4178/',
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    // Pseudo-localised English where Spanish would be (tests/e2e/pseudo/), for the layout test at 320 px.
    buildOfItsOwn('dist-pseudo', 4179, { PSEUDO_LOCALE: '1' }),
    {
      // A practice's website on origins of its own, embedding that build with the README's snippet.
      command: 'node tests/e2e/practice/parent-server.mjs',
      url: 'http://127.0.0.1:4176/',
      reuseExistingServer: !process.env.CI,
    },
  ],
});
