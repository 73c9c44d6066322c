import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { build, createServer, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { practicePlugin } from './src/practice/vite-plugin.ts';
import { prerenderedTemplateId } from './src/ui/prerendered-language.ts';
import { pseudoLocalePlugin } from './tests/e2e/pseudo/pseudo-locale.ts';

/**
 * The Content-Security-Policy of RELIABILITY.md ("The page"): nothing but the app's own files, no plugins, no base
 * or form targets, no inline script but the page's own. The one inline style and the one inline script allowed are
 * the app's own stylesheet and `src/boot.ts`, by their hashes.
 */
export function contentSecurityPolicy(
  styleHashes: readonly string[] = [],
  scriptHashes: readonly string[] = [],
): string {
  return [
    "default-src 'none'",
    ["script-src 'self'", ...scriptHashes.map((hash) => `'sha256-${hash}'`)].join(' '),
    ["style-src 'self'", ...styleHashes.map((hash) => `'sha256-${hash}'`)].join(' '),
    "img-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * Production builds only (the dev server injects an inline script): puts the stylesheet inside the page, so the
 * first paint waits for no second request, and the policy, which allows that stylesheet by its SHA-256 hash.
 *
 * Vite counts a page's stylesheet as its script's, and so as something every chunk importing from that script
 * must load first: its loader added the file to the page again when they loaded (a second parse of the whole
 * stylesheet and a restyle of the whole page, once after the app had started and again on reaching the plan).
 * Once the pages carry it, it is no chunk's any more, and its file leaves the build. `enforce: 'post'` runs
 * `generateBundle` after Vite has written the pages and before it lists what each chunk loads.
 */
function inlineStylesAndPolicy(): Plugin {
  const inlined = new Set<string>();
  return {
    name: 'inline-styles-and-content-security-policy',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const fileName of inlined) output.viteMetadata?.importedCss.delete(fileName);
      }
      for (const fileName of inlined) Reflect.deleteProperty(bundle, fileName);
    },
    writeBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const stale = [...inlined].find((fileName) => output.code.includes(fileName));
        if (stale !== undefined) this.error(`${output.fileName} still loads ${stale}, which is inside the pages`);
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const hashes: string[] = [];
        let page = html;
        for (const [fileName, output] of Object.entries(context.bundle ?? {})) {
          if (output.type !== 'asset' || !fileName.endsWith('.css')) continue;
          const css = typeof output.source === 'string' ? output.source : Buffer.from(output.source).toString('utf8');
          const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${fileName.replace(/[.]/g, '\\.')}"[^>]*>`);
          if (!link.test(page)) continue;
          page = page.replace(link, () => `<style>${css}</style>`);
          inlined.add(fileName);
          hashes.push(createHash('sha256').update(css, 'utf8').digest('base64'));
        }
        // The page's own inline script (prerenderStartScreen), also by its hash.
        const scriptHashes = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) =>
          createHash('sha256')
            .update(match[1] ?? '', 'utf8')
            .digest('base64'),
        );
        // Right after the charset, before anything the policy governs.
        return page.replace(
          /<meta charset="UTF-8" \/>/,
          (charset) =>
            `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes, scriptHashes)}" />`,
        );
      },
    },
  };
}

/**
 * The page's inline script, `src/boot.ts` (docs/decisions/014), built on its own into one small function the page
 * runs as it reads it: no module, no request.
 */
