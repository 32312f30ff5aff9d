// Large text and assistive technology, through proxies a browser can check (screen readers do
// not run here): the browser's default font doubled (Chromium's Page.setFontSizes, 32 px, as a
// person with low vision sets it) leaves every select and button showing its whole text at
// 360 px; no <summary> is inline-block (VoiceOver then never says it is expanded:
// govuk-frontend issue 2349).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSite, openPage, appReady, PAGES } from './harness.mjs';

const site = sharedSite();

test('with the default font doubled, selects and buttons show their whole text at 360 px', async () => {
  const { context, page } = await openPage(site.browser, site.server, { width: 360, height: 800 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  for (const path of PAGES) {
    await page.goto(`${site.server.base}${path}`);
    await appReady(page);
    assert.ok(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize) >= 30), `${path}: the font is doubled`);
    const clipped = await page.evaluate(() => {
      // The width `text` takes in `el`'s font, on one line.
      const width = (el, text) => {
        const probe = document.createElement('span');
        probe.style.font = getComputedStyle(el).font;
        probe.style.whiteSpace = 'pre';
        probe.style.position = 'absolute';
        probe.textContent = text;
        document.body.appendChild(probe);
        const found = probe.getBoundingClientRect().width;
        probe.remove();
        return found;
      };
      // A select shows one option on one line, beside its arrow (about 20 px in Chromium).
      const fits = (el) => {
        if (el.tagName !== 'SELECT') return el.scrollWidth <= el.clientWidth + 1;
        const style = getComputedStyle(el);
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        return [...el.options].every((option) => width(el, option.text) <= room);
      };
      return [...document.querySelectorAll('select, button, .app-button')]
        .filter((el) => el.offsetParent !== null)
        .filter((el) => !fits(el) || el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((el) => `${el.tagName.toLowerCase()}#${el.id || el.className}: ${(el.tagName === 'SELECT' ? [...el.options].map((o) => o.text).join('/') : el.innerText.trim()).slice(0, 60)}`);
    });
    assert.deepEqual(clipped, [], `${path}: controls whose text is cut off`);
  }
  await context.close();
});

test('no summary is inline-block, so screen readers can say it is expanded', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  for (const path of ['benefits/', 'settings/deployment-check/', ...PAGES.filter((p) => p.startsWith('guide/'))]) {
    await page.goto(`${site.server.base}${path}`);
    await appReady(page);
    const displays = await page.evaluate(() => [...document.querySelectorAll('summary')].map((s) => getComputedStyle(s).display));
    assert.ok(displays.every((d) => d !== 'inline-block' && d !== 'inline'), `${path}: ${displays}`);
  }
  await context.close();
});
