// The built guide in headless Chromium, served under a sub-path by a static server with no
// rewrite rules: every page opens directly, reads right, and keeps focus and titles right as the
// reader moves around. Each page's own checks (one h1, its title, axe at three widths, no sideways
// scrolling) are in pages.test.mjs and topic-<id>.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSite, openPage, appReady, GUIDE_SLUGS, TOPICS, END_OF_LIFE, TITLE_SUFFIX, axeViolations } from './harness.mjs';

const site = sharedSite();

/** The pages "previous" and "next" should lead to from `slug`: its neighbours in its own topic,
 *  passing over pages about the end of life. */
function neighbours(topic, slug) {
  const at = topic.pages.indexOf(slug);
  const open = (s) => !END_OF_LIFE.has(s);
  return {
    previous: topic.pages.slice(0, at).reverse().find(open),
    next: topic.pages.slice(at + 1).find(open),
  };
}

test('each guide page has its breadcrumb, its topic\'s pages, "On this page", questions, sources and the way on within its topic', async () => {
  const { context, page } = await openPage(site.browser, site.server, { width: 1280, height: 900 });
  for (const topic of TOPICS) {
    for (const slug of topic.pages) {
      await page.goto(`${site.server.base}guide/${slug}/`);
      await appReady(page);
      // Breadcrumb: home, the guide, the topic's place on the contents page; before main, so the
      // skip link passes it.
      const crumbs = page.locator('.app-breadcrumb__list a');
      assert.deepEqual(await crumbs.allInnerTexts(), ['Home', 'The guide', topic.title], `${slug}: breadcrumb`);
      assert.equal(await crumbs.last().evaluate((a) => a.href), `${site.server.base}guide/#topic-${topic.id}`);
      assert.equal(await page.locator('main .app-breadcrumb').count(), 0, `${slug}: the breadcrumb is outside main`);
      // The contents list: this topic's pages, the current one marked (none on a topic's only page).
      const listed = topic.pages.filter((s) => s === slug || !END_OF_LIFE.has(s) || END_OF_LIFE.has(slug));
      if (listed.length > 1) {
        assert.equal(await page.locator('.app-contents-list [aria-current="page"]').count(), 1, `${slug}: current page marked`);
        const hrefs = await page.locator('.app-contents-list a').evaluateAll((as) => as.map((a) => a.href));
        assert.deepEqual(hrefs, listed.filter((s) => s !== slug).map((s) => `${site.server.base}guide/${s}/`), `${slug}: contents`);
      } else {
        assert.equal(await page.locator('.app-contents-list').count(), 0, `${slug}: no contents list for one page`);
      }
      // "On this page": every link leads to a section of this page (its headings, the care cards
      // below the lead, the questions).
      // Each link stays on this page (every page has a <base>, so a bare #id would not).
      const onThisPage = await page.locator('.app-on-this-page a').evaluateAll((as) => as.map((a) => [a.hash, a.pathname === location.pathname && !!document.getElementById(a.hash.slice(1))]));
      const sections = await page.locator('main article h2').count();
      if (sections >= 4) {
        assert.equal(onThisPage.length, sections, `${slug}: one link per section`);
        assert.ok(onThisPage.every(([, there]) => there), `${slug}: ${JSON.stringify(onThisPage)}`);
        assert.equal(onThisPage.at(-1)[0], '#questions-for-your-team');
      }
      // Questions for the team: last in the page's words, each with its id.
      assert.equal(await page.locator('main article h2').last().innerText(), 'Questions you could ask your team', `${slug}: questions last`);
      const questions = await page.locator('#questions-for-your-team ~ ul li').evaluateAll((lis) => lis.map((li) => li.id));
      assert.ok(questions.length >= 1 && questions.every((id) => /^question-[a-z0-9-]+$/.test(id)), `${slug}: ${questions}`);
      assert.ok((await page.locator('.app-sources li').count()) >= 1, `${slug}: sources`);
      const review = await page.locator('.app-review-date').innerText();
      assert.match(review, /Page last reviewed: \d{1,2} \w+ 20\d\d/);
      assert.match(review, /Next review due: \d{1,2} \w+ 20\d\d/);
      // Previous and next: within the topic, never into a page about the end of life.
      const way = neighbours(topic, slug);
      for (const [rel, expected] of [['prev', way.previous], ['next', way.next]]) {
        const link = page.locator(`a[rel="${rel}"]`);
        if (expected) {
          assert.equal(await link.evaluate((a) => a.href), `${site.server.base}guide/${expected}/`, `${slug}: ${rel}`);
        } else {
          assert.equal(await link.count(), 0, `${slug}: no ${rel}`);
        }
      }
    }
  }
  await context.close();
});

