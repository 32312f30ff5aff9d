// A deliberately dumb static server for the browser tests: serves dist/ under a sub-path, with
// no fallback routing and no rewrite rules, as a hospital intranet host would. Any address
// without a file is a plain 404.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export async function startServer({ root: initialRoot, prefix = '/sbc/', headers = {}, files = {}, port: wantedPort = 0 }) {
  let root = initialRoot;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    path = normalize(path.slice(prefix.length));
    if (path.startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    // Extra files served as if they were in the folder (a hospital's settings file).
    if (Object.hasOwn(files, path)) {
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/plain', ...headers });
      res.end(files[path]);
      return;
    }
    let file = join(root, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(wantedPort, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    base: `http://127.0.0.1:${port}${prefix}`,
    /** Serves another folder from now on (a new build copied over the old one). */
    setRoot: (next) => {
      root = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}
