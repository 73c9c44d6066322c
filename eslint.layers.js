// The layer directions of ../shared/DESIGN.md, as lint rules: domain ← state ← features ← app.
// Kept in its own module so tests/lint/layers.test.ts can prove each direction is enforced.

const react = { regex: '^react(-dom)?(/|$)', message: 'This layer never imports React (DESIGN.md, layers).' };
const zustand = { regex: '^zustand(/|$)', message: 'Only src/state/ uses zustand (DESIGN.md, layers).' };
const intoFeatures = {
  regex: '(^|/)features(/|$)',
  message: 'Only src/app.tsx composes features (DESIGN.md, layers).',
};
const intoState = { regex: '(^|/)state(/|$)', message: 'This layer never imports the store (DESIGN.md, layers).' };
const intoUi = { regex: '(^|/)ui(/|$)', message: 'This layer never imports UI pieces (DESIGN.md, layers).' };
const intoApp = { regex: '(^|/)app(\\.tsx?)?$', message: 'Nothing imports the app shell (DESIGN.md, layers).' };

const buildOnly = {
  regex: '(^|/)practice/(config|vite-plugin|theme|contrast)(\\.ts)?$',
  message:
    'The practice configuration is checked at build time: the app imports `practice/practice` (virtual:practice).',
};

const restrict = (...patterns) => ['error', { patterns }];

/**
 * The engine's derivations: what the recommendation, the plan, the due check-ins and the history are, from the
 * timeline. Only src/state/derived.ts calls them, with the practice's guide (docs/decisions/011); screens read its
 * selectors. Their types, and the engine's other functions (checking a move, the choices in a range), are fine.
 */
const DERIVATIONS = {
  recommend: ['recommend', 'recommendFromState'],
  'check-ins': ['planFor', 'dueCheckIns'],
  plan: ['buildPlan'],
  timeline: ['readTimeline', 'eventsOf', 'createTimelineReader', 'draftForRetake'],
  history: ['replayTimeline'],
  'calendar-sync': ['isCalendarBehind'],
};
const derivations = Object.entries(DERIVATIONS).map(([module, importNames]) => ({
  regex: `(^|/)domain/${module}$`,
  importNames,
  message:
    'Screens read what is derived from src/state/derived.ts, which applies the practice’s guide once (docs/decisions/011).',
}));

/** @type {import('eslint').Linter.Config[]} */
export const layers = [
  {
    name: 'layers/domain',
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict({
        regex: '^(?!zod(/|$)|\\./)',
        message: 'src/domain/ is pure: it imports zod and its own modules only (DESIGN.md, layers).',
      }),
      'no-restricted-globals': [
        'error',
        ...['Date', 'window', 'document', 'localStorage', 'sessionStorage', 'fetch', 'navigator', 'crypto'].map(
          (name) => ({
            name,
            message: 'src/domain/ is pure: no clock, no I/O, no randomness (docs/rules.md, rule 8).',
          }),
        ),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'src/domain/ is pure: no randomness (docs/rules.md, rule 8).' },
      ],
    },
  },
  {
    name: 'layers/state',
    files: ['src/state/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(react, intoFeatures, intoUi, intoApp) },
  },
  {
    name: 'layers/i18n',
    files: ['src/i18n/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(react, zustand, intoState, intoFeatures, intoUi, intoApp) },
  },
  {
    name: 'layers/ui',
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(zustand, {
        regex: '^\\.\\./',
        message: 'src/ui/ holds shared presentational pieces: nothing app-specific (DESIGN.md, layers).',
      }),
    },
  },
  {
    // The practice as the browser sees it (plain data, the guide narrowed by it), and the embed's height reporter.
    name: 'layers/practice',
    files: [
      'src/practice/practice.ts',
      'src/practice/practice-guide.ts',
      'src/practice/booking.ts',
      'src/embed/**/*.ts',
    ],
    rules: { 'no-restricted-imports': restrict(react, zustand, intoState, intoFeatures, intoUi, intoApp, buildOnly) },
  },
  {
    name: 'layers/features',
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        zustand,
        intoApp,
        buildOnly,
        {
          // From src/features/a/, `../b/…` reaches into another feature; `../../domain/…` is fine.
          regex: '^\\.\\./(?!\\.\\./)',
          message: 'A feature never imports another feature’s internals (DESIGN.md, layers).',
        },
        ...derivations,
      ),
    },
  },
  {
    name: 'layers/app',
    files: ['src/app.tsx'],
    rules: {
      'no-restricted-imports': restrict(zustand, buildOnly, {
        regex: '^\\./domain(/|$)',
        message: 'src/app.tsx composes features; it reads the store only to choose the screen (DESIGN.md, layers).',
      }),
    },
  },
];
