// Embedding in hospital pages: a cross-site iframe in embed mode (no header or footer, height
// sent to the host, which checks the message's origin) and a sandboxed iframe without
// allow-same-origin (storage in memory, with the notice).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { DIST, PREFIX, launchBrowser, setStatus } from './harness.mjs';
import { startServer } from './server.mjs';

let browser;
let guide;

before(async () => {
  browser = await launchBrowser();
  // A sandboxed frame has an opaque origin, so its module scripts and wasm are cross-origin
  // requests: the deployment guide tells hospitals to send this header for that case.
  guide = await startServer({ root: DIST, prefix: PREFIX, headers: { 'access-control-allow-origin': '*' } });
});

after(async () => {
  await browser?.close();
  await guide?.close();
});

/** A host page on another site ("localhost" is a different site from "127.0.0.1"). */
async function hostPage(body) {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><title>Hospital intranet</title></head><body><h1>Our patients' pages</h1>${body}</body></html>`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://localhost:${server.address().port}/`, close: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }) };
}

/** The host snippet exactly as docs/DEPLOYMENT.md gives it (section 5): its <script>. */
const DOCUMENTED_SNIPPET = (() => {
  const guideText = readFileSync(new URL('../../docs/DEPLOYMENT.md', import.meta.url), 'utf8');
  const block = guideText.match(/```html\n<iframe id="sbc-guide"[\s\S]*?```/);
  assert.ok(block, 'docs/DEPLOYMENT.md has the embedding snippet');
  const script = block[0].match(/<script>[\s\S]*<\/script>/);
  assert.ok(script, 'the snippet has its script');
  return script[0];
})();

/** A host page with the documented snippet: it frames `src` and sizes the frame from the
 *  guide's height messages, as docs/DEPLOYMENT.md's snippet does (the same script), and keeps
 *  the heights in `window.heights` for the tests. */
function sizingHost(src, attributes = '') {
  return hostPage(`
    <iframe id="sbc-guide" ${attributes} src="${src}" title="Secondary Breast Cancer Guide" width="360" height="300"></iframe>
    ${DOCUMENTED_SNIPPET}
    <script>
      window.heights = [];
      window.addEventListener('message', function (event) {
        if (event.source !== document.getElementById('sbc-guide').contentWindow) return;
        if (event.data && event.data.type === 'sbc-guide:height') window.heights.push(event.data.height);
      });
    </script>`);
}

test('a cross-site iframe in embed mode drops header and footer and sizes itself', async () => {
  const host = await sizingHost(`${guide.base}benefits/?embed=1`);
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(host.url);
    const frame = page.frameLocator('#sbc-guide');
    await frame.locator('html[data-app="ready"] .app-page main h1').waitFor();
    // No site header or footer: only the header's "Urgent help" link, one tap to the 999 card.
    assert.equal(await frame.locator('.app-header__navigation').isVisible(), false);
    assert.equal(await frame.locator('.app-header__service').isVisible(), false);
    assert.equal(await frame.locator('.app-footer').count(), 0);
    assert.ok(await frame.locator('.app-header__urgent').isVisible(), 'Urgent help stays in embed mode');
    await page.waitForFunction(() => window.heights.length > 0);
    const height = await page.evaluate(() => document.getElementById('sbc-guide').getBoundingClientRect().height);
    assert.ok(height > 1000, `iframe grew to its content: ${height}px`);
    // Whether a cross-site frame may save depends on the browser's third-party storage rules
    // (this Chromium blocks it): either way the checklist works, and the notice tells the truth.
    await frame.locator('#question-nation-england').check();
    await setStatus(frame, 'pip', 'applied');
    const inner = page.frames().find((f) => f.url().startsWith(guide.origin));
    const canStore = await inner.evaluate(() => {
      try {
        return !!window.localStorage;
      } catch {
        return false;
      }
    });
    assert.equal(await frame.locator('.app-save-notice').count(), canStore ? 0 : 1);
    assert.match(await frame.locator('.app-checklist-summary__count').innerText(), /^1 of/);
    // Moving inside the frame keeps embed mode.
    await inner.evaluate(() => {
      const a = document.createElement('a');
      a.href = 'guide/urgent-symptoms/';
      document.querySelector('main').append(a);
      a.click();
    });
    await frame.locator('html[data-app="ready"] h1', { hasText: 'Symptoms to report urgently' }).waitFor();
    assert.ok(page.frames().some((f) => f.url().endsWith('guide/urgent-symptoms/?embed=1')));
    assert.equal(await frame.locator('.app-header__navigation').isVisible(), false);
    // "Urgent help" leads to the 999 card and keeps embed mode.
    await frame.locator('.app-header__urgent').click();
    await page.waitForFunction(() => [...document.querySelectorAll('iframe')].length > 0);
    await frame.locator('html[data-app="ready"] #call-999').waitFor();
    assert.ok(
      page.frames().some((f) => f.url().endsWith('guide/urgent-symptoms/?embed=1#call-999')),
      page.frames().map((f) => f.url()).join(' '),
    );
    assert.equal(await frame.locator('.app-footer').count(), 0);
  } finally {
    await context.close();
    await host.close();
  }
});

