// axe (WCAG 2.2 AA and best practice) on every page at 320, 412 and 1280 px, and on one page of
// each kind at the other common widths: apart from guide.test.mjs so that neither file comes
// near the test runner's time limit for a file (about 4 minutes together on 2 busy cores).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSite, openPage, appReady, PAGES, axeViolations } from './harness.mjs';

const site = sharedSite();

for (const path of PAGES) {
  // 320: the smallest phone; 412: a common Android width (Lighthouse's); 1280: a desktop.
  for (const width of [320, 412, 1280]) {
    test(`page /${path} has no axe violations at ${width}px${width === 320 ? ' and no sideways scrolling' : ''}`, async () => {
      const { context, page } = await openPage(site.browser, site.server, { width, height: 800 });
      await page.goto(site.server.base + path);
      await appReady(page);
      assert.deepEqual(await axeViolations(page), []);
      if (width === 320) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `page is ${overflow}px wider than a 320px screen`);
      }
      await context.close();
    });
  }
}

// One page of each kind at the other common widths (phones and a tablet).
const ONE_OF_EACH_KIND = ['', 'guide/', 'guide/urgent-symptoms/', 'benefits/', 'support/', 'support/care-team/', 'settings/', 'your-data/'];
for (const width of [360, 375, 390, 768]) {
  test(`one page of each kind has no axe violations at ${width}px`, async () => {
    const { context, page } = await openPage(site.browser, site.server, { width, height: 800 });
    for (const path of ONE_OF_EACH_KIND) {
      await page.goto(site.server.base + path);
      await appReady(page);
      assert.deepEqual(await axeViolations(page), [], `/${path}`);
    }
    await context.close();
  });
}
