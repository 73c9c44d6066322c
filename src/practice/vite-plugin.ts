/**
 * Build time only: reads `practice.config.json` (or the file `PRACTICE_CONFIG` names), checks it, and stops the
 * build with every problem listed when it is wrong. The app imports the checked result as `virtual:practice`; the
 * brand colour goes into the stylesheet and the page's `theme-color`, so no script is needed to show it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { checkPracticeConfig, DEFAULT_PRACTICE, type PracticeBuild } from './config.ts';
import { readPalettes, themeCss } from './theme.ts';

const DEFAULT_CONFIG_FILE = 'practice.config.json';
const VIRTUAL_ID = 'virtual:practice';
const RESOLVED_ID = '\0virtual:practice';

class PracticeConfigError extends Error {
  override name = 'PracticeConfigError';
}

/**
 * Reads and checks a configuration file. A missing default file is the default configuration; a missing file
 * that was asked for by name is an error.
 */
export function readPracticeConfig(root: string, file: string | undefined): PracticeBuild {
  const path = resolve(root, file ?? DEFAULT_CONFIG_FILE);
  const shown = path.startsWith(root) ? relative(root, path) : path;
  if (!existsSync(path)) {
    if (file === undefined) return { practice: DEFAULT_PRACTICE, accent: null };
    throw new PracticeConfigError(`${shown}: no such file (PRACTICE_CONFIG names it)`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PracticeConfigError(
      `${shown} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const palettes = readPalettes(readFileSync(resolve(root, 'src/styles.css'), 'utf8'));
  const checked = checkPracticeConfig(raw, palettes);
  if (!checked.ok) {
    const count = checked.problems.length === 1 ? 'a problem' : `${checked.problems.length} problems`;
    throw new PracticeConfigError(
      [`${shown} has ${count}:`, ...checked.problems.map((problem) => `  - ${problem}`)].join('\n'),
    );
  }
  return checked.build;
}

export function practicePlugin(file: string | undefined = process.env['PRACTICE_CONFIG']): Plugin {
  let root = process.cwd();
  let checked: PracticeBuild | null = null;
  const current = (): PracticeBuild => (checked ??= readPracticeConfig(root, file));
  return {
    name: 'practice-config',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      checked = null;
      current();
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      return `export const practice = ${JSON.stringify(current().practice)};\n`;
    },
    transform(code, id) {
      const accent = current().accent;
      if (accent === null || !id.replace(/\?.*$/, '').endsWith('/src/styles.css')) return null;
      return { code: code + themeCss(accent), map: null };
    },
    transformIndexHtml(html) {
      const accent = current().accent;
      if (accent === null) return html;
      return html.replace(
        /(<meta name="theme-color" content=")[^"]*(" media="\(prefers-color-scheme: light\)")/,
        (_match, before: string, after: string) => `${before}${accent.light.accent}${after}`,
      );
    },
  };
}