test('the embedded guide shrinks as well as grows: a long page, then a short one', async () => {
  const host = await sizingHost(`${guide.base}benefits/?embed=1`);
  const context = await browser.newContext();
  const page = await context.newPage();
  // Inside the frame's border: the height the guide asked for.
  const frameHeight = () => page.evaluate(() => document.getElementById('sbc-guide').clientHeight);
  try {
    await page.goto(host.url);
    const frame = page.frameLocator('#sbc-guide');
    await frame.locator('html[data-app="ready"] .app-page main h1').waitFor();
    await page.waitForFunction(() => window.heights.length > 0);
    const long = await frameHeight();
    assert.ok(long > 3000, `the benefits page is long: ${long}px`);
    const inner = page.frames().find((f) => f.url().startsWith(guide.origin));
    await inner.evaluate(() => {
      const a = document.createElement('a');
      a.href = 'settings/';
      document.querySelector('main').append(a);
      a.click();
    });
    await frame.locator('html[data-app="ready"] h1', { hasText: 'Settings' }).waitFor();
    await page.waitForFunction((long) => window.heights.at(-1) < long, long);
    // The page may still grow a little after it starts ("About this deployment" reads the
    // settings file): the frame must follow it, so wait until they agree (up to 10 s).
    const settings = page.frames().find((f) => f.url().includes('settings/'));
    let short;
    let content;
    for (let tries = 0; tries < 40; tries += 1) {
      short = await frameHeight();
      content = await settings.evaluate(() => document.body.scrollHeight);
      if (Math.abs(short - content) <= 2) break;
      await page.waitForTimeout(250);
    }
    assert.ok(short < long / 2, `the frame shrank: ${long}px, then ${short}px`);
    assert.ok(Math.abs(short - content) <= 2, `the frame fits the settings page: ${short}px for ${content}px`);
  } finally {
    await context.close();
    await host.close();
  }
});

test('a sandboxed iframe without allow-same-origin works in memory and says so', async () => {
  const host = await sizingHost(`${guide.base}benefits/?embed=1`, 'sandbox="allow-scripts allow-popups"');
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(host.url);
    const frame = page.frameLocator('#sbc-guide');
    await frame.locator('.app-page main h1').waitFor({ timeout: 15000 });
    assert.match(await frame.locator('.app-save-notice').innerText(), /will not be kept/);
    await frame.locator('#question-nation-scotland').check();
    await setStatus(frame, 'adult-disability-payment', 'applied');
    assert.match(await frame.locator('.app-checklist-summary__count').innerText(), /^1 of/);
    // The documented snippet sizes a sandboxed frame too (its messages come from origin "null").
    await page.waitForFunction(() => window.heights.length > 0 && document.getElementById('sbc-guide').offsetHeight > 1000);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await host.close();
  }
});

