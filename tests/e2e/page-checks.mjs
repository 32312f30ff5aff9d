// The checks every page of the site gets, registered by the files that hold them: one file for
// the pages that are not in the guide's topics (pages.test.mjs) and one per topic
// (topic-<id>.test.mjs), so no file nears the runner's time limit for a file however many pages
// a topic gains. Per page: it opens directly with one h1, its title and no errors or requests
// elsewhere; axe (WCAG 2.2 AA and best practice) at 320, 412 and 1280 px; no sideways scrolling
// at 320 px, with the browser's text at its default size and doubled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSite, openPage, appReady, axeViolations, TITLE_SUFFIX, TOPICS } from './harness.mjs';

/** How far the page scrolls sideways, in CSS pixels (0 when it does not). */
const sidewaysOverflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Registers the checks for each of `paths` (relative to the site's base, '' for home). */
export function checkPages(paths) {
  const site = sharedSite();
  for (const path of paths) {
    test(`page /${path} opens directly, has one h1 and a title, is clean and has no axe violations at 1280px`, async () => {
      const { context, page, problems } = await openPage(site.browser, site.server);
      const response = await page.goto(site.server.base + path);
      assert.equal(response.status(), 200, 'the static host serves the page itself (no rewrite rules)');
      await appReady(page);
      const h1s = await page.locator('h1').allInnerTexts();
      assert.equal(h1s.length, 1, `exactly one h1, got ${JSON.stringify(h1s)}`);
      const title = await page.title();
      assert.ok(title.endsWith(TITLE_SUFFIX), title);
      assert.equal(title, `${path === '' ? 'Home' : h1s[0]}${TITLE_SUFFIX}`);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems.console, [], 'no console errors');
      assert.deepEqual(problems.foreign, [], 'no request to any other origin');
      await context.close();
    });
    // 412: a common Android width (Lighthouse's).
    test(`page /${path} has no axe violations at 412px`, async () => {
      const { context, page } = await openPage(site.browser, site.server, { width: 412, height: 800 });
      await page.goto(site.server.base + path);
      await appReady(page);
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
    // 320: the smallest phone, then with the browser's default font doubled (Chromium's
    // Page.setFontSizes, as a person with low vision sets it: WCAG 1.4.4 and 1.4.10).
    test(`page /${path} has no axe violations at 320px and does not scroll sideways, even at 200% text`, async () => {
      const { context, page } = await openPage(site.browser, site.server, { width: 320, height: 800 });
      await page.goto(site.server.base + path);
      await appReady(page);
      assert.deepEqual(await axeViolations(page), []);
      const overflow = await sidewaysOverflow(page);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than a 320px screen`);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.enable');
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      await page.reload();
      await appReady(page);
      assert.ok(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize) >= 30), 'the font is doubled');
      const overflowLarge = await sidewaysOverflow(page);
      assert.ok(overflowLarge <= 0, `at 200% text the page is ${overflowLarge}px wider than a 320px screen`);
      await context.close();
    });
  }
}

/** Registers the checks for every page of the topic `id` in content/guide.toml. */
export function checkTopic(id) {
  const topic = TOPICS.find((t) => t.id === id);
  if (!topic) throw new Error(`content/guide.toml has no topic "${id}": rename or remove tests/e2e/topic-${id}.test.mjs`);
  checkPages(topic.pages.map((slug) => `guide/${slug}/`));
}
