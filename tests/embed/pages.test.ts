import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const page = (name: string) => readFileSync(join(root, name), 'utf8');

test('embed.html is index.html but for its mark, its comment and noindex: a change to one page reaches both', () => {
  const embed = page('embed.html')
    .replace(/<!--[\s\S]*?-->\n/, '')
    .replace(' data-embed=""', '')
    .replace('    <meta name="robots" content="noindex" />\n', '');
  expect(embed).toBe(page('index.html'));
});
