// Urgent help (issue 12): the urgent symptoms page symptom first, the urgent numbers for the
// person's nation everywhere, one tap to the 999 card from every page, and urgent help that
// never waits for the app, whatever happens to it. docs/clinical-safety/hazard-log.md names
// these tests as the checks of its controls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedSite, openPage, appReady, axeViolations, PAGES, DIST, PREFIX, setStatus, writeNote } from './harness.mjs';
import { startServer } from './server.mjs';
import { execSync } from 'node:child_process';

const site = sharedSite();

const URGENT = 'guide/urgent-symptoms/';
const HOSPITAL_CONFIG = JSON.stringify({
  format: 1,
  hospital: { name: 'Example NHS Foundation Trust', acuteOncologyLine: { name: '24-hour acute oncology line', phone: '020 7946 0000' } },
});
/** A checklist saved for Scotland with progress, as the benefits page writes it. */
const SCOTLAND_CHECKLIST = JSON.stringify({
  format: 1,
  data: { answers: { nation: 'scotland', working: true }, progress: { pip: { status: 'applied', note: 'ref 123' } } },
});
const CONTACTS = JSON.stringify({
  format: 2,
  data: { list: [{ id: 1, name: 'Breast care nurses', role: '', phone: '020 7946 0001', notes: '', favourite: true, urgent_line: false, applies: 'not-said' }] },
});

/** A page whose wasm is held back until `release()`. */
async function heldPage(options, target = site.server) {
  const opened = await openPage(site.browser, target, options);
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await opened.page.route('**/*_bg.wasm', async (route) => {
    await gate;
    await route.continue().catch(() => {});
  });
  return { ...opened, release };
}

/** Saves `entries` (key → text) in the page's origin before anything of ours runs. */
async function seed(page, entries) {
  await page.addInitScript((pairs) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of pairs) localStorage.setItem(key, value);
  }, Object.entries(entries));
}

