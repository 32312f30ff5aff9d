// A hospital's strict Content Security Policy: the guide runs with zero violations; without
// 'wasm-unsafe-eval' the static helplines and symptoms stay visible.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, DIST, PAGES, PREFIX, launchBrowser, setStatus } from './harness.mjs';
import { startServer } from './server.mjs';

const STRICT =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'";

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

async function watchedPage(context) {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const messages = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) messages.push(msg.text());
  });
  return { page, messages };
}

test('under a strict CSP every page and feature runs with zero violations', async () => {
  const server = await startServer({ root: DIST, prefix: PREFIX, headers: { 'content-security-policy': STRICT } });
  const context = await browser.newContext();
  const { page, messages } = await watchedPage(context);
  try {
    for (const path of PAGES) {
      await page.goto(server.base + path);
      await appReady(page);
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], `/${path}`);
    }
    // Interactive parts: the checklist, search, contacts, settings, and in-app navigation.
    await page.goto(`${server.base}benefits/`);
    await appReady(page);
    await page.check('#question-nation-wales');
    await setStatus(page, 'pip', 'applied');
    await page.goto(`${server.base}support/`);
    await appReady(page);
    await page.fill('#directory-query', 'samaritans');
    await page.goto(`${server.base}support/care-team/`);
    await appReady(page);
    await page.fill('#contact-name', 'Nurses');
    await page.fill('#contact-phone', '020 7946 0001');
    await page.click('#contact-form button[type=submit]');
    await page.goto(`${server.base}settings/`);
    await appReady(page);
    await page.check('#question-theme-high-contrast');
    await page.check('#question-text-size-200');
    await page.locator('.app-header__navigation a').first().click();
    await appReady(page);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
    assert.deepEqual(messages, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test("without 'wasm-unsafe-eval' the static helplines and symptoms stay visible", async () => {
  const server = await startServer({
    root: DIST,
    prefix: PREFIX,
    headers: { 'content-security-policy': STRICT.replace(" 'wasm-unsafe-eval'", '') },
  });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    const started = Date.now();
    await page.goto(`${server.base}guide/urgent-symptoms/`);
    await page.waitForSelector('html[data-app="failed"]');
    assert.ok(await page.locator('#app-fallback').isVisible());
    assert.ok(await page.locator('#app-fallback a[href="tel:999"]').isVisible());
    assert.match(await page.locator('#app-fallback').innerText(), /spinal cord compression/);
    assert.equal(await page.locator('main h1').innerText(), 'Symptoms to report urgently', 'the page itself stays');
    assert.ok(Date.now() - started < 5000);
    // The settings check page names this cause alone, not every possible one.
    await page.goto(`${server.base}settings/deployment-check/`);
    await page.waitForSelector('html[data-app-failure]');
    assert.equal(await page.locator('html').getAttribute('data-app-failure'), 'csp');
    const causes = await page.locator('.app-deployment-check__cause').evaluateAll((items) => items.filter((li) => li.offsetParent !== null).map((li) => li.textContent));
    assert.equal(causes.length, 1, causes.join('\n'));
    assert.match(causes[0], /wasm-unsafe-eval/);
  } finally {
    await context.close();
    await server.close();
  }
});
