/**
 * The entry: the stylesheet (inlined into the page at build time) and, once the prerendered start screen has been
 * painted, the app. Fetching and running the app only after that first frame means the first paint never waits
 * for script, on any connection (docs/decisions/003).
 */
import './styles.css';

requestAnimationFrame(() => {
  setTimeout(() => {
    void import('./start');
  }, 0);
});