/** Every `tel:` target visible on the page. */
const visibleTel = (page) =>
  page.locator('a[href^="tel:"]').evaluateAll((as) => as.filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href')));

test('at 390 x 844 the 999 card is the first thing under the heading, before and after the app starts', async () => {
  const { context, page, release } = await heldPage({ width: 390, height: 844 });
  await page.goto(`${site.server.base}${URGENT}`, { waitUntil: 'domcontentloaded' });
  for (const when of ['before', 'after']) {
    const h1 = await page.locator('main h1').boundingBox();
    const card = await page.locator('#call-999').boundingBox();
    const contents = await page.locator('.app-on-this-page').boundingBox();
    assert.ok(h1.y + h1.height <= 844, `${when}: the h1 is in the first screen`);
    assert.ok(card.y < 844 && card.y > h1.y, `${when}: the 999 card starts in the first screen (${card.y}px)`);
    assert.ok(contents.y > card.y, `${when}: "On this page" comes after the 999 card`);
    assert.match(await page.locator('#call-999 .app-care-card__heading').innerText(), /Call 999 now/);
    // The first sibling after the h1 is the card.
    assert.equal(await page.locator('main h1 + *').getAttribute('id'), 'call-999');
    if (when === 'before') {
      release();
      await appReady(page);
    }
  }
  await context.close();
});

test('the three cards carry every urgent sign in order: 999, the 24-hour line, tell your team', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  await page.goto(`${site.server.base}${URGENT}`);
  await appReady(page);
  const cards = await page.locator('.app-care-card').evaluateAll((cards) =>
    cards.map((c) => ({ kind: c.className, signs: [...c.querySelectorAll('li[id^="sign-"]')].map((li) => li.id) })),
  );
  assert.equal(cards.length, 3);
  assert.match(cards[0].kind, /emergency/);
  assert.match(cards[1].kind, /urgent/);
  assert.match(cards[2].kind, /non-urgent/);
  // Each card carries the signs docs/clinical-safety/urgent-signs.txt lists for it, in order.
  const listed = readFileSync(new URL('../../docs/clinical-safety/urgent-signs.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => /^[ABC]\d+ \|/.test(line))
    .map((line) => `sign-${line.split(' ')[0].toLowerCase()}`);
  for (const [i, letter] of ['a', 'b', 'c'].entries()) {
    assert.deepEqual(cards[i].signs, listed.filter((id) => id.startsWith(`sign-${letter}`)), `card ${i + 1}`);
  }
  // A link to a sign lands on it.
  await page.locator('a[href$="#sign-b3"]').first().click();
  await page.waitForFunction(() => location.hash === '#sign-b3');
  assert.ok(await page.locator('#sign-b3').isVisible());
  await context.close();
});

test("the header's Urgent help link is visible and leads to the 999 card before and after the app starts, at 320px and 200% text", async () => {
  for (const path of PAGES) {
    const { context, page, release } = await heldPage({ width: 320, height: 640 });
    await seed(page, { 'sbc-guide:preferences': '{"format":1,"data":{"text_size":"200","theme":"follow-device","motion":"no-preference"}}' });
    await page.goto(`${site.server.base}${path}`, { waitUntil: 'domcontentloaded' });
    assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-text-size')), '200');
    const link = page.locator('.app-header__urgent');
    assert.ok(await link.isVisible(), `${path}: Urgent help visible before the app`);
    const box = await link.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 320, `${path}: Urgent help within the screen`);
    assert.ok(box.height >= 24, `${path}: a target at least 24px tall`);
    if (path === '' || path === 'support/') {
      await Promise.all([page.waitForURL(/urgent-symptoms\/#call-999$/), link.click()]);
      assert.ok(await page.locator('#call-999').isVisible());
      release();
      await appReady(page);
      assert.ok(await page.locator('.app-header__urgent').isVisible(), 'after the app too');
      await page.locator('.app-header__urgent').click();
      await page.waitForFunction(() => location.hash === '#call-999');
      const card = await page.locator('#call-999').boundingBox();
      assert.ok(card.y < 640, 'the 999 card is on screen');
    }
    release();
    await context.close();
  }
});

test('in embed mode, Urgent help keeps embed mode even before the app starts', async () => {
  const { context, page, release } = await heldPage({ width: 390, height: 844 });
  await page.goto(`${site.server.base}benefits/?embed=1`, { waitUntil: 'domcontentloaded' });
  assert.equal(await page.locator('.app-header__navigation').isVisible(), false);
  assert.ok(await page.locator('.app-header__urgent').isVisible());
  await Promise.all([page.waitForURL(/urgent-symptoms\/\?embed=1#call-999$/), page.locator('.app-header__urgent').click()]);
  assert.equal(await page.locator('.app-footer').isVisible(), false, 'still embedded');
  assert.ok(await page.locator('#call-999').isVisible());
  release();
  await context.close();
});

test('on a phone the navigation waits behind Menu, which opens and closes by keyboard before the app starts', async () => {
  const { context, page, release } = await heldPage({ width: 390, height: 844 });
  await page.goto(`${site.server.base}benefits/`, { waitUntil: 'domcontentloaded' });
  const nav = page.locator('.app-header__navigation');
  const toggle = page.locator('.app-header__menu-toggle');
  assert.equal(await nav.isVisible(), false, 'navigation collapsed');
  assert.ok(await page.locator('main h1').isVisible());
  const h1 = await page.locator('main h1').boundingBox();
  assert.ok(h1.y + h1.height < 844, `the page's own h1 is in the first screen (${h1.y}px)`);
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.ok(await nav.isVisible(), 'Enter opens it');
  assert.deepEqual(await axeViolations(page), [], 'menu open, before the app');
  await page.keyboard.press('Escape');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await nav.isVisible(), false, 'Escape closes it');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'app-header__menu-toggle', 'focus back on Menu');
  await page.keyboard.press('Space');
  assert.ok(await nav.isVisible(), 'Space opens it');
  release();
  await appReady(page);
  assert.ok(await nav.isVisible(), 'the app keeps it as the person left it');
  await toggle.click();
  assert.equal(await nav.isVisible(), false, 'and it still closes');
  // On a wide screen there is no Menu button: the navigation is simply there.
  await page.setViewportSize({ width: 1280, height: 900 });
  assert.equal(await toggle.isVisible(), false);
  assert.ok(await nav.isVisible());
  await context.close();
});

test('choosing Northern Ireland removes 111 everywhere and survives a reload, with or without the app', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server, { width: 390, height: 844 });
  await page.goto(`${site.server.base}${URGENT}`);
  await appReady(page);
  // Not known yet: every nation's line, each labelled.
  assert.ok((await visibleTel(page)).includes('tel:111'));
  assert.match(await page.locator('.app-urgent-help').innerText(), /NHS 24 on 111 \(Scotland\)[\s\S]*NHS 111 Wales[\s\S]*Northern Ireland/);
  await page.check('#urgent-nation-northern-ireland');
  assert.ok(!(await visibleTel(page)).includes('tel:111'), 'no 111 for Northern Ireland');
  assert.match(await page.locator('.app-urgent-help').innerText(), /In Northern Ireland, call your GP practice/);
  assert.deepEqual(await axeViolations(page), [], 'Northern Ireland chosen');
  for (const path of [URGENT, 'support/', 'support/care-team/', 'guide/further-reading/']) {
    await page.goto(`${site.server.base}${path}`);
    await appReady(page);
    assert.ok(!(await visibleTel(page)).includes('tel:111'), `${path}: no 111 after a reload`);
    assert.ok((await visibleTel(page)).includes('tel:999'), `${path}: 999 always`);
  }
  // The directory, searched for 111, offers nothing that dials it.
  await page.goto(`${site.server.base}support/?q=111`);
  await appReady(page);
  assert.ok(!(await visibleTel(page)).includes('tel:111'));
  // The benefits checklist shares the answer.
  await page.goto(`${site.server.base}benefits/`);
  await appReady(page);
  assert.ok(await page.locator('#question-nation-northern-ireland').isChecked());
  assert.deepEqual(problems.foreign, []);
  const saved = await page.evaluate(() => localStorage.getItem('sbc-guide:checklist'));
  await context.close();
  // Without the app (the wasm refused), the pre-rendered page hides 111 from the first paint.
  const blocked = await openPage(site.browser, site.server, { width: 390, height: 844 });
  await seed(blocked.page, { 'sbc-guide:checklist': saved });
  await blocked.page.route('**/*.wasm', (route) => route.abort());
  for (const path of [URGENT, 'support/']) {
    await blocked.page.goto(`${site.server.base}${path}`);
    await blocked.page.waitForFunction(() => document.documentElement.getAttribute('data-app') === 'failed');
    assert.ok(!(await visibleTel(blocked.page)).includes('tel:111'), `${path}: no 111 without the app`);
    assert.ok(await blocked.page.locator('#app-fallback').isVisible(), 'the fallback notice shows');
    assert.match(await blocked.page.locator('#app-fallback').innerText(), /In Northern Ireland, call your GP practice/);
    assert.deepEqual(await axeViolations(blocked.page), [], `${path}: without the app`);
  }
  await blocked.context.close();
});

test('the fallback notice gives every nation its own line, and A&E for nerve signs', async () => {
  const { context, page } = await openPage(site.browser, site.server, { width: 390, height: 844 });
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${site.server.base}`);
  await page.waitForFunction(() => document.documentElement.getAttribute('data-app') === 'failed');
  const notice = page.locator('#app-fallback');
  assert.ok(await notice.isVisible());
  const text = await notice.innerText();
  // The same lines as urgent help (content/urgent-numbers.toml), each with its nation.
  for (const line of ['NHS 111 (England)', 'Cancer Treatment Helpline (Scotland)', 'NHS 24 on 111 (Scotland)', 'NHS 111 Wales', 'In Northern Ireland, call your GP practice']) {
    assert.ok(text.includes(line), line);
  }
  assert.match(text, /go to A&E at once/);
  assert.match(text, /No 24-hour line\? In working hours, call your breast care nurse or team/);
  assert.match(text, /Do not call 111 instead/);
  assert.deepEqual(await axeViolations(page), [], 'fallback notice');
  await context.close();
});

/** The ways the app can fail to start, as a hospital network or an old browser makes them. */
const FAILURES = {
  'wasm 404': (page) => page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 404, body: 'Not found' })),
  'an HTML page for the wasm': (page) =>
    page.route('**/*_bg.wasm', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Blocked</title><h1>This site is blocked</h1>' }),
    ),
  'the download aborted': (page) => page.route('**/*_bg.wasm', (route) => route.abort()),
  'WebAssembly missing': (page) => page.addInitScript(() => { delete globalThis.WebAssembly; }),
};

test('whatever stops the app, urgent help, the care team, the directory and the checklist are visible', async () => {
  for (const [failure, cause] of Object.entries(FAILURES)) {
    const { context, page } = await openPage(site.browser, site.server, { width: 390, height: 844 });
    await seed(page, { 'sbc-guide:checklist': SCOTLAND_CHECKLIST, 'sbc-guide:contacts': CONTACTS });
    await cause(page);
    await page.goto(`${site.server.base}support/?q=samaritans`, { waitUntil: 'domcontentloaded' });
    // Urgent help never waits: visible from the first paint.
    assert.ok(await page.locator('.app-urgent-help a[href="tel:999"]').isVisible(), `${failure}: 999 at once`);
    assert.ok(await page.locator('.app-urgent-help').getByText('NHS 24 on 111 (Scotland)').isVisible(), `${failure}: Scotland's line at once`);
    // The rest of the page is usable as plain HTML within 3 seconds, whatever happens.
    await page.waitForTimeout(3300);
    for (const part of ['.app-care-team', '.app-directory__list', '.app-directory__status']) {
      assert.ok(await page.locator(part).isVisible(), `${failure}: ${part} visible`);
      assert.equal(
        await page.locator(part).evaluate((el) => getComputedStyle(el).visibility),
        'visible',
        `${failure}: ${part} not hidden`,
      );
    }
    assert.deepEqual(await axeViolations(page), [], `${failure}: support`);
    await page.goto(`${site.server.base}benefits/`, { waitUntil: 'domcontentloaded' });
    await page.waitForTimeout(3300);
    for (const part of ['.app-questions', '.app-checklist', '#question-nation-scotland']) {
      assert.equal(
        await page.locator(part).first().evaluate((el) => getComputedStyle(el).visibility),
        'visible',
        `${failure}: benefits ${part}`,
      );
    }
    await context.close();
  }
});

test("the hospital's line stays offline, and without the app", async () => {
  const hospital = await startServer({ root: DIST, prefix: PREFIX, files: { 'sbc-guide-config.json': HOSPITAL_CONFIG } });
  try {
    const { context, page } = await openPage(site.browser, hospital, { width: 390, height: 844 });
    await page.goto(`${hospital.base}support/`);
    await appReady(page);
    await page.waitForSelector('.app-urgent-help a[href="tel:+442079460000"]');
    // Once the offline copy controls the page, the settings file is read through it and kept.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 20000 });
    await page.goto(`${hospital.base}support/`);
    await appReady(page);
    await page.waitForSelector('.app-urgent-help a[href="tel:+442079460000"]');
    await page.waitForFunction(async () => (await (await caches.open('sbc-guide-hospital-settings')).keys()).length === 1, null, { timeout: 10000 });
    await context.setOffline(true);
    await page.reload();
    await appReady(page);
    await page.waitForSelector('.app-urgent-help a[href="tel:+442079460000"]', { timeout: 10000 });
    assert.match(await page.locator('.app-urgent-help').innerText(), /Example NHS Foundation Trust: 24-hour acute oncology line/);
    await context.setOffline(false);
    await context.close();

    // The wasm blocked: the boot module adds the line to urgent help and to the notice.
    const blocked = await openPage(site.browser, hospital, { width: 390, height: 844 });
    await blocked.page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await blocked.page.goto(`${hospital.base}support/`);
    await blocked.page.waitForSelector('.app-urgent-help a[href="tel:+442079460000"]', { timeout: 10000 });
    await blocked.page.waitForSelector('#app-fallback a[href="tel:+442079460000"]');
    const numbers = await blocked.page.locator('.app-urgent-help a[href^="tel:"]').evaluateAll((as) => as.slice(0, 2).map((a) => a.getAttribute('href')));
    assert.deepEqual(numbers, ['tel:999', 'tel:+442079460000'], 'straight after 999');
    assert.deepEqual(await axeViolations(blocked.page), [], 'with the boot module line');
    await blocked.context.close();
  } finally {
    await hospital.close();
  }
});

test('a change made before the app has read saved progress never replaces it', async () => {
  const { context, page, release } = await heldPage({ width: 1280, height: 900 });
  await seed(page, { 'sbc-guide:checklist': SCOTLAND_CHECKLIST.replace('scotland', 'wales') });
  await page.goto(`${site.server.base}benefits/`, { waitUntil: 'domcontentloaded' });
  // Saved parts wait, but never longer than 3 seconds.
  const visibility = () => page.locator('.app-checklist').first().evaluate((el) => getComputedStyle(el).visibility);
  assert.equal(await visibility(), 'hidden');
  await page.waitForTimeout(3300);
  assert.equal(await visibility(), 'visible');
  // The page still shows a first visit: the person changes what they see.
  await setStatus(page, 'pip', 'receiving');
  await writeNote(page, 'pip', 'typed early');
  await page.locator('#question-nation-england').check();
  release();
  await appReady(page);
  // What was saved wins where it differed from what the person saw.
  assert.equal(await page.inputValue('#status-pip'), 'applied');
  assert.equal(await page.inputValue('#note-pip'), 'ref 123');
  assert.ok(await page.locator('#question-nation-wales').isChecked());
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('sbc-guide:checklist')));
  assert.equal(saved.data.progress.pip.status, 'applied');
  assert.equal(saved.data.progress.pip.note, 'ref 123');
  assert.equal(saved.data.answers.nation, 'wales');
  // Where nothing was saved, the early change is kept: an untouched question answered early.
  await context.close();

  const fresh = await heldPage({ width: 1280, height: 900 });
  await fresh.page.goto(`${site.server.base}benefits/`, { waitUntil: 'domcontentloaded' });
  await fresh.page.locator('#question-nation-scotland').check();
  fresh.release();
  await appReady(fresh.page);
  assert.ok(await fresh.page.locator('#question-nation-scotland').isChecked());
  await fresh.page.waitForFunction(() => JSON.parse(localStorage.getItem('sbc-guide:checklist') ?? 'null')?.data?.answers?.nation === 'scotland');
  await fresh.context.close();
});

