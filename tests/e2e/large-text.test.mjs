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

/** A 320 × 640 phone with the browser's default font doubled. */
async function smallPhoneLargeText() {
  const { context, page } = await openPage(site.browser, site.server, { width: 320, height: 640 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  return { context, page };
}

test('at 200% text on a 320 px phone the header takes about half the first screen, not most of it', async () => {
  // A patient-view review found it took 512 of 640 px, the page's own heading pushed down. The
  // service name (three lines), "Urgent help" and "Menu" (each a 44 px target) stay.
  const { context, page } = await smallPhoneLargeText();
  for (const path of ['', 'guide/what-is-secondary-breast-cancer/', 'benefits/']) {
    await page.goto(site.server.base + path);
    await appReady(page);
    const height = await page.locator('header').evaluate((h) => h.getBoundingClientRect().height);
    assert.ok(height <= 352, `/${path}: the header is ${height}px tall, over 55% of a 640 px screen`);
  }
  await context.close();
});

test('at 200% text on a 320 px phone a word\'s meaning stays on the screen and "Close" closes it', async () => {
  // Found by a patient-view review: the meaning of "secondary breast cancer" was 1,044 px tall
  // in a 640 px window, its end and any way to close it out of reach.
  const { context, page } = await smallPhoneLargeText();
  await page.goto(`${site.server.base}guide/what-is-secondary-breast-cancer/`);
  await appReady(page);
  for (const scroll of ['start', 'end']) {
    const term = page.locator('main a.app-term').first();
    await term.evaluate((el, block) => el.scrollIntoView({ block }), scroll);
    await term.click();
    const meaning = page.locator('.app-term__meaning:popover-open');
    await meaning.waitFor();
    const box = await meaning.boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 640, `with the word at the ${scroll}: the meaning is at ${box.y} to ${box.y + box.height}`);
    const close = meaning.getByRole('button', { name: 'Close' });
    const closeBox = await close.boundingBox();
    assert.ok(closeBox.y >= 0 && closeBox.height >= 44, `"Close" is on the screen and a full target: ${JSON.stringify(closeBox)}`);
    await close.click();
    await meaning.waitFor({ state: 'detached' }).catch(() => {});
    assert.equal(await page.locator('.app-term__meaning:popover-open').count(), 0, 'the meaning is closed');
    assert.equal(await term.getAttribute('aria-expanded'), 'false');
  }
  await context.close();
});

test('at 200% text on a 320 px phone a checklist item\'s details use the card\'s width', async () => {
  // The details' own indent left their words a column 150 px wide (a patient-view review).
  const { context, page } = await smallPhoneLargeText();
  await page.goto(`${site.server.base}benefits/`);
  await appReady(page);
  const more = page.locator('details.app-checklist__more').first();
  await more.locator(':scope > summary').click();
  const widths = await more.evaluate((details) => {
    const card = details.closest('.app-checklist__item').getBoundingClientRect().width;
    const text = details.querySelector(':scope > .app-details__text p').getBoundingClientRect().width;
    return { card, text };
  });
  assert.ok(widths.text >= widths.card - 40, `the details' words are ${widths.text}px wide in a ${widths.card}px card`);
  await context.close();
});

test('a phone number in a sentence is a 44 px tall target, and its line is no taller', async () => {
  // The home page's "call 999" was a 27 × 17 px target (a patient-view review).
  const { context, page } = await openPage(site.browser, site.server, { width: 390, height: 844 });
  await page.goto(site.server.base);
  await appReady(page);
  const link = page.locator('main p a[href="tel:999"]').first();
  const box = await link.boundingBox();
  assert.ok(box.height >= 44 && box.width >= 24, `999 is ${box.width} × ${box.height}`);
  const lines = await link.evaluate((a) => {
    const p = a.closest('p');
    const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
    return { height: p.getBoundingClientRect().height, lineHeight };
  });
  assert.ok(Math.abs(lines.height / lines.lineHeight - Math.round(lines.height / lines.lineHeight)) < 0.05, `the paragraph is whole lines: ${JSON.stringify(lines)}`);
  await context.close();
});
