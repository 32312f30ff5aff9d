// Pre-rendered pages: every page's words are in its HTML before the wasm arrives, and the app
// takes over without a jump and without losing what the person did in the meantime (scroll,
// typing, ticking, a tap on a button, focus). The wasm is held back by the test so the
// "before" state is certain, then released.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedSite, openPage, appReady, axeViolations, PAGES, setStatus } from './harness.mjs';

const site = sharedSite();

/** A page whose wasm downloads only when `release()` is called. */
async function heldPage(options) {
  const opened = await openPage(site.browser, site.server, options);
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await opened.page.route('**/*_bg.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  // Every layout shift from the first paint on, as Chromium reports it.
  await opened.page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts.push({ value: entry.value, recent: entry.hadRecentInput });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return { ...opened, release };
}

async function notStarted(page) {
  return page.evaluate(() => document.documentElement.getAttribute('data-app') === null);
}

test('every page shows its words before the app starts, then takes over without any layout shift', async () => {
  for (const path of PAGES) {
    const { context, page, problems, release } = await heldPage();
    await page.goto(`${site.server.base}${path}`, { waitUntil: 'domcontentloaded' });
    assert.ok(await notStarted(page), `${path}: the test holds the wasm back`);
    const before = await page.locator('main h1').innerText();
    assert.ok(await page.locator('main h1').isVisible(), `${path}: heading visible before the app`);
    assert.equal(await page.locator('#app-fallback').isVisible(), false, `${path}: no "cannot work" notice`);
    const linksBefore = await page.locator('main a[href]').count();
    release();
    await appReady(page);
    assert.equal(await page.locator('main h1').innerText(), before, `${path}: same heading`);
    assert.equal(await page.locator('main a[href]').count(), linksBefore, `${path}: same links`);
    // Text the app keeps up to date is drawn once (it was once drawn twice on every tool page:
    // "0 of 24 done0 of 24 done").
    const doubled = await page.evaluate(() => [...document.querySelectorAll('body *')]
      .filter((el) => el.childElementCount === 0 && /^(.{3,})\1$/s.test(el.textContent.trim()))
      .map((el) => el.textContent));
    assert.deepEqual(doubled, [], `${path}: text drawn twice`);
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => window.__shifts);
    assert.deepEqual(shifts, [], `${path}: layout shifts`);
    assert.deepEqual(problems.console, []);
    await context.close();
  }
});

test('on a phone a returning person\'s saved checklist appears without moving the page', async () => {
  // The test fixture: a checklist for Scotland with answers, three statuses and two notes.
  const saved = readFileSync(new URL('../fixtures/storage/checklist-v1.json', import.meta.url), 'utf8');
  for (let run = 0; run < 3; run += 1) {
    const { context, page, problems, release } = await heldPage({ width: 390, height: 844 });
    await page.addInitScript((text) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('sbc-guide:checklist', text);
      }
    }, saved);
    await page.goto(`${site.server.base}benefits/`, { waitUntil: 'domcontentloaded' });
    release();
    await appReady(page);
    await page.locator('li[aria-labelledby="benefit-blue-badge"] .app-tag', { hasText: 'Receiving' }).waitFor();
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], `run ${run + 1}: layout shifts`);
    assert.deepEqual(problems.console, []);
    await context.close();
  }
});

test('pre-rendered pages are accessible before the app starts', async () => {
  for (const path of ['', 'guide/urgent-symptoms/', 'benefits/', 'support/', 'settings/', 'your-data/']) {
    const { context, page } = await heldPage();
    await page.goto(`${site.server.base}${path}`, { waitUntil: 'domcontentloaded' });
    assert.ok(await notStarted(page));
    assert.deepEqual(await axeViolations(page), [], path);
    await context.close();
  }
});

