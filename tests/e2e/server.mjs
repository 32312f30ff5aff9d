// A deliberately dumb static server for the browser tests: serves dist/ under a sub-path, with
// no fallback routing and no rewrite rules, as a hospital intranet host would. Any address
// without a file is a plain 404.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * `files`: extra files served as if they were in the folder, each a string or Buffer, or
 * `{ body, type, status }` for an answer with its own Content-Type or status. `types`: a
 * Content-Type by file ending, in place of the right one (a server that sends the wrong type).
 * `missing`: patterns of paths answered 404; the array may be changed while the server runs.
 */
export async function startServer({ root: initialRoot, prefix = '/sbc/', headers = {}, files = {}, missing = [], types = {}, port: wantedPort = 0, gzip = false }) {
  // gzip as most web servers do (for benchmarks: transfer sizes as a patient's phone sees them).
  const compressed = new Map();
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
    // Files the host does not have or will not serve (IIS with no type for an ending answers 404).
    if (missing.some((pattern) => pattern.test(path))) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // Extra files served as if they were in the folder (a hospital's settings file).
    if (Object.hasOwn(files, path)) {
      const given = files[path];
      const answer = typeof given === 'string' || Buffer.isBuffer(given) ? { body: given } : given;
      const type = answer.type ?? types[extname(path)] ?? TYPES[extname(path)] ?? 'text/plain';
      res.writeHead(answer.status ?? 200, { 'content-type': type, ...headers });
      res.end(answer.body);
      return;
    }
    let file = join(root, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const type = types[extname(file)] ?? TYPES[extname(file)] ?? 'application/octet-stream';
      const extra = {};
      if (gzip && /gzip/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/png')) {
        if (!compressed.has(file)) compressed.set(file, gzipSync(body, { level: 9 }));
        body = compressed.get(file);
        extra['content-encoding'] = 'gzip';
      }
      res.writeHead(200, { 'content-type': type, ...extra, ...headers });
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
