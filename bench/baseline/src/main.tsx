// The bare React 19 "hello world" the planner's first-visit budgets are measured against (npm run size,
// npm run lighthouse): built with the same Vite, plugin and settings as the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <h1>Hello world</h1>
    </StrictMode>,
  );
}
