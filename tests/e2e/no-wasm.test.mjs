// Where the app cannot run, nothing pretends to work. Chromium with --js-flags=--jitless runs
// JavaScript with WebAssembly undefined, as iOS Lockdown Mode, Edge's enhanced security and some
// hospitals' policies do: the pre-paint script knows before the first paint, disables every
// control that needs the app and shows a plain sentence beside it, while urgent help, reading,
// phone numbers and printing keep working. With JavaScript off the same sentences show, and a
// form never submits and reloads the page empty; where starting fails later, what was typed
// stays in its field with "Not saved" beside it (src/components/needs_app.rs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSite, openPage, launchBrowser, axeViolations } from './harness.mjs';

const site = sharedSite();
let jitless;
before(async () => {
  jitless = await launchBrowser(['--js-flags=--jitless']);
});
after(async () => {
  await jitless?.close();
});

const TOOL_PAGES = ['benefits/', 'support/', 'support/care-team/', 'settings/', 'your-data/', 'guide/urgent-symptoms/'];

/** Every control in a part that needs the app, with whether it is disabled, and every note. */
const parts = (page) =>
  page.evaluate(() => ({
    enabled: [...document.querySelectorAll('[data-needs-app] :is(input, select, textarea, button)')]
      .filter((el) => !el.disabled)
      .map((el) => el.id || el.outerHTML.slice(0, 80)),
    controls: document.querySelectorAll('[data-needs-app] :is(input, select, textarea, button)').length,
    notes: [...document.querySelectorAll('.app-needs-app')].map((el) => (el.offsetParent !== null ? 'shown' : 'hidden')),
  }));

test('with WebAssembly off, every control that needs the app is disabled with a sentence beside it', async () => {
  const { context, page, problems } = await openPage(jitless, site.server);
  for (const path of TOOL_PAGES) {
    await page.goto(`${site.server.base}${path}`);
    assert.equal(await page.evaluate(() => typeof WebAssembly), 'undefined', 'this Chromium runs without WebAssembly');
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-no-wasm')), true, path);
    const found = await parts(page);
    assert.ok(found.controls > 0, `${path}: has controls that need the app`);
    assert.deepEqual(found.enabled, [], `${path}: controls left usable`);
    assert.ok(found.notes.length > 0 && found.notes.every((n) => n === 'shown'), `${path}: notes ${found.notes}`);
    // What still works: urgent help and its numbers, the notice with the helplines.
    assert.ok(await page.locator('#app-fallback').isVisible(), `${path}: the notice`);
    assert.ok(await page.locator('a[href="tel:999"]:visible').count() > 0, `${path}: 999 one tap away`);
    assert.deepEqual(await axeViolations(page), [], `${path}: accessible without WebAssembly`);
  }
  // The sentence names what to do instead.
  await page.goto(`${site.server.base}support/care-team/`);
  assert.match(await page.locator('#contact-form .app-needs-app').innerText(), /cannot be added or saved in this browser[\s\S]*phone numbers on this page still work/);
  assert.deepEqual(problems.foreign, []);
  await context.close();
});

test('the check page for web teams names WebAssembly turned off as the cause', async () => {
  const { context, page } = await openPage(jitless, site.server);
  await page.goto(`${site.server.base}settings/deployment-check/`);
  await page.waitForSelector('html[data-app-failure="no-wasm"]');
  const causes = await page.locator('.app-deployment-check__cause:visible').allInnerTexts();
  assert.equal(causes.length, 1, causes.join('\n'));
  assert.match(causes[0], /WebAssembly is turned off in this browser/);
  await context.close();
});

test('with JavaScript off the sentences show and a form never submits and reloads', async () => {
  const { context, page } = await openPage(site.browser, site.server, { javaScriptEnabled: false });
  await page.goto(`${site.server.base}support/care-team/`);
  assert.ok(await page.locator('#contact-form .app-needs-app').isVisible());
  await page.fill('#contact-name', 'Breast care nurses');
  await page.press('#contact-name', 'Enter');
  await page.click('#contact-form button[type=submit]');
  await page.waitForTimeout(500);
  assert.equal(page.url(), `${site.server.base}support/care-team/`, 'no reload with the form in the address');
  assert.equal(await page.inputValue('#contact-name'), 'Breast care nurses', 'what was typed is still there');
  for (const path of ['benefits/', 'settings/', 'support/']) {
    await page.goto(`${site.server.base}${path}`);
    assert.ok(await page.locator('.app-needs-app').first().isVisible(), path);
  }
  await context.close();
});

test('where starting fails, what was typed stays with "Not saved" beside it and nothing reloads', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto(`${site.server.base}support/care-team/`);
  await page.waitForFunction(() => document.documentElement.getAttribute('data-app') === 'failed');
  await page.fill('#contact-name', 'Breast care nurses');
  await page.fill('#contact-phone', '020 7946 0001');
  await page.click('#contact-form button[type=submit]');
  await page.waitForTimeout(500);
  assert.equal(page.url(), `${site.server.base}support/care-team/`);
  assert.equal(await page.inputValue('#contact-name'), 'Breast care nurses');
  const beside = await page.evaluate(() =>
    ['contact-name', 'contact-phone'].map((id) => document.getElementById(id).nextElementSibling?.textContent),
  );
  assert.deepEqual(beside, ['Not saved', 'Not saved']);
  assert.ok(await page.locator('#contact-form .app-needs-app').isVisible(), 'and the part says it cannot save here');
  await context.close();
});
