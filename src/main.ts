/**
 * The entry: the stylesheet (inlined into the page at build time) and, once the prerendered start screen has been
 * painted, the app. Fetching and running the app only after that first frame means the first paint never waits
 * for script, on any connection (docs/decisions/003).
 *
 * The prerendered screen is English. A visitor who reads another language the planner speaks is not shown it
 * meanwhile: it stays hidden until the app has replaced it in their language (docs/decisions/007).
 */
import './styles.css';
import { startingLanguage } from './state/language-choice';

if (startingLanguage() !== 'en') document.documentElement.dataset['translating'] = '';

requestAnimationFrame(() => {
  setTimeout(() => {
    void import('./start');
  }, 0);
});
