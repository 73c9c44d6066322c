/**
 * Starts the app on the prerendered start screen: it hydrates the markup it finds rather than replacing it, so the
 * page keeps its first paint. Loaded by `main.ts` once that screen has been painted.
 */
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './app';

const root = document.getElementById('root');
if (root) {
  hydrateRoot(
    root,
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
