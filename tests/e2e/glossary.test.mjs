// The glossary: "Words explained", and the marks on the guide's pages. A mark opens its meaning
// in place by keyboard, touch and screen reader, without the wasm; without JavaScript it is a
// link to its entry. Nothing moves when the mark becomes a button.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSite, openPage, appReady, axeViolations, GUIDE_SLUGS } from './harness.mjs';

const site = sharedSite();
const PAGE = 'guide/what-is-secondary-breast-cancer/';

/** The meaning's box and whether it is open, for the `mark`. */
const meaningOf = (page, mark) =>
  mark.evaluate((link) => {
    const meaning = document.getElementById(link.getAttribute('aria-controls'));
    const box = meaning.getBoundingClientRect();
    return { open: meaning.matches(':popover-open'), text: meaning.textContent, left: box.left, right: box.right, top: box.top, bottom: box.bottom };
  });

test('every guide page marks words from the glossary, and every mark leads to its entry', async () => {
  const { context, page } = await openPage(site.browser, site.server, { javaScriptEnabled: false });
  await page.goto(`${site.server.base}glossary/`);
  const entries = new Set(await page.locator('dt[id]').evaluateAll((dts) => dts.map((dt) => dt.id)));
  assert.ok(entries.size >= 40, `at least 40 words explained, got ${entries.size}`);
  // A to Z: each letter link leads to its heading.
  for (const [hash, here] of await page.locator('.app-letters a').evaluateAll((as) => as.map((a) => [a.hash, a.pathname === location.pathname]))) {
    assert.ok(here, `${hash} stays on the glossary page`);
    assert.equal(await page.locator(hash).count(), 1, hash);
  }
  let marks = 0;
  for (const slug of GUIDE_SLUGS) {
    await page.goto(`${site.server.base}guide/${slug}/`);
    const links = await page.locator('main a.app-term').evaluateAll((as) => as.map((a) => [a.href, a.textContent]));
    for (const [href] of links) {
      const url = new URL(href);
      assert.equal(url.pathname, new URL(`${site.server.base}glossary/`).pathname, href);
      assert.ok(entries.has(url.hash.slice(1)), `${slug}: ${href} has an entry`);
    }
    const ids = links.map(([href]) => new URL(href).hash);
    assert.equal(new Set(ids).size, ids.length, `${slug}: each word marked once`);
    // Without JavaScript the meanings stay hidden: the link is the way to them.
    assert.equal(await page.locator('main .app-term__meaning:visible').count(), 0);
    marks += links.length;
  }
  assert.ok(marks >= GUIDE_SLUGS.length, `the guide's pages mark words (${marks})`);
  await context.close();
});

test('without JavaScript a mark is a link to its entry on the glossary page', async () => {
  const { context, page } = await openPage(site.browser, site.server, { javaScriptEnabled: false });
  await page.goto(`${site.server.base}${PAGE}`);
  const mark = page.locator('main a.app-term').first();
  const hash = await mark.evaluate((a) => a.hash);
  await mark.click();
  await page.waitForURL(`${site.server.base}glossary/${hash}`);
  const entry = page.locator(`dt${hash}`);
  assert.ok(await entry.isVisible());
  // The browser scrolls to it (smoothly, unless the person asked for less motion).
  await page.waitForFunction((id) => {
    const top = document.getElementById(id).getBoundingClientRect().top;
    return top >= -1 && top < innerHeight / 2;
  }, hash.slice(1));
  await context.close();
});

