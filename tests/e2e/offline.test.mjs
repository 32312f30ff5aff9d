// Offline and updates: after one visit every page opens with the server gone; a new build
// served over the old one is announced and applied only on reload, never mixed with the old;
// the guide works where no service worker may run; a deployment can switch the worker off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { appReady, DIST, PAGES, PREFIX, launchBrowser } from './harness.mjs';
import { startServer } from './server.mjs';

let browser;
let scratch;

before(async () => {
  browser = await launchBrowser();
  scratch = await mkdtemp(join(tmpdir(), 'sbc-offline-'));
});

after(async () => {
  await browser?.close();
  await rm(scratch, { recursive: true, force: true });
});

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15000 });
}

/** A server for the build (with `options`), and a page that has visited it once and is now
 *  controlled by its offline copy. */
async function visitedOnce(options = {}) {
  const server = await startServer({ root: DIST, prefix: PREFIX, ...options });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.base);
  await appReady(page);
  await controlled(page);
  return { server, context, page };
}

test('once the offline copy runs, no settings file logs no error on any page', async () => {
  // Lighthouse and web teams read the console: a missing optional file is not an error.
  const { server, context, page } = await visitedOnce();
  try {
    const logged = [];
    page.on('console', (message) => {
      if (message.type() === 'error') logged.push(message.text());
    });
    for (const path of ['', 'support/', 'guide/urgent-symptoms/']) {
      await page.goto(server.base + path);
      await appReady(page);
    }
    await page.waitForTimeout(500);
    assert.deepEqual(logged, []);
    // And it is still no file: no hospital line, nothing said about one.
    assert.equal(await page.locator('.app-urgent-help__unavailable').count(), 0);
    await page.goto(`${server.base}settings/`);
    await appReady(page);
    await page.locator('.app-about-deployment').getByText(/no hospital settings/).waitFor();
    // Offline too: nothing kept, so no file, without a network error.
    await server.close();
    for (const path of ['support/', 'guide/urgent-symptoms/']) {
      await page.goto(server.base + path);
      await appReady(page);
    }
    await page.waitForTimeout(500);
    assert.deepEqual(logged, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('after one visit every page opens and reloads with the server stopped', async () => {
  const { server, context, page } = await visitedOnce();
  await server.close();
  for (const path of PAGES) {
    await page.goto(server.base + path);
    await appReady(page);
    assert.equal(await page.locator('main h1').count(), 1, `/${path} offline`);
  }
  await page.goto(`${server.base}support/?q=samaritans`);
  await appReady(page);
  await page.reload();
  await appReady(page);
  assert.equal((await page.locator('.app-organisation__name').allInnerTexts())[0], 'Samaritans');
  await context.close();
});

test('offline, an address the guide does not have shows a working "Page not found"; online, the server\'s 404', async () => {
  const { server, context, page } = await visitedOnce();
  // Online: the network's own answer.
  const online = await page.goto(`${server.base}guide/no-such-page/`);
  assert.equal(online.status(), 404);
  await server.close();
  for (const path of ['guide/no-such-page/', 'guide/urgent-symptoms/old/deeper/', 'benefit/']) {
    const response = await page.goto(server.base + path);
    assert.equal(response.status(), 404, path);
    await appReady(page);
    assert.equal(await page.locator('main h1').innerText(), 'Page not found', path);
    // Styled: the stylesheet loaded (the header has its own colour, not the browser's default).
    const header = await page.locator('.app-header').evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.notEqual(header, 'rgba(0, 0, 0, 0)', `${path}: unstyled`);
    // Its links lead back into the guide from any depth.
    assert.equal(await page.locator('.app-header__service').evaluate((a) => a.href), server.base, path);
  }
  await page.locator('.app-header__service').click();
  await appReady(page);
  assert.equal(page.url(), server.base);
  assert.equal(await page.locator('main h1').innerText(), 'Secondary Breast Cancer Guide');
  // Addresses the server would have answered online: a page without its last slash (a
  // redirect) and index.html (the folder's page) open the page, not "Page not found".
  for (const [path, landed] of [['guide/urgent-symptoms', 'guide/urgent-symptoms/'], ['guide/index.html', 'guide/'], ['index.html', ''], ['support?q=macmillan', 'support/?q=macmillan']]) {
    await page.goto(server.base + path);
    await appReady(page);
    assert.equal(page.url(), server.base + landed, path);
    assert.notEqual(await page.locator('main h1').innerText(), 'Page not found', path);
  }
  await context.close();
});

test('a missing icon or manifest never stops the offline copy, and is reported', async () => {
  const { server, context, page } = await visitedOnce({ missing: [/^icon-192\.png$/, /\.webmanifest$/] });
  await page.goto(`${server.base}settings/`);
  await appReady(page);
  const about = page.locator('.app-about-deployment');
  await about.getByText('icon-192.png: the server answered 404').waitFor();
  assert.match(await about.innerText(), /manifest\.webmanifest: the server answered 404/);
  assert.match(await about.innerText(), /works offline without them/);
  await server.close();
  await page.goto(`${server.base}guide/urgent-symptoms/`);
  await appReady(page);
  assert.equal(await page.locator('main h1').innerText(), 'Symptoms to report urgently', 'offline');
  await context.close();
});

test('an optional file missing at install is asked for again when the guide is next opened, and kept', async () => {
  const missing = [/^icon-192\.png$/];
  const { server, context, page } = await visitedOnce({ missing });
  const reported = () => page.evaluate(() => caches.match(new URL('offline-report.json', document.baseURI).href).then(Boolean));
  await page.waitForFunction(() => caches.match(new URL('offline-report.json', document.baseURI).href).then(Boolean), null, { timeout: 20000 });
  // The server is fixed; the next time the guide is opened the copy asks again.
  missing.length = 0;
  await page.goto(`${server.base}guide/`);
  await appReady(page);
  await page.waitForFunction(() => caches.match(new URL('offline-report.json', document.baseURI).href).then((r) => !r), null, { timeout: 20000 });
  assert.equal(await reported(), false, 'nothing left to report');
  const kept = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((k) => k !== 'sbc-guide-hospital-settings');
    const cache = await caches.open(names[0]);
    return Boolean(await cache.match(new URL('icon-192.png', document.baseURI).href));
  });
  assert.ok(kept, 'the icon is in the offline copy now');
  await context.close();
  await server.close();
});

test('a missing page, script, wasm or stylesheet keeps the offline copy from installing half, and is reported', async () => {
  const server = await startServer({ root: DIST, prefix: PREFIX, missing: [/^benefits-.*_bg\.wasm$/] });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.base);
  await appReady(page);
  // The install fails: the report is written, no worker becomes active, and no cache holds
  // part of the build.
  await page.waitForFunction(
    () => caches.match(new URL('offline-report.json', document.baseURI).href).then(Boolean),
    null,
    { timeout: 20000, polling: 250 },
  );
  await page.waitForTimeout(500);
  const state = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return { active: Boolean(registration && registration.active), caches: await caches.keys() };
  });
  assert.equal(state.active, false);
  assert.deepEqual(state.caches.filter((name) => !name.endsWith('hospital-settings')), []);
  await page.goto(`${server.base}settings/`);
  await appReady(page);
  const about = page.locator('.app-about-deployment');
  await about.getByText(/benefits-.*_bg\.wasm: the server answered 404/).waitFor();
  // A first install has no earlier version to fall back to, and must not claim one.
  assert.match(await about.innerText(), /no earlier version kept to fall back to/);
  assert.doesNotMatch(await about.innerText(), /the version kept before stays in use/);
  await context.close();
  await server.close();
});