test('scrolling, typing and focus made before the app starts are kept', async () => {
  const { context, page, release } = await heldPage({ width: 390, height: 700 });
  await page.goto(`${site.server.base}support/`, { waitUntil: 'domcontentloaded' });
  await page.locator('#directory-query').scrollIntoViewIfNeeded();
  await page.locator('#directory-query').pressSequentially('samaritans');
  const scrolled = await page.evaluate(() => window.scrollY);
  assert.ok(scrolled > 100, 'the test scrolled');
  assert.ok(await notStarted(page));
  release();
  await appReady(page);
  assert.equal(await page.inputValue('#directory-query'), 'samaritans');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'directory-query');
  // The app acted on the typing: the results are filtered and the query is in the address.
  await page.waitForFunction(() => location.search.includes('q=samaritans'));
  assert.ok(await page.locator('.app-organisation').filter({ hasText: 'Samaritans' }).first().isVisible());
  assert.equal(Math.round(await page.evaluate(() => window.scrollY)), Math.round(scrolled));
  // Typing now goes on into the same box.
  await page.keyboard.type(' x');
  assert.equal(await page.inputValue('#directory-query'), 'samaritans x');
  await context.close();
});

test('an answer ticked before the app starts is applied and saved', async () => {
  const { context, page, release } = await heldPage();
  await page.goto(`${site.server.base}benefits/`, { waitUntil: 'domcontentloaded' });
  assert.ok(await page.locator('#status-pip').count() > 0, 'PIP is listed for a first visit');
  await page.check('#question-nation-scotland');
  release();
  await appReady(page);
  assert.ok(await page.isChecked('#question-nation-scotland'));
  await page.waitForFunction(() => !document.getElementById('status-pip'));
  const stored = await page.evaluate(() => localStorage.getItem('sbc-guide:checklist'));
  assert.match(stored, /scotland/);
  await context.close();
});

test('a tap on a button before the app starts is acted on once it has', async () => {
  const { context, page, release } = await heldPage();
  await page.goto(`${site.server.base}your-data/`, { waitUntil: 'domcontentloaded' });
  await page.locator('#delete-data').click();
  assert.equal(await page.locator('#confirm-delete').count(), 0, 'nothing happens yet');
  release();
  await appReady(page);
  await page.locator('#confirm-delete').waitFor();
  assert.ok(await page.locator('#confirm-delete').isVisible());
  await context.close();
});

test('a reload never lets the browser\'s remembered form values overwrite what is saved', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  await page.goto(`${site.server.base}benefits/`);
  await appReady(page);
  await page.check('#question-nation-england');
  await setStatus(page, 'pip', 'applied');
  await page.reload();
  await appReady(page);
  assert.equal(await page.inputValue('#status-pip'), 'applied');
  assert.ok(await page.isChecked('#question-nation-england'));
  await context.close();
});

test('for someone with saved data, the parts drawn from it stay hidden until the app has drawn them', async () => {
  // No service worker: it would serve the wasm from its cache, past the test's hold.
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${site.server.base}benefits/`);
  await appReady(page);
  await page.check('#question-nation-england');
  await setStatus(page, 'pip', 'applied');
  await page.waitForFunction(() => /applied/.test(localStorage.getItem('sbc-guide:checklist') ?? ''));
  await page.close();

  const again = await context.newPage();
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await again.route('**/*_bg.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  await again.goto(`${site.server.base}benefits/`, { waitUntil: 'domcontentloaded' });
  assert.ok(await again.locator('main h1').isVisible(), 'the page itself shows at once');
  // The pre-rendered page says "0 of 22 done": never shown to someone who has progress saved.
  assert.equal(await again.locator('.app-checklist-summary').isVisible(), false);
  assert.equal(await again.locator('.app-questions').isVisible(), false);
  release();
  await appReady(again);
  assert.ok(await again.locator('.app-checklist-summary').isVisible());
  assert.match(await again.locator('.app-checklist-summary__count').innerText(), /^1 of \d+ done/);
  assert.equal(await again.inputValue('#status-pip'), 'applied');
  await context.close();
});

test('a shared search link never shows the unfiltered list before the app has searched', async () => {
  const { context, page, release } = await heldPage();
  await page.goto(`${site.server.base}support/?q=samaritans`, { waitUntil: 'domcontentloaded' });
  assert.ok(await page.locator('main h1').isVisible());
  assert.equal(await page.locator('.app-directory__list').isVisible(), false);
  release();
  await appReady(page);
  await page.locator('.app-directory__list').waitFor();
  assert.deepEqual(
    await page.locator('.app-organisation__name').allInnerTexts(),
    ['Samaritans'],
  );
  await context.close();
});
