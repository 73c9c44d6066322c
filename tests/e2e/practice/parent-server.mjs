// A practice's own website for tests/e2e/embed.spec.ts, on origins of its own (run by playwright.config.ts):
//   http://localhost:4176/        the practice's page, listed in the practice build's `embedOn`
//   http://localhost:4177/        a page that frames the planner without being listed
//   http://127.0.0.1:4176/forger  another site, framed by the practice's page, that posts forged messages
// Each page embeds the planner (port 4174) with the snippet exactly as README.md gives it.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const PLANNER = 'http://127.0.0.1:4174';

function readmeSnippet() {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const block = /<!-- embed-snippet:start[^>]*-->\s*```html\n([\s\S]*?)```\s*<!-- embed-snippet:end -->/.exec(readme);
  if (block?.[1] === undefined) throw new Error('README.md: the embed snippet is missing');
  return block[1].replaceAll('https://planner.example', PLANNER);
}

const practicePage = () => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Harbour Street Massage</title></head>
  <body>
    <main>
      <h1>Harbour Street Massage</h1>
      <p>Plan your massages with our planner.</p>
      ${readmeSnippet()}
      <iframe id="forger" title="Another site" src="http://127.0.0.1:4176/forger" style="height: 40px; border: 0"></iframe>
    </main>
    <footer><p>Harbour Street, since 1998</p></footer>
  </body>
</html>`;

const forgerPage = '<!doctype html><html lang="en"><title>Another site</title><p>Another site</p></html>';

const handler = (request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/favicon.ico') {
    response.writeHead(204).end();
    return;
  }
  if (path !== '/' && path !== '/forger') {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(path === '/forger' ? forgerPage : practicePage());
};

for (const port of [4176, 4177]) {
  createServer(handler).listen(port, '127.0.0.1');
  // `localhost` may resolve to ::1 first; answer there too where this machine has IPv6.
  createServer(handler)
    .on('error', () => undefined)
    .listen(port, '::1');
}