test('the settings check page names what stops the offline copy: one file missing, or sw.js itself', async () => {
  for (const [missing, expected] of [
    [/^icon-192\.png$/, /^1 file needs attention:$/m],
    [/^sw\.js$/, /the server answered 404 for sw\.js/],
  ]) {
    const server = await startServer({ root: DIST, prefix: PREFIX, missing: [missing] });
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${server.base}settings/deployment-check/`);
      await appReady(page);
      const main = page.locator('main');
      await main.getByText(expected).first().waitFor({ timeout: 30000 });
      // Without sw.js nothing is downloading: it must not say to wait.
      if (String(missing).includes('sw')) assert.doesNotMatch(await main.innerText(), /may still be downloading/);
    } finally {
      await context.close();
      await server.close();
    }
  }
  // Installed, then a new copy of the folder without sw.js: the copy people have still works,
  // but no update can reach them, and the page says so.
  const missing = [];
  const { server, context, page } = await visitedOnce({ missing });
  try {
    missing.push(/^sw\.js$/);
    await page.goto(`${server.base}settings/deployment-check/`);
    await appReady(page);
    await page.locator('main').getByText(/Installed on this device, but the server answered 404 for sw\.js/).waitFor({ timeout: 30000 });
  } finally {
    await context.close();
    await server.close();
  }
});

/** A second build: the same site with changed stylesheets (new hashed names: the reading
 *  pages' and the tools') and build id. `oldCss` and `newCss` name each by kind. */
async function secondBuild() {
  const v2 = join(scratch, 'v2');
  await cp(DIST, v2, { recursive: true });
  const oldCss = {};
  const newCss = {};
  for (const kind of ['reading', 'tools']) {
    oldCss[kind] = (await readdir(v2)).find((f) => new RegExp(`^app-${kind}-.*\\.css$`).test(f));
    newCss[kind] = `app-${kind}-secondbuild0000.css`;
    await rename(join(v2, oldCss[kind]), join(v2, newCss[kind]));
    await writeFile(join(v2, newCss[kind]), `${await readFile(join(v2, newCss[kind]), 'utf8')}\n/* second build */\n`);
  }
  const htmlFiles = PAGES.map((p) => join(v2, p, 'index.html'));
  for (const file of [...htmlFiles, join(v2, 'sw.js')]) {
    let text = await readFile(file, 'utf8');
    for (const kind of ['reading', 'tools']) text = text.replaceAll(oldCss[kind], newCss[kind]);
    await writeFile(file, text.replace(/const BUILD = "[0-9a-f]+";/, 'const BUILD = "secondbuild";'));
  }
  return { dir: v2, oldCss, newCss };
}

// Also from a server that lets every file be cached for a day (nginx "expires 1d", seen in a
// web team's review): the new copy must not be filled with the old pages from the HTTP cache.
for (const [served, headers] of [['', {}], [' (pages cached for a day by the server)', { 'cache-control': 'max-age=86400' }]]) test(`a new build is announced, never mixed with the old, and applies on reload${served}`, async () => {
  const { dir, oldCss, newCss } = await secondBuild();
  const server = await startServer({ root: DIST, prefix: PREFIX, headers });
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${server.base}guide/`);
    await appReady(page);
    await controlled(page);
    server.setRoot(dir);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForSelector('#apply-update', { timeout: 20000 });
    assert.match(await page.locator('.app-update-notice').innerText(), /A new version of this guide is ready/);
    // Until the person chooses, this page and new visits keep the old build.
    const stylesheet = () => page.locator('link[rel=stylesheet]').getAttribute('href');
    assert.equal(await stylesheet(), oldCss.reading);
    await page.goto(`${server.base}benefits/`);
    await appReady(page);
    assert.equal(await stylesheet(), oldCss.tools, 'no mixing before the reload');
    await page.waitForSelector('#apply-update');
    await Promise.all([page.waitForEvent('load'), page.click('#apply-update')]);
    await appReady(page);
    assert.equal(await stylesheet(), newCss.tools, "the benefits page, reloaded");
    assert.equal(await page.locator('.app-update-notice').count(), 0);
    const caches = await page.evaluate(() => caches.keys());
    // The old build's cache goes; the hospital settings cache outlives builds (it keeps the
    // hospital's 24-hour line offline).
    assert.deepEqual(
      caches.filter((k) => k.startsWith('sbc-guide-') && k !== 'sbc-guide-hospital-settings'),
      ['sbc-guide-secondbuild'],
      'old caches deleted',
    );
  } finally {
    await context.close();
    await server.close();
  }
});

