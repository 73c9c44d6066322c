// The one place that knows how to start Chromium here, for Playwright, Lighthouse and the UI benchmark.
import { existsSync } from 'node:fs';

/**
 * Debian's Chromium where it is installed (test tools cannot download browsers on the build machines), any
 * Chromium named by CHROMIUM_PATH or CHROME_PATH, or undefined: then Playwright uses its own browser.
 */
export function chromiumPath() {
  return (
    process.env.CHROMIUM_PATH ??
    process.env.CHROME_PATH ??
    (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  );
}

/** Without the background-networking flags Chromium keeps trying to reach the (closed) network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The slow phone of issue 18, as DevTools emulates it: the CPU 4 times slower, 150 ms round trips, 1.6 Mbps down. */
export const SLOW_PHONE = { cpuSlowdown: 4, latency: 150, downloadMbps: 1.6, uploadMbps: 0.75 };

/**
 * Puts a Playwright page on the slow phone (DevTools protocol): for the UI benchmark's taps and the browser tests
 * of the first minute.
 * @param {import('@playwright/test').Page} page
 */
export async function emulateSlowPhone(page) {
  const client = await page.context().newCDPSession(page);
  await client.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
  await client.send('Network.enable');
  await client.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_PHONE.latency,
    downloadThroughput: (SLOW_PHONE.downloadMbps * 1024 * 1024) / 8,
    uploadThroughput: (SLOW_PHONE.uploadMbps * 1024 * 1024) / 8,
  });
}