test('the alert card: its line comes first, says when it applies, and is flagged once its date has passed', async () => {
  const { context, page } = await openPage(site.browser, site.server, { width: 390, height: 844 });
  await page.goto(`${site.server.base}support/care-team/`);
  await appReady(page);
  await page.fill('#contact-name', 'Royal Example 24-hour line');
  await page.fill('#contact-phone', '020 7946 0009');
  await page.check('#contact-urgent');
  await page.check('#contact-applies-until');
  await page.fill('#contact-until', '2026-01-31');
  assert.deepEqual(await axeViolations(page), [], 'alert card questions');
  await page.click('button[type="submit"]');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('sbc-guide:contacts'))?.data?.list?.length === 1);
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('sbc-guide:contacts')));
  assert.equal(stored.format, 2);
  assert.equal(stored.data.list[0].applies, '2026-01-31');
  for (const path of ['support/', URGENT]) {
    await page.goto(`${site.server.base}${path}`);
    await appReady(page);
    const numbers = await page.locator('.app-urgent-help a[href^="tel:"]').evaluateAll((as) => as.slice(0, 2).map((a) => a.getAttribute('href')));
    assert.deepEqual(numbers, ['tel:999', 'tel:+442079460009'], `${path}: the alert card's line straight after 999`);
    assert.match(
      await page.locator('.app-urgent-help').innerText(),
      /Your card said until 31 January 2026\. Ask your team whether it still applies\./,
      `${path}: a passed date is flagged, the line still shown`,
    );
  }
  await context.close();
});