test('a new build with a required file missing leaves the version before in use, whole, offline too', async () => {
  const { dir, oldCss, newCss } = await secondBuild();
  const missing = [];
  const { server, context, page } = await visitedOnce({ missing });
  try {
    const before = await page.evaluate(() => caches.keys());
    // The web team copies a new build, but the server does not send its stylesheet.
    server.setRoot(dir);
    missing.push(new RegExp(`^${newCss.tools.replace('.', '\\.')}$`));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForFunction(
      async () => {
        const report = await caches.match(new URL('offline-report.json', document.baseURI).href);
        return Boolean(report) && (await report.json()).build === 'secondbuild';
      },
      null,
      { timeout: 20000, polling: 250 },
    );
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(() => caches.keys()), before, 'no half-kept second build');
    assert.equal(await page.locator('#apply-update').count(), 0, 'no new version offered');
    await page.goto(`${server.base}settings/`);
    await appReady(page);
    const about = page.locator('.app-about-deployment');
    await about.getByText(`${newCss.tools}: the server answered 404`).waitFor();
    assert.match(await about.innerText(), /the version kept before stays in use/);
    // Offline, the first build works, whole.
    await server.close();
    await page.goto(`${server.base}benefits/`);
    await appReady(page);
    assert.equal(await page.locator('link[rel=stylesheet]').getAttribute('href'), oldCss.tools);
    assert.equal(await page.locator('main h1').innerText(), 'Benefits checklist');
  } finally {
    await context.close();
    await server.close();
  }
});

