import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The Content-Security-Policy of RELIABILITY.md ("The page"): nothing but the app's own files, no inline script
 * or style, no plugins, no base or form targets. Production builds only: the dev server injects an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    // Right after the charset, before anything the policy governs.
    transformIndexHtml: (html) =>
      html.replace(
        /<meta charset="UTF-8" \/>/,
        (charset) =>
          `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/**
 * Puts the start screen's HTML into the built `index.html`, so a first visit sees the heading and introduction
 * before any JavaScript runs (issue 4); the app renders the same markup over it, so nothing moves.
 */
function prerenderStartScreen(): Plugin {
  return {
    name: 'prerender-start-screen',
    apply: 'build',
    async transformIndexHtml(html) {
      const server = await createServer({
        configFile: false,
        plugins: [react()],
        server: { middlewareMode: true, hmr: false },
        appType: 'custom',
        logLevel: 'error',
      });
      try {
        const module = (await server.ssrLoadModule('/src/prerender.tsx')) as { renderStartScreen: () => string };
        return html.replace('<div id="root"></div>', `<div id="root">${module.renderStartScreen()}</div>`);
      } finally {
        await server.close();
      }
    },
  };
}

/** Build settings shared with the bare React baseline (`bench/baseline/`), so `npm run size` compares like with like. */
export const BUILD_OPTIONS = {
  // Inlined data: URIs would be blocked by the strict CSP's img-src 'self'.
  assetsInlineLimit: 0,
  target: 'es2022',
} as const;

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), prerenderStartScreen()],
  build: BUILD_OPTIONS,
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'tests/domain/**/*.test.ts',
            'tests/state/**/*.test.ts',
            'tests/i18n/**/*.test.ts',
            'tests/lint/**/*.test.ts',
          ],
          exclude: ['tests/domain/time-zones.test.ts'],
        },
      },
      {
        // Run by `npm run test:time-zones` once per TZ, each in its own process.
        extends: true,
        test: { name: 'time-zones', environment: 'node', include: ['tests/domain/time-zones.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
    ],
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
