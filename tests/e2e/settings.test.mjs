// Settings in the browser: text size, colours and motion apply to the whole guide, persist,
// and are on <html> before the first paint (from the pre-paint script, without the wasm);
// every theme and the largest text pass axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSite, openPage, appReady, GUIDE_SLUGS, axeViolations } from './harness.mjs';

const KEY = 'sbc-guide:preferences';

const site = sharedSite();


const htmlAttributes = (page) =>
  page.evaluate(() => ({
    size: document.documentElement.getAttribute('data-text-size'),
    theme: document.documentElement.getAttribute('data-theme'),
    motion: document.documentElement.getAttribute('data-motion'),
    fontSize: getComputedStyle(document.documentElement).fontSize,
    background: getComputedStyle(document.body).backgroundColor,
  }));

test('choices apply at once, persist, and are applied before the first paint', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await page.goto(`${site.server.base}settings/`);
  await appReady(page);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), null, 'defaults are not written');
  await page.check('#question-text-size-200');
  await page.check('#question-theme-dark');
  await page.check('#question-motion-reduce');
  let applied = await htmlAttributes(page);
  assert.deepEqual([applied.size, applied.theme, applied.motion], ['200', 'dark', 'reduce']);
  assert.equal(applied.fontSize, '32px');

  // With the wasm refused, only the pre-paint script can have set these.
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${site.server.base}guide/${GUIDE_SLUGS[0]}/`);
  applied = await htmlAttributes(page);
  assert.deepEqual([applied.size, applied.theme, applied.motion], ['200', 'dark', 'reduce']);
  assert.equal(applied.fontSize, '32px');
  assert.equal(applied.background, 'rgb(27, 34, 38)', 'dark before the app starts');
  await page.unroute('**/*.wasm');

  await page.goto(`${site.server.base}settings/`);
  await appReady(page);
  assert.ok(await page.isChecked('#question-text-size-200'));
  assert.ok(await page.isChecked('#question-theme-dark'));
  await page.check('#question-text-size-100');
  await page.check('#question-theme-system');
  applied = await htmlAttributes(page);
  assert.deepEqual([applied.size, applied.theme], [null, null], 'back to the default look');
  assert.deepEqual(problems.console.filter((m) => !/wasm|WebAssembly|Failed to load/.test(m)), []);
  await context.close();
});

test('the pre-paint script ignores unreadable values and blocked storage', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await page.goto(site.server.base);
  await appReady(page);
  await page.evaluate((key) => localStorage.setItem(key, '{"format":1,"data":{"text_size":"<img>","theme":"evil"}}'), KEY);
  await page.reload();
  await appReady(page);
  const applied = await htmlAttributes(page);
  assert.deepEqual([applied.size, applied.theme], [null, null]);
  assert.deepEqual(problems.console, []);
  await context.close();
});

for (const theme of ['light', 'dark', 'high-contrast']) {
  test(`the ${theme} theme passes axe on every kind of page`, async () => {
    const { context, page } = await openPage(site.browser, site.server);
    await page.goto(site.server.base);
    await page.evaluate(([key, theme]) => localStorage.setItem(key, JSON.stringify({ format: 1, data: { theme } })), [KEY, theme]);
    for (const path of ['', 'guide/urgent-symptoms/', 'guide/what-is-secondary-breast-cancer/', 'benefits/', 'support/', 'settings/']) {
      await page.goto(site.server.base + path);
      await appReady(page);
      assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-theme')), theme);
      assert.deepEqual(await axeViolations(page), [], `${theme}: /${path}`);
    }
    await context.close();
  });
}

test('at 200% text every page passes axe and fits a 320px screen', async () => {
  const { context, page } = await openPage(site.browser, site.server, { width: 320, height: 800 });
  await page.goto(site.server.base);
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ format: 1, data: { text_size: 200 } })), KEY);
  for (const path of ['', 'guide/urgent-symptoms/', 'benefits/', 'support/', 'settings/']) {
    await page.goto(site.server.base + path);
    await appReady(page);
    assert.deepEqual(await axeViolations(page), [], `200%: /${path}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `/${path} is ${overflow}px too wide at 200%`);
  }
  await context.close();
});

test('in forced colours (Windows High Contrast) every kind of control shows where focus is, in every theme', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  await page.emulateMedia({ forcedColors: 'active' });
  for (const theme of ['light', 'dark', 'high-contrast']) {
    await page.goto(`${site.server.base}settings/`);
    await page.evaluate(([key, theme]) => localStorage.setItem(key, JSON.stringify({ format: 1, data: { theme } })), [KEY, theme]);
    await page.goto(`${site.server.base}benefits/`);
    await appReady(page);
    // A button, a <summary>, a link and a radio button: each kind styles its own focus.
    for (const selector of ['main button.app-button', 'main summary.app-details__summary', 'main a.app-link', 'main input[type=radio]']) {
      const control = page.locator(selector).first();
      await control.scrollIntoViewIfNeeded();
      const box = await control.boundingBox();
      const clip = { x: Math.max(0, box.x - 8), y: Math.max(0, box.y - 8), width: box.width + 16, height: box.height + 16 };
      await page.evaluate(() => document.activeElement && document.activeElement.blur());
      const before = await page.screenshot({ clip });
      // Focus as a keyboard user would get it (:focus-visible).
      await page.keyboard.press('Shift');
      await control.focus();
      const focused = await page.screenshot({ clip });
      assert.ok(!before.equals(focused), `${theme}: ${selector} looks the same focused and not`);
    }
  }
  await context.close();
});
