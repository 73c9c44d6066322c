import { ESLint } from 'eslint';
import { existsSync } from 'node:fs';
import tseslint from 'typescript-eslint';
import { expect, test } from 'vitest';
import { FIRST_VISIT, FIRST_VISIT_PACKAGES, firstVisit } from '../../eslint.first-visit.js';
import { staticClosure } from './import-graph';

// The TypeScript parser, as in eslint.config.js: it tells `import type` apart.
const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [{ languageOptions: { parser: tseslint.parser } }, ...firstVisit],
});

async function messagesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.message);
}

test.each([
  ['src/app.tsx', "import { ResultScreen } from './features/result/result-screen';", 'not part of the first visit'],
  ['src/state/planner-store.ts', "import { loadValidation } from './validation';", 'not part of the first visit'],
  ['src/features/questionnaire/question-screen.tsx', "export { x } from '../../domain/recommend';", 'first visit'],
  ['src/features/questionnaire/questions.ts', "import { z } from 'zod/mini';", 'loadValidation()'],
  ['src/domain/questionnaire.ts', "import { z } from 'zod';", 'loadValidation()'],
  ['src/i18n/translate.ts', "import { en } from './en-result';", 'FIRST_VISIT in eslint.first-visit.js'],
  ['src/start.tsx', "import { registerSW } from 'virtual:pwa-register';", 'FIRST_VISIT_PACKAGES'],
])('in %s, stops: %s', async (filePath, code, says) => {
  const messages = await messagesFor(filePath, code);
  expect(messages).toHaveLength(1);
  expect(messages[0]).toContain(says);
});

test.each([
  // What loads later may be named for its types, and loaded with import().
  ['src/app.tsx', "import type { Recommendation } from './domain/recommend';"],
  ['src/app.tsx', "import { type Recommendation } from './domain/recommend';"],
  ['src/app.tsx', "const ResultScreen = lazy(() => import('./features/result/result-screen'));"],
  ['src/state/planner-store.ts', "import { isoDateOf } from '../domain/iso-date'; import { create } from 'zustand';"],
  // Screens that load later import what they like.
  ['src/features/result/result-screen.tsx', "import { z } from 'zod/mini'; import { x } from '../../domain/plan';"],
])('in %s, allows: %s', async (filePath, code) => {
  expect(await messagesFor(filePath, code)).toEqual([]);
});

test('the list is exactly what src/main.ts and src/start.tsx reach by static imports', () => {
  const reached = staticClosure(['src/main.ts', 'src/start.tsx']);
  expect(FIRST_VISIT.filter((file) => !existsSync(file))).toEqual([]);
  expect([...FIRST_VISIT].sort()).toEqual([...reached.files].sort());
  expect([...reached.packages].filter((name) => !FIRST_VISIT_PACKAGES.includes(name))).toEqual([]);
});