async function buildBootScript(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ...BUILD_OPTIONS,
      write: false,
      minify: true,
      lib: { entry: 'src/boot.ts', formats: ['iife'], name: 'boot' },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) =>
    'output' in result ? result.output.filter((file) => file.type === 'chunk') : [],
  );
  if (chunks.length !== 1 || chunks[0] === undefined) throw new Error('src/boot.ts: expected one chunk');
  // Inside a <script> element, "</" could end it early.
  return chunks[0].code.trim().replace(/<\//g, '<\\/');
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Puts the start screen's HTML into the built `index.html`, so a first visit sees the heading and introduction
 * before any JavaScript has run (issue 4); the app renders the same markup over it, so nothing moves. English is the
 * page itself; every other language's start screen waits in a `<template>` for the inline script after it, which
 * shows the visitor's before the first paint and holds presses until the app runs (docs/decisions/014).
 */
function prerenderStartScreen(): Plugin {
  let boot: Promise<string> | null = null;
  return {
    name: 'prerender-start-screen',
    apply: 'build',
    async transformIndexHtml(html, context) {
      boot ??= buildBootScript();
      const embedded = context.path.endsWith('/embed.html');
      const server = await createServer({
        configFile: false,
        plugins: [react(), practicePlugin()],
        server: { middlewareMode: true, hmr: false },
        appType: 'custom',
        logLevel: 'error',
      });
      try {
        const module = (await server.ssrLoadModule('/src/prerender.tsx')) as {
          renderStartScreens: (embedded: boolean) => Promise<{ language: string; html: string; title: string }[]>;
        };
        const [english, ...others] = await module.renderStartScreens(embedded);
        if (english?.language !== 'en') throw new Error('prerender: English comes first, as the page itself');
        const templates = others
          .map(
            (screen) =>
              `<template id="${prerenderedTemplateId(screen.language)}" data-title="${escapeAttribute(screen.title)}">${screen.html}</template>`,
          )
          .join('');
        const script = await boot;
        return html.replace(
          '<div id="root"></div>',
          () => `<div id="root">${english.html}</div>${templates}<script>${script}</script>`,
        );
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

/**
 * Offline and installable (issue 8): a web app manifest, and a service worker (Workbox, through vite-plugin-pwa)
 * that precaches every file of the build, so a second visit works with no signal. A new version waits for the
 * person ("prompt"); the app registers the worker itself after it starts (`src/offline/`).
 */
function offline(): Plugin[] {
  // The manifest's link waits for the app (src/offline/): in the page's head, the browser fetched it while the
  // page loaded, and Lighthouse's simulated LCP moved from 790 to about 950 ms.
  const manifestLinkLater: Plugin = {
    name: 'manifest-link-later',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: { order: 'post', handler: (html) => html.replace(/\s*<link rel="manifest"[^>]*>/, '') },
  };
  return [
    ...VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['robots.txt', 'icons/*.png'],
      manifest: {
        name: 'Back massage planner',
        short_name: 'Massage plan',
        description: 'How often to book a back massage, and a plan that adapts as you check in.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#fdfcfa',
        theme_color: '#1f5f8b',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,html,svg,png,txt,webmanifest}'],
        // Any address of the app opens the app offline (a shared plan's link included: its plan is in the fragment).
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/embed\.html/],
        cleanupOutdatedCaches: true,
      },
    }),
    manifestLinkLater,
  ];
}

/**
 * What the app needs to start (`src/start.tsx` and everything it imports statically), as one chunk: left to itself,
 * the bundler cut it into eight files, shared with the screens that load later, and each file the loader asked for
 * cost the page's main thread a few milliseconds of its own, just after the first paint. The screens that load
 * later import what they share from this chunk, which is always in the page before them.
 */
const firstVisit = (() => {
  const modules = new Set<string>();
  const plugin: Plugin = {
    name: 'first-visit-chunk',
    apply: 'build',
    buildEnd() {
      const staticImports = (from: string) => {
        const found = new Set<string>();
        const visit = (id: string) => {
          if (found.has(id)) return;
          found.add(id);
          for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
        };
        const root = [...this.getModuleIds()].find((id) => id.endsWith(from));
        if (root === undefined) this.error(`first-visit-chunk: no module ${from} in the build`);
        visit(root);
        return found;
      };
      // Not what the page's own script imports (Vite's loader): that stays with it, or the page would load the
      // whole app before its first paint.
      const page = staticImports('/src/main.ts');
      modules.clear();
      for (const id of staticImports('/src/start.tsx')) if (!page.has(id)) modules.add(id);
    },
  };
  return { modules, plugin };
})();

/** The app, and the same app for a practice's page to embed (README, "Embed it"). */
const PAGES = { main: 'index.html', embed: 'embed.html' };

export default defineConfig({
  plugins: [
    react(),
    practicePlugin(),
    prerenderStartScreen(),
    inlineStylesAndPolicy(),
    firstVisit.plugin,
    offline(),
    // The layout test's build only (playwright.config.ts): pseudo-localised English where Spanish would be.
    process.env['PSEUDO_LOCALE'] === '1' ? pseudoLocalePlugin() : null,
  ],
  build: {
    ...BUILD_OPTIONS,
    modulePreload: false,
    rolldownOptions: {
      input: PAGES,
      output: {
        codeSplitting: {
          // Each of these modules' imports is one of them too, but for Vite's loader, which stays with the page's
          // script (see firstVisit).
          groups: [
            { name: 'start', test: (id: string) => firstVisit.modules.has(id), includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
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
            'tests/practice/**/*.test.ts',
            'tests/embed/**/*.test.ts',
            'tests/ui/**/*.test.ts',
            'tests/docs/**/*.test.ts',
          ],
          exclude: ['tests/domain/*time-zones.test.ts'],
        },
      },
      {
        // Run by `npm run test:time-zones` once per TZ, each in its own process.
        extends: true,
        test: { name: 'time-zones', environment: 'node', include: ['tests/domain/*time-zones.test.ts'] },
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