test('where no service worker can run, the guide works as usual', async () => {
  const server = await startServer({ root: DIST, prefix: PREFIX });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.base}guide/what-is-secondary-breast-cancer/`);
  await appReady(page);
  await page.locator('a[rel="next"]').click();
  await page.waitForURL(`${server.base}guide/local-and-regional-recurrence/`);
  assert.deepEqual(errors, []);
  await context.close();
  await server.close();
});

test('"offline": false in the settings file switches the worker off and removes its caches', async () => {
  const server = await startServer({ root: DIST, prefix: PREFIX });
  const port = Number(new URL(server.origin).port);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.base);
  await appReady(page);
  await controlled(page);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 1);
  await server.close();
  // The hospital adds the switch to the same deployment (same origin).
  const off = await startServer({ root: DIST, prefix: PREFIX, port, files: { 'sbc-guide-config.json': '{"format":1,"offline":false}' } });
  try {
    await page.reload();
    await appReady(page);
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistrations()).length === 0, null, { timeout: 10000 });
    await page.waitForFunction(async () => (await caches.keys()).every((k) => !k.startsWith('sbc-guide-')), null, { timeout: 10000 });
  } finally {
    await context.close();
    await off.close();
  }
});

test('installable: a web app manifest with SVG, PNG and maskable icons, opening standalone', async () => {
  const server = await startServer({ root: DIST, prefix: PREFIX });
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${server.base}guide/planning-ahead/`);
    await appReady(page);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector('link[rel=manifest]');
      const response = await fetch(link.href);
      return { type: response.headers.get('content-type'), url: link.href, body: await response.json() };
    });
    assert.equal(manifest.url, `${server.base}manifest.webmanifest`, 'found from any page, under any sub-path');
    assert.equal(manifest.body.display, 'standalone');
    assert.equal(manifest.body.start_url, './');
    assert.equal(manifest.body.theme_color, '#005eb8');
    const icons = manifest.body.icons;
    assert.ok(icons.some((i) => i.type === 'image/svg+xml'));
    assert.ok(icons.some((i) => i.purpose === 'maskable'));
    for (const icon of icons) {
      const size = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = new URL(src, document.querySelector('link[rel=manifest]').href).href;
        await image.decode();
        return `${image.naturalWidth}x${image.naturalHeight}`;
      }, icon.src);
      if (icon.sizes !== 'any') assert.equal(size, icon.sizes, icon.src);
    }
  } finally {
    await context.close();
    await server.close();
  }
});
