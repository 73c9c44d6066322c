/**
 * The page's inline script (docs/decisions/014), run by the browser as it reads the page, right after the
 * prerendered start screen and before anything is painted: it shows that screen in the visitor's language and
 * holds any press until the app runs. Small on purpose: the build inlines it, and the CSP allows it by its hash.
 */
import { startingLanguage } from './state/language-choice';
import { holdEarlyPresses } from './ui/early-presses';
import { showPrerenderedLanguage } from './ui/prerendered-language';

const root = document.getElementById('root');
if (root !== null) {
  showPrerenderedLanguage(root, startingLanguage());
  holdEarlyPresses(root);
}
