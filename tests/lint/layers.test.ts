import { ESLint } from 'eslint';
import { expect, test } from 'vitest';
import { layers } from '../../eslint.layers.js';

const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: layers });

async function problemsIn(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

test.each([
  ['src/domain/recommend.ts', "import { create } from 'zustand';"],
  ['src/domain/recommend.ts', "import { useState } from 'react';"],
  ['src/domain/recommend.ts', "import { store } from '../state/planner-store';"],
  ['src/domain/recommend.ts', "import { en } from '../i18n/en';"],
  ['src/state/planner-store.ts', "import { Result } from '../features/result/result-screen';"],
  ['src/state/planner-store.ts', "import { Button } from '../ui/button';"],
  ['src/i18n/describe.ts', "import { usePlanner } from '../state/planner-store';"],
  ['src/ui/button.tsx', "import { recommend } from '../domain/recommend';"],
  ['src/features/result/result-screen.tsx', "import { Step } from '../questionnaire/step';"],
  ['src/app.tsx', "import { recommend } from './domain/recommend';"],
  ['src/features/result/book-session.tsx', "import { checkPracticeConfig } from '../../practice/config';"],
  ['src/app.tsx', "import { practicePlugin } from './practice/vite-plugin';"],
  ['src/practice/practice.ts', "import { usePlanner } from '../state/use-planner';"],
  ['src/domain/recommend.ts', "import { practice } from '../practice/practice';"],
  // The engine's derivations are called in one place, src/state/derived.ts, with the practice's guide.
  ['src/features/result/result-screen.tsx', "import { recommend } from '../../domain/recommend';"],
  ['src/features/plan/plan-screen.tsx', "import { planFor } from '../../domain/check-ins';"],
  ['src/features/plan/shared-plan-screen.tsx', "import { checkMove, buildPlan } from '../../domain/plan';"],
  ['src/features/history/history-screen.tsx', "import { replayTimeline } from '../../domain/history';"],
  ['src/features/check-in/check-in-prompt.tsx', "import * as timeline from '../../domain/timeline';"],
  ['src/features/plan/share-plan.tsx', "import { recommendFromState as derive } from '../../domain/recommend';"],
])('forbids %s from importing: %s', async (filePath, code) => {
  expect(await problemsIn(filePath, code)).toContain('no-restricted-imports');
});

test.each([
  ['src/domain/recommend.ts', "import { z } from 'zod/mini'; import { GUIDE } from './guide';"],
  ['src/state/planner-store.ts', "import { create } from 'zustand'; import { recommend } from '../domain/recommend';"],
  [
    'src/features/result/result-screen.tsx',
    "import { selectPlanner } from '../../state/derived'; import { x } from './x';",
  ],
  ['src/features/plan/session-list.tsx', "import { checkMove } from '../../domain/plan';"],
  ['src/features/plan/plan-settings.tsx', "import { intervalChoices } from '../../domain/plan';"],
  [
    'src/state/derived.ts',
    "import { planFor } from '../domain/check-ins'; import { buildPlan } from '../domain/plan';",
  ],
  ['src/app.tsx', "import { Result } from './features/result/result-screen';"],
  ['src/app.tsx', "import { usePlanner } from './state/use-planner';"],
  ['src/app.tsx', "import { practice } from './practice/practice';"],
])('allows %s to import: %s', async (filePath, code) => {
  expect(await problemsIn(filePath, code)).toEqual([]);
});

test.each([
  ['Date.now()', 'no-restricted-globals'],
  ['new Date()', 'no-restricted-globals'],
  ['Math.random()', 'no-restricted-properties'],
  ["localStorage.getItem('x')", 'no-restricted-globals'],
])('keeps the domain pure: %s is refused', async (code, rule) => {
  expect(await problemsIn('src/domain/plan.ts', `export const x = ${code};`)).toContain(rule);
});
