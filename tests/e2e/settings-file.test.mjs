// The hospital's settings file as Windows tools and hosts really deliver it (issue 15, point 3):
// UTF-16 with a byte order mark, Windows-1252, the slips of hand-edited JSON, a host's own web
// page in its place, and a file that still cannot be read; then the settings check page a web
// team opens on their own server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSite, openPage, appReady, axeViolations, launchBrowser, DIST, PREFIX } from './harness.mjs';
import { startServer } from './server.mjs';

const site = sharedSite();

const CONFIG = 'sbc-guide-config.json';
const LINE_TEL = 'tel:+442079460000';
const LINE_NAME = 'Tŷ Example Café Trust: 24-hour acute oncology line';
const NOT_LOADED = /Your hospital's own 24-hour number could not be loaded here/;

/** A settings file as a person types it: a comment and a comma after the last item. */
const HAND_EDITED = `{
  // Our trust's settings, checked by the web team
  "format": 1,
  "hospital": {
    "name": "Tŷ Example Café Trust",
    "acuteOncologyLine": { "name": "24-hour acute oncology line", "phone": "020 7946 0000", },
  },
  /* contacts below */
  "contacts": [
    { "name": "Breast care nurses £", "phone": "020 7946 0001" },
  ],
}
`;
/** The same without the slips, for the encodings. */
const CLEAN = JSON.stringify({
  format: 1,
  hospital: { name: 'Tŷ Example Café Trust', acuteOncologyLine: { name: '24-hour acute oncology line', phone: '020 7946 0000' } },
  contacts: [{ name: 'Breast care nurses £', phone: '020 7946 0001' }],
});

function utf16(text, bigEndian) {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (!bigEndian) return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return be;
}

/** Windows-1252 ("ANSI"): the file has no "ŷ", as Notepad would refuse it; "é" and "£" are single bytes. */
const ANSI_TEXT = CLEAN.replace('Tŷ', 'Ty');
const ANSI = Buffer.from(ANSI_TEXT, 'latin1');

async function withSettings(body, run, extra = {}) {
  const server = await startServer({ root: DIST, prefix: PREFIX, files: { [CONFIG]: body }, ...extra });
  try {
    await run(server);
  } finally {
    await server.close();
  }
}

/** The support page with the app running and the settings read. */
async function supportPage(server) {
  const opened = await openPage(site.browser, server, { width: 390, height: 844 });
  await opened.page.goto(`${server.base}support/`);
  await appReady(opened.page);
  return opened;
}

async function aboutDeployment(page, server) {
  await page.goto(`${server.base}settings/`);
  await appReady(page);
  const about = page.locator('.app-about-deployment');
  await about.getByText(/provided by|could not be used|no hospital settings/).first().waitFor();
  return about.innerText();
}