test('a mark opens its meaning in place by keyboard, and Escape closes it', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await page.goto(`${site.server.base}${PAGE}`);
  await appReady(page);
  const mark = page.locator('main a.app-term[role=button]').first();
  assert.equal(await page.locator('main a.app-term:not([role=button])').count(), 0, 'every mark acts as a button');
  await mark.focus();
  await page.keyboard.press('Enter');
  const shown = await meaningOf(page, mark);
  assert.ok(shown.open, 'open');
  assert.ok(shown.text.length > 20, shown.text);
  assert.equal(await mark.getAttribute('aria-expanded'), 'true', 'screen readers hear it is open');
  assert.ok(shown.left >= 0 && shown.right <= 1280 && shown.top >= 0 && shown.bottom <= 900, `within the window: ${JSON.stringify(shown)}`);
  const word = await mark.boundingBox();
  assert.ok(Math.abs(shown.top - (word.y + word.height)) < 12 || Math.abs(shown.bottom - word.y) < 12, 'beside its word');
  assert.deepEqual(await axeViolations(page), [], 'with a meaning open');
  // Tab goes into the meaning (its link to the glossary), as it comes next in the page.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.closest('.app-term__meaning') !== null), true);
  await page.keyboard.press('Escape');
  assert.equal((await meaningOf(page, mark)).open, false, 'closed');
  assert.equal(await mark.getAttribute('aria-expanded'), 'false');
  // Space opens it too, as on a button; the address stays this page's.
  await mark.focus();
  await page.keyboard.press(' ');
  assert.ok((await meaningOf(page, mark)).open, 'Space opens');
  assert.equal(page.url(), `${site.server.base}${PAGE}`);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test('on a phone a tap opens the meaning within the screen, and a tap elsewhere closes it', async () => {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${site.server.base}${PAGE}`);
  await appReady(page);
  const mark = page.locator('main a.app-term[role=button]').last();
  await mark.scrollIntoViewIfNeeded();
  await mark.tap();
  const shown = await meaningOf(page, mark);
  assert.ok(shown.open);
  assert.ok(shown.left >= 0 && shown.right <= 390, `within the screen's width: ${shown.left}–${shown.right}`);
  assert.ok(shown.top >= 0 && shown.bottom <= 844, `within its height: ${shown.top}–${shown.bottom}`);
  await page.locator('main h1').tap();
  assert.equal((await meaningOf(page, mark)).open, false, 'a tap elsewhere closes it');
  // A tap on the word opens it, and a second tap on the word closes it.
  await mark.tap();
  assert.ok((await meaningOf(page, mark)).open);
  await mark.tap();
  assert.equal((await meaningOf(page, mark)).open, false, 'a second tap on the word closes it');
  await context.close();
});

test('a meaning opens where the wasm cannot run', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto(`${site.server.base}${PAGE}`);
  await page.waitForFunction(() => document.documentElement.getAttribute('data-app') === 'failed');
  const mark = page.locator('main a.app-term[role=button]').first();
  await mark.click();
  assert.ok((await meaningOf(page, mark)).open);
  await context.close();
});

test('turning the marks into buttons moves nothing on the page', async () => {
  const { context, page } = await openPage(site.browser, site.server, { width: 390, height: 844 });
  // The boot module (which turns the marks into buttons) is held until the links are measured.
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route('**/boot-*.js', async (route) => {
    await gate;
    await route.continue();
  });
  // A held module script holds DOMContentLoaded too: wait for the parsed page and its stylesheet.
  await page.goto(`${site.server.base}${PAGE}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState === 'interactive'
    && [...document.styleSheets].some((sheet) => sheet.href && sheet.cssRules.length > 0));
  const positions = () => page.evaluate(() => ({
    marks: [...document.querySelectorAll('main .app-term')].map((m) => {
      const r = m.getBoundingClientRect();
      return [Math.round(r.x), Math.round(r.y + scrollY), Math.round(r.width), Math.round(r.height)];
    }),
    end: Math.round(document.querySelector('.app-review-date').getBoundingClientRect().y + scrollY),
  }));
  const before = await positions();
  assert.ok(before.marks.length > 0, 'marks to measure');
  release();
  await appReady(page);
  assert.equal(await page.locator('main a.app-term:not([role=button])').count(), 0, 'each now shows its meaning in place');
  const after = await positions();
  assert.deepEqual(after.marks, before.marks);
  assert.equal(after.end, before.end);
  await context.close();
});
