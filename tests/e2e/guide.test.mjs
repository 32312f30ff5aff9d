// The built guide in headless Chromium, served under a sub-path by a static server with no
// rewrite rules: every page opens directly, reads right, and keeps focus and titles right as the
// reader moves around. axe at every width is in accessibility.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSite, openPage, appReady, PAGES, GUIDE_SLUGS, TITLE_SUFFIX, axeViolations } from './harness.mjs';

const site = sharedSite();

for (const path of PAGES) {
  test(`page /${path} opens directly, has one h1 and a title, and is clean`, async () => {
    const { context, page, problems } = await openPage(site.browser, site.server);
    const response = await page.goto(site.server.base + path);
    assert.equal(response.status(), 200, 'the static host serves the page itself (no rewrite rules)');
    await appReady(page);
    const h1s = await page.locator('h1').allInnerTexts();
    assert.equal(h1s.length, 1, `exactly one h1, got ${JSON.stringify(h1s)}`);
    const title = await page.title();
    assert.ok(title.endsWith(TITLE_SUFFIX), title);
    assert.equal(title, `${path === '' ? 'Home' : h1s[0]}${TITLE_SUFFIX}`);
    assert.deepEqual(problems.console, [], 'no console errors');
    assert.deepEqual(problems.foreign, [], 'no request to any other origin');
    await context.close();
  });
}

test('guide pages carry contents, sources, review dates and previous/next links', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  for (const [index, slug] of GUIDE_SLUGS.entries()) {
    await page.goto(`${site.server.base}guide/${slug}/`);
    await appReady(page);
    const current = page.locator('.app-contents-list [aria-current="page"]');
    assert.equal(await current.count(), 1, `${slug}: contents list marks the current page`);
    assert.equal(await page.locator('.app-contents-list a').count(), GUIDE_SLUGS.length - 1);
    assert.ok((await page.locator('.app-sources li').count()) >= 1, `${slug}: sources`);
    const review = await page.locator('.app-review-date').innerText();
    assert.match(review, /Page last reviewed: \d{1,2} \w+ 20\d\d/);
    assert.match(review, /Next review due: \d{1,2} \w+ 20\d\d/);
    assert.equal(await page.locator('a[rel="prev"]').count(), index === 0 ? 0 : 1, `${slug}: previous`);
    assert.equal(await page.locator('a[rel="next"]').count(), index === GUIDE_SLUGS.length - 1 ? 0 : 1, `${slug}: next`);
  }
  await context.close();
});

test('following "Next" walks the whole guide, each page pre-rendered and then live', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await page.goto(`${site.server.base}guide/${GUIDE_SLUGS[0]}/`);
  await appReady(page);
  for (const slug of GUIDE_SLUGS.slice(1)) {
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(`${site.server.base}guide/${slug}/`);
    await appReady(page);
    const heading = await page.locator('h1').innerText();
    assert.equal(await page.title(), `${heading}${TITLE_SUFFIX}`);
    assert.equal(await page.locator('h1').count(), 1);
  }
  assert.deepEqual(problems.console, []);
  await context.close();
});

test('the home page leads to every part and the back button returns', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  await page.goto(site.server.base);
  await appReady(page);
  const quote = await page.locator('.app-quote').innerText();
  assert.match(quote, /within my body there is me/);
  assert.match(quote, /Michele Angelo Petrone/);
  const hrefs = await page.locator('.app-guide-list a').evaluateAll((links) => links.map((a) => a.href));
  assert.deepEqual(hrefs, GUIDE_SLUGS.map((slug) => `${site.server.base}guide/${slug}/`));

  await page.locator('.app-guide-list a').nth(GUIDE_SLUGS.indexOf('urgent-symptoms')).click();
  await page.waitForURL(`${site.server.base}guide/urgent-symptoms/`);
  await appReady(page);
  assert.equal(await page.title(), `Symptoms to report urgently${TITLE_SUFFIX}`);
  const nav = page.locator('.app-header__navigation a[aria-current="page"]');
  assert.equal(await nav.innerText(), 'Urgent symptoms');

  await page.goBack();
  await page.waitForURL(site.server.base);
  await appReady(page);
  assert.equal(await page.title(), `Home${TITLE_SUFFIX}`);
  assert.equal(await page.locator('.app-header__navigation a[aria-current="page"]').innerText(), 'Home');
  await context.close();
});

