/**
 * The entry: once the prerendered start screen has been painted, the app. Fetching and running the app only after
 * that first frame means the first paint never waits for script, on any connection (docs/decisions/003). The pages
 * link the stylesheet themselves; the build puts it inside them (`inlineStylesAndPolicy` in vite.config.ts).
 */
requestAnimationFrame(() => {
  setTimeout(() => {
    void import('./start');
  }, 0);
});