test('a sandboxed iframe on a server without Access-Control-Allow-Origin says what will not work', async () => {
  // The frame's module scripts are cross-origin and refused, so the boot module never runs:
  // the page must still say so, with the helplines, rather than look as if it worked.
  // The hospital has a settings file, which the frame cannot read either.
  const settings = JSON.stringify({ format: 1, hospital: { name: 'Example Trust', acuteOncologyLine: { name: 'Acute line', phone: '020 7946 0000' } } });
  const plain = await startServer({ root: DIST, prefix: PREFIX, files: { 'sbc-guide-config.json': settings } });
  const framed = (path) => hostPage(`<iframe id="sbc-guide" sandbox="allow-scripts allow-popups" src="${plain.base}${path}" title="Secondary Breast Cancer Guide" width="360" height="900"></iframe>`);
  let host = await framed('guide/urgent-symptoms/?embed=1');
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(host.url);
    const frame = page.frameLocator('#sbc-guide');
    await frame.locator('html[data-app="failed"]').waitFor({ timeout: 15000 });
    const fallback = frame.locator('#app-fallback');
    assert.ok(await fallback.isVisible(), 'the "cannot work here" notice shows');
    assert.equal(await fallback.locator('a[href^="tel:"]').first().getAttribute('href'), 'tel:999');
    // The hospital's line is missing here: said, straight after 999, not silently dropped.
    await fallback.locator('.app-urgent-help__unavailable').waitFor({ timeout: 10000 });
    assert.match(await fallback.locator('.app-urgent-help__list li').nth(1).innerText(), /could not be loaded/);
    // The check page, in the same frame, names this cause alone.
    await host.close();
    host = await framed('settings/deployment-check/?embed=1');
    await page.goto(host.url);
    await frame.locator('html[data-app-failure="sandbox"]').waitFor({ timeout: 15000 });
    const causes = await frame.locator('.app-deployment-check__cause').evaluateAll((items) => items.filter((li) => li.offsetParent !== null).map((li) => li.textContent));
    assert.equal(causes.length, 1, causes.join('\n'));
    assert.match(causes[0], /Access-Control-Allow-Origin/);
  } finally {
    await context.close();
    await host.close();
    await plain.close();
  }
});

test('a page opened from the bottom of a long page shows its top, not the host\'s footer', async () => {
  const host = await sizingHost(`${guide.base}guide/urgent-symptoms/?embed=1`);
  const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
  const page = await context.newPage();
  const frameTop = () => page.evaluate(() => document.getElementById('sbc-guide').getBoundingClientRect().top);
  try {
    await page.goto(host.url);
    const frame = page.frameLocator('#sbc-guide');
    await frame.locator('html[data-app="ready"] .app-page main h1').waitFor();
    await page.waitForFunction(() => document.getElementById('sbc-guide').offsetHeight > 2000);
    // The host's first load is left where the host put it.
    assert.equal(await page.evaluate(() => window.pageYOffset), 0);
    // Near the bottom of the long page, a link to another part.
    const next = frame.locator('main a[href$="guide/emotional-support/"]').last();
    await next.scrollIntoViewIfNeeded();
    assert.ok((await frameTop()) < -1000, 'scrolled far down the long page');
    await next.click();
    await frame.locator('html[data-app="ready"] h1:has-text("Emotional support")').waitFor();
    await page.waitForFunction(() => {
      const top = document.getElementById('sbc-guide').getBoundingClientRect().top;
      return top >= -1 && top < window.innerHeight;
    }, null, { timeout: 10000 });
    // "Urgent help" from there shows the 999 card.
    await frame.locator('.app-header__urgent').click();
    await frame.locator('html[data-app="ready"] #call-999').waitFor();
    await page.waitForFunction(() => {
      const card = document.getElementById('sbc-guide').getBoundingClientRect().top;
      return card < window.innerHeight;
    });
    /** Where the frame's element `id` is in the host's window. */
    const onScreen = async (id) => {
      const inner = page.frames().find((f) => f.url().startsWith(guide.origin));
      return (await frameTop()) + (await inner.evaluate((id) => document.getElementById(id).getBoundingClientRect().top, id));
    };
    await page.waitForTimeout(300);
    const card = await onScreen('call-999');
    assert.ok(card >= -1 && card < 100, `the 999 card is at the top of the window: ${card}px`);
    // A link to a part further down the same page brings that part into view.
    const inner = page.frames().find((f) => f.url().startsWith(guide.origin));
    const below = await inner.evaluate(() => {
      const link = [...document.querySelectorAll('main a[href*="#"]')].find((a) => a.pathname === location.pathname && a.hash && document.getElementById(a.hash.slice(1)) && document.getElementById(a.hash.slice(1)).getBoundingClientRect().top > 2000);
      return link && link.hash.slice(1);
    });
    assert.ok(below, 'the urgent page links to a part of itself further down');
    await frame.locator(`main a[href$="#${below}"]`).first().click();
    let part;
    for (let tries = 0; tries < 40; tries += 1) {
      part = await onScreen(below);
      if (part >= -1 && part < 100) break;
      await page.waitForTimeout(100);
    }
    assert.ok(part >= -1 && part < 100, `#${below} is brought to the top of the window: ${part}px`);
  } finally {
    await context.close();
    await host.close();
  }
});

