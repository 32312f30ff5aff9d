// The deployment guide's settings for nginx and Apache, read from docs/DEPLOYMENT.md and run by
// the real servers from Debian (scripts/setup.sh --browser installs nginx and apache2), each
// serving a copy of the build under a sub-path as a hospital would: every file's type and cache
// rule, the pages' Content-Security-Policy, and the settings check page in Chromium finding
// every file right and the offline copy installed. Found by this test: nginx refused the
// guide's first block (a `{16}` pattern needs quotes), whose `types` in a `location` would have
// sent every page as application/octet-stream and whose nested `add_header` dropped the CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, appReady, DIST } from './harness.mjs';

const GUIDE = readFileSync(fileURLToPath(new URL('../../docs/DEPLOYMENT.md', import.meta.url)), 'utf8');
/** Where the guide is, as in the deployment guide's examples. */
const FOLDER = '/cancer/sbc/';

/** The fenced block of `language` straight after `heading` in the deployment guide. */
function block(heading, language) {
  const at = GUIDE.indexOf(`\n${heading}\n`);
  assert.ok(at >= 0, `DEPLOYMENT.md has "${heading}"`);
  const match = GUIDE.slice(at).match(new RegExp('```' + language + '\\n([\\s\\S]*?)```'));
  assert.ok(match, `"${heading}" has a ${language} block`);
  return match[1];
}

/** The guide's recommended Content-Security-Policy, as its "Response headers" list gives it. */
const CSP = GUIDE.match(/^- `Content-Security-Policy: ([^`]+)`/m)[1];

/** Each ending's Content-Type, from the guide's table: the first named, and any alternative. */
const TYPES = Object.fromEntries(
  [...GUIDE.matchAll(/^\| `(\.[a-z]+)`[^|]*\| (.+) \|$/gm)].map(([, ending, cell]) => [ending, [...cell.matchAll(/`([^`;]+)/g)].map((m) => m[1])]),
);

/** A port nothing listens on. */
function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const work = mkdtempSync(join(tmpdir(), 'sbc-web-servers-'));
const root = join(work, 'root');
const folder = join(root, FOLDER);
const running = [];

function files(dir, prefix = '') {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? files(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`],
  );
}

/** Starts `command` in the foreground and waits until `port` answers. */
async function serve(command, args, port, log) {
  assert.ok(existsSync(command), `${command} is missing: scripts/setup.sh --browser installs it`);
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let said = '';
  child.stderr.on('data', (chunk) => (said += chunk));
  const errors = () => said + (log && existsSync(log) ? readFileSync(log, 'utf8') : '');
  running.push(child);
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) assert.fail(`${command} stopped: ${errors()}`);
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return `http://127.0.0.1:${port}`;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  assert.fail(`${command} did not answer: ${errors()}`);
}

async function nginx() {
  const port = await freePort();
  const [http, server] = block('### nginx', 'nginx').split(/^(?=# In the server)/m);
  const temp = join(work, 'nginx-temp');
  mkdirSync(temp, { recursive: true });
  const conf = join(work, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1;
pid ${work}/nginx.pid;
error_log stderr;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${temp}; proxy_temp_path ${temp}; fastcgi_temp_path ${temp};
  uwsgi_temp_path ${temp}; scgi_temp_path ${temp};
${http}
  server {
    listen 127.0.0.1:${port};
    root ${root};
${server}
  }
}
`,
  );
  return serve('/usr/sbin/nginx', ['-c', conf, '-g', 'daemon off;'], port);
}

async function apache() {
  const port = await freePort();
  writeFileSync(join(folder, '.htaccess'), block('### Apache (`.htaccess` in the folder)', 'apache'));
  const conf = join(work, 'httpd.conf');
  const modules = '/usr/lib/apache2/modules';
  writeFileSync(
    conf,
    `ServerRoot ${work}
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${work}/httpd.pid
ErrorLog ${work}/httpd-error.log
LoadModule mpm_event_module ${modules}/mod_mpm_event.so
LoadModule authz_core_module ${modules}/mod_authz_core.so
LoadModule mime_module ${modules}/mod_mime.so
LoadModule headers_module ${modules}/mod_headers.so
LoadModule dir_module ${modules}/mod_dir.so
User www-data
Group www-data
TypesConfig /etc/mime.types
DocumentRoot ${root}
DirectoryIndex index.html
<Directory ${root}>
  AllowOverride All
  Require all granted
</Directory>
`,
  );
  return serve('/usr/sbin/apache2', ['-f', conf, '-DFOREGROUND'], port, join(work, 'httpd-error.log'));
}

let browser;
before(async () => {
  mkdirSync(folder, { recursive: true });
  cpSync(DIST, folder, { recursive: true });
  // The hospital's settings file, as the example gives it: its type is checked too.
  cpSync(join(folder, 'sbc-guide-config.example.json'), join(folder, 'sbc-guide-config.json'));
  // The servers' workers run as their own users (nobody, www-data): they must read the copy.
  for (const dir of [work, root, ...files(root).map((f) => join(root, f, '..'))]) chmodSync(dir, 0o755);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  for (const child of running) child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 500));
  rmSync(work, { recursive: true, force: true });
});

for (const [name, start] of [
  ['nginx', nginx],
  ['Apache', apache],
]) {
  test(`${name} set up as the deployment guide says sends every file right, and the settings check page finds it so`, async () => {
    const origin = await start();
    const base = `${origin}${FOLDER}`;
    for (const file of files(folder).filter((f) => !f.startsWith('.'))) {
      const response = await fetch(`${base}${file}`);
      const type = (response.headers.get('content-type') ?? '').split(';')[0].trim();
      const ending = file.slice(file.lastIndexOf('.'));
      assert.equal(response.status, 200, file);
      assert.ok(TYPES[ending], `the deployment guide's table of types has ${ending}`);
      assert.ok(TYPES[ending].includes(type), `${file}: sent as ${type}, wanted ${TYPES[ending].join(' or ')}`);
      const cache = response.headers.get('cache-control') ?? '';
      if (/-[0-9a-f]{16}(_bg)?\.(css|js|wasm)$/.test(file)) assert.equal(cache, 'public, max-age=31536000, immutable', file);
      if (/(index\.html|sw\.js|\.webmanifest|sbc-guide-config\.json)$/.test(file)) assert.equal(cache, 'no-cache', file);
      if (ending === '.html') assert.equal(response.headers.get('content-security-policy'), CSP, file);
    }
    // A page by its folder's address, as patients open it.
    const page = await fetch(`${base}support/`);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-security-policy'), CSP);

    const opened = await openPage(browser, { origin }, { width: 390, height: 844 });
    try {
      await opened.page.goto(`${base}support/`);
      await appReady(opened.page);
      await opened.page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 30000 });
      await opened.page.goto(`${base}settings/deployment-check/`);
      await appReady(opened.page);
      const main = opened.page.locator('main');
      await main.getByText(/files need attention|files were sent with the right type/).waitFor({ timeout: 30000 });
      const text = await main.innerText();
      assert.match(text, /All \d+ files were sent with the right type/, text);
      assert.match(text, /Read and used/, text);
      assert.match(text, /Installed, and answering for this page/, text);
      assert.deepEqual(opened.problems.console, [], 'no console errors (a CSP refusal would be one)');
    } finally {
      await opened.context.close();
    }
  });
}
