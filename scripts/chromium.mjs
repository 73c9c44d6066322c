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
