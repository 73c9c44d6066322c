// What a first visit loads, as a lint rule (docs/decisions/003): the files below are the start screen and the
// questions, and they may import, for what runs, only each other and the packages below. Everything else (the
// result, the plan, history, validation with zod) loads with import() when it is needed. A newcomer who writes such
// an import in one of these files learns it here rather than from a failing `npm run size`.
// tests/lint/first-visit.test.ts proves the rule and checks this list against the code's import graph.
import { existsSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

/** Every file whose code a first visit runs: `src/main.ts`, then `src/start.tsx` and what it imports. */
export const FIRST_VISIT = [
  // The page's own script, and the app it starts after the first paint.
  'src/main.ts',
  'src/ui/after-first-paint.ts',
  'src/start.tsx',
  'src/app.tsx',
  // The start screen, the questions and the review.
  'src/features/start/start-screen.tsx',
  'src/features/language/language-picker.tsx',
  'src/features/plan/shared-link.ts',
  'src/features/questionnaire/questionnaire.tsx',
  'src/features/questionnaire/question-screen.tsx',
  'src/features/questionnaire/questions.ts',
  'src/ui/choice-cards.tsx',
  'src/ui/error-boundary.tsx',
  'src/ui/error-summary.tsx',
  'src/ui/progress-bar.tsx',
  'src/ui/use-hydrated.ts',
  'src/ui/use-screen-focus.ts',
  // The store, and what it reads and writes before validation has loaded.
  'src/state/planner-store.ts',
  'src/state/use-planner.ts',
  'src/state/safe-storage.ts',
  'src/state/saved-shape.ts',
  'src/state/load-validation.ts',
  'src/state/language.ts',
  'src/state/language-choice.ts',
  'src/state/app-update.ts',
  'src/state/go-back.ts',
  'src/state/today.ts',
  'src/practice/practice.ts',
  // The questionnaire's flow and the guide's ids, free of zod.
  'src/domain/questionnaire.ts',
  'src/domain/answer-options.ts',
  'src/domain/iso-date.ts',
  'src/domain/entry-order.ts',
  'src/domain/share-key.ts',
  // The questions' words in English; other languages load when chosen.
  'src/i18n/en.ts',
  'src/i18n/catalogs.ts',
  'src/i18n/languages.ts',
  'src/i18n/translate.ts',
  'src/i18n/warm-up-intl.ts',
];

/** The packages those files may import. Not zod: about 8 KB gzipped, and the first question validates nothing. */
export const FIRST_VISIT_PACKAGES = [
  'react',
  'react/jsx-runtime',
  'react-dom/client',
  'zustand',
  'zustand/middleware',
  'zustand/vanilla',
  'virtual:practice',
];

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The project file (relative to the root, with `/`) an import names, or null for a package's. */
export function resolveModule(fromFile, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = normalize(join(dirname(fromFile), specifier));
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && !candidate.endsWith('/')) return candidate.split('\\').join('/');
  }
  return base.split('\\').join('/');
}

const firstVisitFiles = new Set(FIRST_VISIT);

const typeOnly = (node) =>
  node.importKind === 'type' ||
  node.exportKind === 'type' ||
  (node.specifiers?.length > 0 &&
    node.specifiers.every((specifier) => specifier.importKind === 'type' || specifier.exportKind === 'type'));

/** @type {import('eslint').Rule.RuleModule} */
const onlyFirstVisitImports = {
  meta: {
    type: 'problem',
    docs: { description: 'The first visit imports only what the start screen and the questions need.' },
    messages: {
      later:
        '{{specifier}} is not part of the first visit (docs/decisions/003). Load it with import() where it is needed; if every visitor needs it before the first question, add it to FIRST_VISIT in eslint.first-visit.js and check `npm run size`.',
      zod: 'zod (about 8 KB gzipped) is not part of the first visit (docs/decisions/003): validation loads with loadValidation() in src/state/load-validation.ts.',
      package:
        '{{specifier}} is not part of the first visit (docs/decisions/003). Load it with import(), or add it to FIRST_VISIT_PACKAGES in eslint.first-visit.js and check `npm run size`.',
    },
    schema: [],
  },
  create(context) {
    const file = relative(context.cwd, context.filename).split('\\').join('/');
    if (!firstVisitFiles.has(file)) return {};
    const check = (node) => {
      if (!node.source || typeOnly(node)) return;
      const specifier = String(node.source.value);
      const resolved = resolveModule(file, specifier);
      if (resolved === null) {
        if (FIRST_VISIT_PACKAGES.includes(specifier)) return;
        const zod = specifier === 'zod' || specifier.startsWith('zod/');
        context.report({ node: node.source, messageId: zod ? 'zod' : 'package', data: { specifier } });
      } else if (!firstVisitFiles.has(resolved)) {
        context.report({ node: node.source, messageId: 'later', data: { specifier } });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

/** @type {import('eslint').Linter.Config[]} */
export const firstVisit = [
  {
    name: 'first-visit',
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'first-visit': { rules: { 'only-first-visit-imports': onlyFirstVisitImports } } },
    rules: { 'first-visit/only-first-visit-imports': 'error' },
  },
];