test('following "Next" walks each topic, each page pre-rendered and then live', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  for (const topic of TOPICS) {
    const walk = topic.pages.filter((slug) => !END_OF_LIFE.has(slug));
    await page.goto(`${site.server.base}guide/${walk[0]}/`);
    await appReady(page);
    for (const slug of walk.slice(1)) {
      await page.locator('a[rel="next"]').click();
      await page.waitForURL(`${site.server.base}guide/${slug}/`);
      await appReady(page);
      const heading = await page.locator('h1').innerText();
      assert.equal(await page.title(), `${heading}${TITLE_SUFFIX}`);
      assert.equal(await page.locator('h1').count(), 1);
    }
    assert.equal(await page.locator('a[rel="next"]').count(), 0, `${topic.id}: "Next" ends with the topic`);
  }
  assert.deepEqual(problems.console, []);
  await context.close();
});

test('the home page leads to every topic and to urgent help, and the back button returns', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  await page.goto(site.server.base);
  await appReady(page);
  const quote = await page.locator('.app-quote').innerText();
  assert.match(quote, /within my body there is me/);
  assert.match(quote, /Michele Angelo Petrone/);
  const hrefs = await page.locator('.app-guide-list a').evaluateAll((links) => links.map((a) => a.href));
  assert.deepEqual(hrefs, TOPICS.map((topic) => `${site.server.base}guide/#topic-${topic.id}`));

  // A topic leads to its place on the contents page, with its pages under it.
  const topic = TOPICS.find((t) => t.pages.length > 1) ?? TOPICS[0];
  await page.locator('.app-guide-list a', { hasText: topic.title }).click();
  await page.waitForURL(`${site.server.base}guide/#topic-${topic.id}`);
  await appReady(page);
  const section = page.locator(`section:has(> h2#topic-${topic.id})`);
  assert.equal(await section.locator('h2').innerText(), topic.title);
  assert.ok(await section.locator('h2').isVisible());
  const pages = await section.locator(':scope > .app-guide-list a').evaluateAll((as) => as.map((a) => a.href));
  assert.deepEqual(pages, topic.pages.filter((s) => !END_OF_LIFE.has(s)).map((s) => `${site.server.base}guide/${s}/`));
  await page.goBack();
  await page.waitForURL(site.server.base);

  await page.locator('.app-inset-text--urgent a[href$="guide/urgent-symptoms/"]').click();
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

test('the contents page lists every topic with its pages, pages about the end of life only in a closed group', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  await page.goto(`${site.server.base}guide/`);
  await appReady(page);
  assert.deepEqual(await page.locator('main h2').allInnerTexts(), TOPICS.map((t) => t.title));
  for (const topic of TOPICS) {
    const section = page.locator(`section:has(> h2#topic-${topic.id})`);
    const open = await section.locator(':scope > .app-guide-list a').evaluateAll((as) => as.map((a) => a.href));
    assert.deepEqual(open, topic.pages.filter((s) => !END_OF_LIFE.has(s)).map((s) => `${site.server.base}guide/${s}/`));
    const later = topic.pages.filter((s) => END_OF_LIFE.has(s));
    const group = section.locator('details');
    assert.equal(await group.count(), later.length ? 1 : 0, `${topic.id}: end-of-life group`);
    if (later.length) {
      assert.equal(await group.getAttribute('open'), null, 'closed until chosen');
      assert.deepEqual(await group.locator('a').evaluateAll((as) => as.map((a) => a.href)), later.map((s) => `${site.server.base}guide/${s}/`));
    }
  }
  await context.close();
});

test('on a phone the breadcrumb is one "Back to" link, a full tap target, to the page\'s topic', async () => {
  const { context, page } = await openPage(site.browser, site.server, { width: 390, height: 844 });
  const topic = TOPICS.find((t) => t.pages.length > 1) ?? TOPICS[0];
  await page.goto(`${site.server.base}guide/${topic.pages.at(-1)}/`);
  await appReady(page);
  assert.equal(await page.locator('.app-breadcrumb__list').isVisible(), false);
  const back = page.locator('.app-breadcrumb__backlink');
  assert.equal(await back.evaluate((a) => a.textContent), `Back to ${topic.title}`, 'screen readers hear where it goes');
  const box = await back.boundingBox();
  assert.ok(box.height >= 44, `the link is ${box.height}px tall`);
  const h1 = await page.locator('main h1').boundingBox();
  assert.ok(h1.y + h1.height < 844, 'the heading is still in the first screen');
  await back.click();
  await page.waitForURL(`${site.server.base}guide/#topic-${topic.id}`);
  await appReady(page);
  // The browser scrolls to the topic (smoothly, unless the person asked for less motion).
  await page.waitForFunction((id) => {
    const top = document.getElementById(id).getBoundingClientRect().top;
    return top >= -1 && top < innerHeight / 2;
  }, `topic-${topic.id}`);
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