test('no page scrolls sideways at 320px with 200% text, WCAG text spacing and a wide font', async () => {
  const { context, page } = await openPage(site.browser, site.server, { width: 320, height: 640 });
  await seed(page, { 'sbc-guide:preferences': '{"format":1,"data":{"text_size":"200","theme":"follow-device","motion":"no-preference"}}' });
  // DejaVu Sans (installed by scripts/setup.sh) is among the widest fonts a machine may use;
  // WCAG 1.4.12's text spacing widens it further, so a narrower font elsewhere cannot hide a
  // word or number that does not wrap.
  const wide = `*, *::before, *::after { font-family: "DejaVu Sans", sans-serif !important;
    letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important; }
    p { margin-bottom: 2em !important; }`;
  assert.match(execSync('fc-list : family').toString(), /DejaVu Sans/, 'the wide test font is installed (scripts/setup.sh)');
  const tooWide = [];
  for (const path of PAGES) {
    await page.goto(`${site.server.base}${path}`);
    await appReady(page);
    await page.addStyleTag({ content: wide });
    const extra = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (extra > 0) {
      const culprits = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .slice(0, 3)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.trim().slice(0, 40)}`),
      );
      tooWide.push(`/${path} is ${extra}px too wide: ${culprits.join(' | ')}`);
    }
  }
  assert.deepEqual(tooWide, []);
  await context.close();
});
