/**
 * The entry: once the prerendered start screen's first paint has been reported, the app. Fetching and running the
 * app only after that paint means it never waits for script, on any connection (docs/decisions/003 and 010). The
 * pages link the stylesheet themselves; the build puts it inside them (`inlineStylesAndPolicy` in vite.config.ts).
 */
import { afterFirstPaint } from './ui/after-first-paint';

afterFirstPaint(() => {
  void import('./start');
});
