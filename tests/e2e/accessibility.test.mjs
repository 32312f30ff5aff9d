// axe (WCAG 2.2 AA and best practice) on one page of each kind at the other common widths. Every
// page at 320, 412 and 1280 px is in pages.test.mjs and topic-<id>.test.mjs (page-checks.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSite, openPage, appReady, axeViolations } from './harness.mjs';

const site = sharedSite();

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