test('where the app cannot start, links inside the frame keep embed mode and the host shows each new page', async () => {
  const host = await sizingHost(`${guide.base}guide/urgent-symptoms/?embed=1`);
  const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
  await context.route('**/*.wasm', (route) => route.abort());
  const page = await context.newPage();
  try {
    await page.goto(host.url);
    const frame = page.frameLocator('#sbc-guide');
    await frame.locator('html[data-app="failed"]').waitFor({ timeout: 15000 });
    await page.waitForFunction(() => window.heights.length > 0 && document.getElementById('sbc-guide').offsetHeight > 2000);
    const next = frame.locator('main a[href$="guide/emotional-support/"]').last();
    await next.scrollIntoViewIfNeeded();
    await next.click();
    await frame.locator('html[data-app="failed"] h1:has-text("Emotional support")').waitFor();
    const inner = page.frames().find((f) => f !== page.mainFrame());
    assert.match(inner.url(), /\?embed=1$/, 'the next page is still embedded');
    assert.equal(await frame.locator('.app-header__service').isVisible(), false);
    await page.waitForFunction(() => {
      const top = document.getElementById('sbc-guide').getBoundingClientRect().top;
      return top >= -1 && top < 100;
    }, null, { timeout: 10000 });
  } finally {
    await context.close();
    await host.close();
  }
});

test('the settings check page in a sandboxed frame with Access-Control-Allow-Origin reads the settings file', async () => {
  // A header of the page's own on the request would make the browser ask the server first
  // (OPTIONS), which static servers refuse: the file then looked unreadable (a web team saw it).
  const settings = JSON.stringify({ format: 1, hospital: { name: 'Example Trust', acuteOncologyLine: { name: 'Acute line', phone: '020 7946 0000' } } });
  const cors = await startServer({ root: DIST, prefix: PREFIX, headers: { 'access-control-allow-origin': '*' }, files: { 'sbc-guide-config.json': settings } });
  const host = await hostPage(`<iframe id="sbc-guide" sandbox="allow-scripts allow-popups" src="${cors.base}settings/deployment-check/?embed=1" title="Secondary Breast Cancer Guide" width="800" height="900"></iframe>`);
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(host.url);
    const frame = page.frameLocator('#sbc-guide');
    const main = frame.locator('html[data-app="ready"] main');
    await main.getByText(/files need attention|files were sent with the right type|list of files could not be read/).waitFor({ timeout: 30000 });
    const text = await main.innerText();
    assert.match(text, /Read and used\./);
    assert.doesNotMatch(text, /answered 0/);
  } finally {
    await context.close();
    await host.close();
    await cors.close();
  }
});