for (const [name, body, hospital] of [
  ['UTF-16 LE with a byte order mark (Notepad "Unicode", PowerShell 5.1)', utf16(CLEAN, false), 'Tŷ Example Café Trust'],
  ['UTF-16 BE with a byte order mark', utf16(CLEAN, true), 'Tŷ Example Café Trust'],
  ['UTF-8 with a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CLEAN)]), 'Tŷ Example Café Trust'],
  ['Windows-1252 ("ANSI")', ANSI, 'Ty Example Café Trust'],
]) {
  test(`a settings file in ${name} gives the hospital's line, with its letters right`, async () => {
    await withSettings(body, async (server) => {
      const { context, page, problems } = await supportPage(server);
      const line = page.locator(`.app-urgent-help a[href="${LINE_TEL}"]`).first();
      await line.waitFor();
      assert.match(await page.locator('.app-urgent-help').first().innerText(), new RegExp(`${hospital}: 24-hour acute oncology line`));
      assert.match(await page.locator('.app-care-team').innerText(), /Breast care nurses £/);
      const about = await aboutDeployment(page, server);
      assert.match(about, new RegExp(`provided by ${hospital}`));
      if (body === ANSI) assert.match(about, /read as Windows-1252/, 'the web team is told the encoding was guessed');
      else assert.doesNotMatch(about, /Windows-1252/);
      assert.deepEqual(problems.console.filter((m) => !/Windows-1252/.test(m)), []);
      await context.close();
    });
  });
}

test('comments and a trailing comma are forgiven, each noted on its line', async () => {
  await withSettings(HAND_EDITED, async (server) => {
    const { context, page } = await supportPage(server);
    await page.locator(`.app-urgent-help a[href="${LINE_TEL}"]`).first().waitFor();
    assert.match(await page.locator('.app-urgent-help').first().innerText(), new RegExp(LINE_NAME));
    assert.equal(await page.getByText(NOT_LOADED).count(), 0);
    const about = await aboutDeployment(page, server);
    for (const note of [/line 2: a comment \(\/\/\)/, /line 6: a comma before "}"/, /line 8: a comment \(\/\* \*\/\)/, /line 10: a comma before "]"/, /line 11: a comma before "}"/]) {
      assert.match(about, note);
    }
    await context.close();
  });
});

test("a host's own web page in place of the file is taken as no file", async () => {
  const page404 = '<!DOCTYPE html><html><head><title>Page not found</title></head><body><h1>Sorry</h1></body></html>';
  // Some hosts answer every missing address with their own page, status 200.
  await withSettings({ body: page404, type: 'text/html; charset=utf-8' }, async (server) => {
    const { context, page, problems } = await supportPage(server);
    await page.waitForTimeout(500);
    assert.equal(await page.getByText(NOT_LOADED).count(), 0, 'no warning for patients');
    const about = await aboutDeployment(page, server);
    assert.match(about, /no hospital settings/);
    assert.doesNotMatch(about, /could not be used/);
    assert.deepEqual(problems.console.filter((m) => !/web page/.test(m)), []);
    await context.close();
  });
  // The same page sent as if it were JSON is still a web page.
  await withSettings({ body: page404, type: 'application/json' }, async (server) => {
    const { context, page } = await supportPage(server);
    const about = await aboutDeployment(page, server);
    assert.match(about, /no hospital settings/);
    await context.close();
  });
});

test('a file that still cannot be read says so under the urgent numbers, and in About this deployment', async () => {
  const broken = '{\n  "format": 1,\n  "hospital": {\n    "name": "Example"\n    "acuteOncologyLine": {}\n  }\n}\n';
  await withSettings(broken, async (server) => {
    const { context, page } = await supportPage(server);
    const note = page.locator('.app-urgent-help__unavailable').first();
    await note.waitFor();
    assert.match(await note.innerText(), NOT_LOADED);
    // In the hospital line's place, straight after 999, not below the nation chooser.
    const list = page.locator('.app-urgent-help__list').first();
    assert.match(await list.locator('li').nth(1).innerText(), NOT_LOADED);
    // Still 999 first, and the rest of the page works.
    assert.equal(await page.locator('.app-urgent-help a[href^="tel:"]').first().getAttribute('href'), 'tel:999');
    assert.deepEqual(await axeViolations(page), []);
    const about = await aboutDeployment(page, server);
    assert.match(about, /was not used because line 5: it is not valid JSON/);
    await context.close();
  });
});

test('without the app, the hospital line script reads the same files the same way', async () => {
  for (const [body, expectLine] of [
    [utf16(HAND_EDITED, false), true],
    [ANSI, true],
    [{ body: '<html><body>Not here</body></html>', type: 'text/html' }, false],
    ['{"format": 1, "hospital": ', false],
  ]) {
    await withSettings(body, async (server) => {
      const { context, page } = await openPage(site.browser, server, { width: 390, height: 844 });
      await page.route('**/*.wasm', (route) => route.abort());
      await page.goto(`${server.base}support/`);
      await page.waitForSelector('html[data-app="failed"]');
      const fallback = page.locator('#app-fallback');
      if (expectLine) {
        await fallback.locator(`a[href="${LINE_TEL}"]`).waitFor();
        assert.equal(await fallback.getByText(NOT_LOADED).count(), 0);
      } else {
        await page.waitForTimeout(1000);
        assert.equal(await fallback.locator(`a[href="${LINE_TEL}"]`).count(), 0);
        // A broken file is said, where the line would be; a web page in its place is no file.
        const said = await fallback.getByText(NOT_LOADED).count();
        assert.equal(said, typeof body === 'string' ? 1 : 0, JSON.stringify(body).slice(0, 60));
        if (said) assert.match(await fallback.locator('.app-urgent-help__list li').nth(1).innerText(), NOT_LOADED);
      }
      await context.close();
    });
  }
});

test('when the boot module itself cannot be loaded, the page says so and still shows the hospital line', async () => {
  // A web filter that blocks the guide's scripts, or a copy that lost one file: the module
  // never runs, so it cannot say that starting failed.
  await withSettings(HAND_EDITED, async (server) => {
    const { context, page, problems } = await openPage(site.browser, server, { width: 390, height: 844 });
    await context.route(/\/boot-[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
    await page.goto(`${server.base}support/`);
    await page.waitForSelector('html[data-app="failed"]');
    const fallback = page.locator('#app-fallback');
    assert.ok(await fallback.isVisible(), 'the "cannot work here" notice shows');
    await fallback.locator(`a[href="${LINE_TEL}"]`).waitFor();
    assert.match(await fallback.locator('.app-urgent-help__list li').nth(1).innerText(), new RegExp(LINE_NAME));
    assert.deepEqual(problems.console.filter((m) => !/Failed to load resource/.test(m)), [], "no errors besides the missing file");
    await context.close();
  });
});

test('the settings check page shows what was read, each problem on its line, each file\'s type and the offline copy', async () => {
  const withMistakes = '{\n  "format": 1,\n  "hospital": {"name": "Example Trust",\n    "acuteOncologyLine": {"name": "Acute line", "phone": "not a number"}},\n  "contacts": [\n    {"name": "Nurses", "phone": "020 7946 0001"},\n    {"phone": "020 7946 0002"},\n  ]\n}\n';
  await withSettings(
    withMistakes,
    async (server) => {
      const { context, page, problems } = await openPage(site.browser, server);
      await page.goto(`${server.base}settings/`);
      await appReady(page);
      // Linked from "About this deployment".
      await page.getByRole('link', { name: /Check this deployment/ }).click();
      await page.waitForURL(/settings\/deployment-check\/$/);
      await appReady(page);
      assert.equal(await page.locator('main h1').innerText(), 'Check this deployment');
      const main = page.locator('main');
      await main.getByText(/files need attention|files were sent with the right type/).waitFor({ timeout: 30000 });
      const text = await main.innerText();
      assert.match(text, /Read and used/);
      assert.match(text, /200, sent as application\/json/);
      assert.match(text, /line 4: hospital\.acuteOncologyLine \(Acute line\): skipped, phone "not a number" is not a UK number/);
      assert.match(text, /line 7: contacts\[1\]: skipped, it has no "name"/);
      assert.match(text, /line 7: a comma before "]" was ignored/);
      assert.match(text, /Example Trust/);
      assert.match(text, /Nurses: 020 7946 0001/);
      // The server sends the six wasm bundles as application/octet-stream and has no manifest.
      assert.match(text, /7 files need attention/);
      assert.match(text, /_bg\.wasm: sent as application\/octet-stream, must be application\/wasm/);
      assert.match(text, /manifest\.webmanifest: the server answered 404/);
      assert.match(text, /The offline copy[\s\S]*(Installed|Not installed yet)/);
      assert.deepEqual(await axeViolations(page), []);
      // "Check again" runs the checks again (here: the same answers).
      await page.getByRole('button', { name: 'Check again' }).click();
      await main.getByText(/7 files need attention/).waitFor({ timeout: 30000 });
      // The browser logs the missing manifest (404) and the wasm's type; nothing else.
      assert.deepEqual(problems.console.filter((m) => !/manifest|octet-stream|wasm|sbc-guide-config|status of 404/i.test(m)), []);
      await context.close();
    },
    { types: { '.wasm': 'application/octet-stream' }, missing: [/manifest\.webmanifest$/] },
  );
});

test('the settings check page says plainly when there is no settings file and every file is right', async () => {
  const { context, page } = await openPage(site.browser, site.server, { width: 320, height: 640 });
  await page.goto(`${site.server.base}settings/deployment-check/`);
  await appReady(page);
  const main = page.locator('main');
  await main.getByText(/files were sent with the right type/).waitFor({ timeout: 30000 });
  const text = await main.innerText();
  assert.match(text, /No settings file: the guide runs without hospital settings/);
  assert.match(text, /404, sent as text\/plain/);
  assert.match(text, /All \d+ files were sent with the right type/);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

/** Hospital lines a web team might write, and what urgent help must show for each, with the
 *  app and without it (src/settings-read.js and src/domain/deployment.rs must agree). */
const LINES = [
  [{ name: 'Acute line', phone: '020 7946 0000' }, 'line'],
  [{ name: 'Acute line', phone: '+44 (0)20 7946 0000' }, 'line'],
  [{ name: 'Acute line', phone: '999' }, 'not loaded'],
  [{ name: 'Acute line', phone: '111' }, 'not loaded'],
  [{ name: 'Acute line', phone: '0402 123 456' }, 'not loaded'],
  // A London number with a digit missing (a web team's review found it shown to patients).
  [{ name: 'Acute line', phone: '020 7946 000' }, 'not loaded'],
  [{ name: 'Acute line', phone: 'ring switchboard' }, 'not loaded'],
  [{ phone: '020 7946 0000' }, 'not loaded'],
  [null, 'nothing'],
  // "format" in quotes: a web team's slip, read alike with and without the app.
  [{ name: 'Acute line', phone: '020 7946 0000' }, 'line', '1'],
];

test('a hospital line that cannot be used is never dropped silently, with the app or without it', async () => {
  for (const [line, expected, format = 1] of LINES) {
    const body = JSON.stringify({ format, hospital: { name: 'Example Trust', acuteOncologyLine: line } });
    await withSettings(body, async (server) => {
      for (const wasm of [true, false]) {
        const what = `${JSON.stringify(line)} format ${JSON.stringify(format)} ${wasm ? 'with the app' : 'without the wasm'}`;
        const { context, page } = await openPage(site.browser, server, { width: 390, height: 844 });
        if (!wasm) await page.route('**/*.wasm', (route) => route.abort());
        await page.goto(`${server.base}support/`);
        if (wasm) await appReady(page);
        else await page.waitForSelector('html[data-app="failed"]');
        const scope = page.locator(wasm ? '.app-urgent-help' : '#app-fallback').first();
        if (expected === 'line') {
          await scope.locator(`a[href="${LINE_TEL}"]`).waitFor();
          assert.match(await scope.innerText(), /Example Trust: Acute line/, what);
        } else if (expected === 'not loaded') {
          await scope.getByText(NOT_LOADED).waitFor();
        } else {
          await page.waitForTimeout(1000);
        }
        assert.equal(await scope.getByText(NOT_LOADED).count(), expected === 'not loaded' ? 1 : 0, what);
        // Only the hospital's number: urgent help has other +44 lines (Scotland's helpline).
        assert.equal(await scope.locator(`a[href="${LINE_TEL}"]`).count(), expected === 'line' ? 1 : 0, what);
        await context.close();
      }
    });
  }
  // The check page says the line was not used, and why.
  await withSettings(JSON.stringify({ format: 1, hospital: { name: 'Example Trust', acuteOncologyLine: { name: 'Acute line', phone: '999' } } }), async (server) => {
    const { context, page } = await openPage(site.browser, server);
    await page.goto(`${server.base}settings/deployment-check/`);
    await appReady(page);
    const main = page.locator('main');
    await main.getByText(/files need attention|files were sent with the right type/).waitFor({ timeout: 30000 });
    const text = await main.innerText();
    assert.match(text, /Read and used, except its 24-hour line/);
    assert.match(text, /hospital\.acuteOncologyLine \(Acute line\): skipped, "999" is already shown with the urgent numbers/);
    assert.match(text, /24-hour acute oncology line\s+Not used: see the problems in the file/);
    await context.close();
  });
});

test('the offline copy keeps the last settings file that worked when the server\'s stops working, and says so', async () => {
  const files = { [CONFIG]: CLEAN };
  const server = await startServer({ root: DIST, prefix: PREFIX, files });
  const { context, page, problems } = await openPage(site.browser, server, { width: 390, height: 844 });
  const line = () => page.locator(`.app-urgent-help a[href="${LINE_TEL}"]`).first();
  try {
    await page.goto(`${server.base}support/`);
    await appReady(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 20000 });
    // Read once through the offline copy, which keeps it.
    await page.reload();
    await appReady(page);
    await line().waitFor();
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (const [what, broken] of [
      ["a host's web page", { body: '<!DOCTYPE html><html><body>Sorry</body></html>', type: 'text/html' }],
      ['a broken update', '{"format": 1, "hospital": {"name": "Example" "acuteOncologyLine": {}}}'],
      ['a server error', { body: 'Internal Server Error', status: 500, type: 'text/plain' }],
      ['a line that cannot be dialled', JSON.stringify({ format: 1, hospital: { acuteOncologyLine: { name: 'Acute line', phone: '999' } } })],
    ]) {
      files[CONFIG] = broken;
      await page.goto(`${server.base}support/`);
      await appReady(page);
      await line().waitFor();
      assert.match(await page.locator('.app-urgent-help').first().innerText(), new RegExp(LINE_NAME), what);
      assert.equal(await page.getByText(NOT_LOADED).count(), 0, what);
      const about = await aboutDeployment(page, server);
      assert.match(about, new RegExp(`cannot be used now, so the guide uses the copy it read on ${today}`), what);
      // The check page shows the server's own file and what the guide uses instead.
      await page.goto(`${server.base}settings/deployment-check/`);
      await appReady(page);
      const main = page.locator('main');
      await main.getByText(/files need attention|files were sent with the right type/).waitFor({ timeout: 30000 });
      const text = await main.innerText();
      assert.match(text, new RegExp(`What the guide uses instead\\s+The last copy of the file that worked, read on ${today}`), what);
      assert.match(text, /Tŷ Example Café Trust/, `${what}: what the guide read is the kept copy`);
      if (what === "a host's web page") assert.match(text, /answered with a web page \(text\/html\)/);
      if (what === 'a server error') assert.match(text, /500, sent as text\/plain/);
      if (what === 'a broken update') assert.match(text, /Not used: line 1: it is not valid JSON/);
    }
    // Without the app, the kept copy's line too.
    files[CONFIG] = '{"format": 1, "hospital": ';
    // The offline copy answers the wasm from its cache, past page.route: take it out of the
    // cache and refuse it from the network (context.route sees the worker's own requests).
    await context.route('**/*.wasm', (route) => route.abort());
    await page.evaluate(async () => {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) if (request.url.endsWith('.wasm')) await cache.delete(request);
      }
    });
    await page.goto(`${server.base}support/`);
    await page.waitForSelector('html[data-app="failed"]');
    await page.locator(`#app-fallback a[href="${LINE_TEL}"]`).waitFor();
    await context.unroute('**/*.wasm');
    // A file the server no longer has is forgotten: the hospital took it away.
    delete files[CONFIG];
    await page.goto(`${server.base}support/`);
    await appReady(page);
    await page.waitForTimeout(500);
    assert.equal(await line().count(), 0);
    assert.equal(await page.getByText(NOT_LOADED).count(), 0);
    files[CONFIG] = { body: '<html><body>Sorry</body></html>', type: 'text/html' };
    await page.reload();
    await appReady(page);
    await page.waitForTimeout(500);
    assert.equal(await line().count(), 0, 'nothing kept after the file was taken away');
    // net::ERR_FAILED is the wasm refused above (Chromium does not name the file).
    assert.deepEqual(problems.console.filter((m) => !/sbc-guide-config|status of (404|500)|wasm|WebAssembly|net::ERR_FAILED/i.test(m)), []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('where the app cannot start, the settings check page says why its checks cannot run, and links the deployment guide', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${site.server.base}settings/deployment-check/`);
  await page.waitForSelector('html[data-app="failed"]');
  const why = page.locator('.app-deployment-check__no-app');
  assert.ok(await why.isVisible(), 'the causes show');
  // The wasm never came: that cause alone, not the other possible ones.
  await page.waitForSelector('html[data-app-failure="wasm-missing"]');
  assert.match(await why.innerText(), /The checks cannot run in this browser[\s\S]*does not send the \.wasm files/);
  assert.doesNotMatch(await why.innerText(), /Content-Security-Policy|copied from two different builds/);
  assert.equal(await page.getByText('Checking…').isVisible(), false, 'no "Checking…" for ever');
  assert.equal(await page.getByRole('button', { name: 'Check again' }).isVisible(), false);
  // The deployment guide is in the folder, as plain text.
  // Linked once, above the causes (a web team reported it twice on this page).
  const link = page.locator('main').getByRole('link', { name: 'the deployment guide' });
  assert.equal(await link.count(), 1);
  const guide = await page.request.get(await link.evaluate((a) => a.href));
  assert.equal(guide.status(), 200);
  assert.match(guide.headers()['content-type'], /^text\/plain/);
  assert.deepEqual([...(await guide.body()).subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with a UTF-8 byte order mark');
  assert.match(await guide.text(), /^\uFEFF?# Deploying the Secondary Breast Cancer Guide/);
  // Sent as nginx and IIS send .txt by default, with no charset, it still reads right.
  await page.route(/deployment-guide\.txt$/, async (route) => {
    const answer = await route.fetch();
    await route.fulfill({ response: answer, headers: { ...answer.headers(), 'content-type': 'text/plain' } });
  });
  await page.goto(await link.evaluate((a) => a.href));
  const shown = await page.locator('body').innerText();
  assert.match(shown, /^# Deploying the Secondary Breast Cancer Guide/);
  assert.ok(shown.includes('…') && !shown.includes('â€'), 'read as UTF-8, not Windows-1252');
  await context.close();
  // With the app running, the checks run and the causes stay hidden.
  const running = await openPage(site.browser, site.server);
  await running.page.goto(`${site.server.base}settings/deployment-check/`);
  await appReady(running.page);
  assert.equal(await running.page.locator('.app-deployment-check__no-app').isVisible(), false);
  await running.context.close();
});

test('on a plain http:// intranet (no service worker, no caches) the settings check page finishes and says so', async () => {
  // Seen on a web team's server: window.caches is undefined outside a secure context and the
  // check page stopped at "Checking…". 127.0.0.1 counts as secure, so give it an intranet name.
  const browser = await launchBrowser(['--host-resolver-rules=MAP intranet.example.nhs.uk 127.0.0.1']);
  try {
    const base = site.server.base.replace('127.0.0.1', 'intranet.example.nhs.uk');
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}settings/deployment-check/`);
    assert.equal(await page.evaluate(() => isSecureContext), false, 'a plain http origin');
    await appReady(page);
    await page.getByText('Checking…').waitFor({ state: 'hidden', timeout: 20000 });
    assert.match(await page.locator('main').innerText(), /cannot keep an offline copy of this page/);
    // Saving there asks for nothing the page does not have.
    await page.goto(`${base}benefits/`);
    await appReady(page);
    await page.locator('main input[type=radio]').first().check();
    await page.waitForTimeout(500);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