test('the skip link is first and moves focus to main', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  await page.goto(`${site.server.base}guide/emotional-support/`);
  await appReady(page);
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement.textContent);
  assert.equal(first, 'Skip to main content');
  assert.ok(await page.locator('.app-skip-link').isVisible(), 'visible when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  assert.equal(page.url(), `${site.server.base}guide/emotional-support/`, 'the page did not change');
  // The next Tab goes into the content, not back to the header.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => !!document.activeElement.closest('main')), true);
  // An address with a search in it is kept (the link itself is written without one).
  await page.goto(`${site.server.base}support/?q=samaritans`);
  await appReady(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  assert.equal(page.url(), `${site.server.base}support/?q=samaritans`);
  assert.equal(await page.inputValue('#directory-query'), 'samaritans');
  await context.close();
});

test('a host that answers an unknown address with another page gets the not-found page', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  // Some hosts serve a fixed page for every unknown address; the app reads the address itself.
  const urgent = await (await fetch(`${site.server.base}guide/urgent-symptoms/`)).text();
  await page.route('**/guide/no-such-page/', (route) => route.fulfill({ contentType: 'text/html', body: urgent }));
  await page.goto(`${site.server.base}guide/no-such-page/`);
  await appReady(page);
  assert.equal(await page.locator('h1').innerText(), 'Page not found');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems.console, []);
  await context.close();
});

/** Moves the device's clock on five years, for every page the context opens from now on. */
async function fiveYearsOn(context) {
  await context.addInitScript(() => {
    const RealDate = Date;
    const offset = 5 * 365 * 24 * 3600 * 1000;
    globalThis.Date = class extends RealDate {
      constructor(...args) {
        super(...(args.length ? args : [RealDate.now() + offset]));
      }
      static now() {
        return RealDate.now() + offset;
      }
    };
  });
}

const OUT_OF_DATE = 'This page may be out of date';

test('a page past its review date says it may be out of date', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  await page.goto(`${site.server.base}guide/urgent-symptoms/`);
  await appReady(page);
  assert.equal(await page.getByText(OUT_OF_DATE).isVisible(), false, 'not today');

  await fiveYearsOn(context);
  for (const path of ['guide/urgent-symptoms/', 'support/']) {
    await page.goto(`${site.server.base}${path}`);
    await appReady(page);
    assert.ok(await page.getByText(OUT_OF_DATE).isVisible(), path);
    assert.deepEqual(await axeViolations(page), [], path);
  }
  await context.close();
});

test('the out-of-date notice shows from the first paint, even when the wasm cannot load', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  await fiveYearsOn(context);
  await page.route('**/*.wasm', (route) => route.abort());
  for (const path of ['guide/what-is-secondary-breast-cancer/', 'support/']) {
    await page.goto(`${site.server.base}${path}`, { waitUntil: 'domcontentloaded' });
    // As soon as the page is parsed, and with the wasm never arriving.
    assert.ok(await page.getByText(OUT_OF_DATE).isVisible(), path);
  }
  // A page with no review date of its own (the home page) says nothing.
  await page.goto(site.server.base, { waitUntil: 'domcontentloaded' });
  assert.equal(await page.getByText(OUT_OF_DATE).count(), 0);
  await context.close();
});

test('without JavaScript the page is readable and shows the helplines and urgent symptoms', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server, { javaScriptEnabled: false });
  await page.goto(`${site.server.base}guide/emotional-support/`);
  const fallback = page.locator('#app-fallback');
  assert.ok(await fallback.isVisible());
  assert.equal(await page.locator('main h1').innerText(), 'Emotional support');
  assert.ok(await page.locator('main').getByText('Samaritans').first().isVisible());
  for (const number of ['tel:999', 'tel:111', 'tel:+448088080000', 'tel:116123']) {
    assert.ok(await page.locator(`#app-fallback a[href="${number}"]`).first().isVisible(), number);
  }
  const text = await fallback.innerText();
  assert.match(text, /spinal cord compression/i);
  assert.match(text, /37\.5°C/);
  assert.deepEqual(problems.foreign, []);
  await context.close();
});

test('when WebAssembly cannot load, the fallback stays and is accessible', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(site.server.base);
  await page.waitForSelector('html[data-app="failed"]');
  assert.ok(await page.locator('#app-fallback').isVisible());
  assert.equal(await page.locator('main h1').innerText(), 'Secondary Breast Cancer Guide', 'the page itself stays');
  assert.ok(await page.locator('#app-fallback a[href="tel:999"]').isVisible());
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('the "cannot work" notice never shows in a browser that runs the app', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  await page.goto(site.server.base);
  assert.equal(await page.locator('#app-fallback').isVisible(), false, 'hidden before the app starts');
  await appReady(page);
  assert.equal(await page.locator('#app-fallback').count(), 0);
  await context.close();
});
