/**
 * Build time only (see `prerenderStartScreen` in vite.config.ts): the start screen a first visit sees, as HTML, so
 * its heading and introduction show before any JavaScript has run. The app then hydrates that same markup, so
 * nothing is painted twice.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app';
import { plannerStore } from './state/use-planner';

export function renderStartScreen(embedded = false): string {
  // On the server there is no storage to read or complain about: a first visit's empty state.
  plannerStore.setState({ notices: [] });
  return renderToString(
    <StrictMode>
      <App embedded={embedded} />
    </StrictMode>,
  );
}
