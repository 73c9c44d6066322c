import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { firstVisit } from './eslint.first-visit.js';
import { layers } from './eslint.layers.js';

export default defineConfig(
  {
    ignores: [
      'dist',
      'dist-practice',
      'dist-pwa',
      'dist-pseudo',
      'coverage',
      'playwright-report',
      'test-results',
      'bench/baseline/dist',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.recommended,
  layers,
  firstVisit,
  {
    files: ['tests/**', 'bench/**', 'scripts/**', '*.config.{js,ts}', 'eslint.layers.js', 'eslint.first-visit.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  { files: ['**/*.{js,mjs}'], extends: [tseslint.configs.disableTypeChecked] },
);
