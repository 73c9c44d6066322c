// Serves a build folder for tests/e2e/offline.spec.ts, reading every file from disk on every request, so a build
// published into the folder while the test runs is what the next request gets (as on a real host).
// Usage: node tests/e2e/pwa/serve.mjs <folder> <port>
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const [folder = 'dist-pwa', port = '4178'] = process.argv.slice(2);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

createServer((request, response) => {
  const path = normalize(new URL(request.url ?? '/', 'http://localhost').pathname).replace(/^(\.\.[/\\])+/, '');
  const file = join(folder, path.endsWith('/') ? `${path}index.html` : path);
  readFile(file).then(
    (body) => {
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(body);
    },
    () => {
      response.writeHead(404).end();
    },
  );
}).listen(Number(port), '127.0.0.1');
