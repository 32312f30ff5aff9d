// The benefits checklist in the browser: answers personalise it, progress and notes survive a
// reload and a change of answers, it prints cleanly, it is accessible in every state, and it
// keeps working (and says so) when storage is blocked or holds something unreadable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedSite, openPage, appReady, axeViolations, setStatus, writeNote } from './harness.mjs';

const KEY = 'sbc-guide:checklist';
// Every item in the content file (the editors' source), so adding an item needs no test change.
const ALL_ITEMS = readFileSync(new URL('../../content/benefits.toml', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() === '[[item]]').length;

const site = sharedSite();


async function openChecklist(options) {
  const opened = await openPage(site.browser, site.server, options);
  await opened.page.goto(`${site.server.base}benefits/`);
  await appReady(opened.page);
  return opened;
}

const names = (page) => page.locator('.app-checklist__name').allInnerTexts();
const item = (page, id) => page.locator(`li[aria-labelledby="benefit-${id}"]`);

test('answers personalise the checklist', async () => {
  const { context, page, problems } = await openChecklist();
  assert.equal((await names(page)).length, ALL_ITEMS, 'everything before any answer');

  await page.check('#question-nation-england');
  await page.check('#question-over-pension-age-no');
  let shown = await names(page);
  assert.ok(shown.includes('Personal Independence Payment (PIP)'), shown.join(', '));
  assert.ok(!shown.includes('Adult Disability Payment (ADP)'));
  assert.ok(!shown.includes('Attendance Allowance'));
  const pipLinks = await item(page, 'pip').locator('.app-checklist__links a').evaluateAll((as) => as.map((a) => a.href));
  assert.ok(pipLinks.every((href) => href.startsWith('https://www.gov.uk/')), `England gets GOV.UK: ${pipLinks}`);

  await page.check('#question-nation-scotland');
  await page.check('#question-over-pension-age-yes');
  shown = await names(page);
  assert.ok(shown.includes('Pension Age Disability Payment'));
  assert.ok(!shown.includes('Attendance Allowance'));
  assert.ok(!shown.includes('Personal Independence Payment (PIP)'));

  // Scotland's own terminal-illness rules (no time limit) come first; the SR1 item is not Scotland's.
  await page.check('#question-last-year-yes');
  assert.match((await names(page))[0], /^Terminal illness rules in Scotland/);
  assert.ok(!(await names(page)).includes('Special rules for end of life (SR1 form)'));

  await page.check('#show-everything');
  assert.equal((await names(page)).length, ALL_ITEMS);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test('statuses and notes survive a reload and a change of nation', async () => {
  const { context, page } = await openChecklist();
  await page.check('#question-nation-england');
  await setStatus(page, 'pip', 'applied');
  await writeNote(page, 'pip', 'Applied 3 March, ref PIP-123');
  await setStatus(page, 'blue-badge', 'receiving');
  assert.match(await page.locator('.app-checklist-summary__count').innerText(), /^2 of \d+ done/);
  assert.match(await item(page, 'pip').locator('.app-tag').innerText(), /Applied/);
  assert.equal(await item(page, 'pip').locator('.app-tag > span:not(.app-u-visually-hidden)').textContent(), 'Applied', 'once');

  await page.reload();
  await appReady(page);
  assert.equal(await page.inputValue('#status-pip'), 'applied');
  assert.equal(await page.inputValue('#note-pip'), 'Applied 3 March, ref PIP-123');
  assert.equal(await page.inputValue('#status-blue-badge'), 'receiving');
  assert.ok(await page.isChecked('#question-nation-england'), 'answers kept too');

  // Answered before, so the questions start folded away. Scotland: PIP leaves the list;
  // back to England: it returns with its progress.
  assert.equal(await page.locator('#question-nation-scotland').isVisible(), false);
  await page.locator('.app-questions summary').click();
  await page.check('#question-nation-scotland');
  assert.equal(await page.locator('#status-pip').count(), 0);
  await page.reload();
  await appReady(page);
  await page.locator('.app-questions summary').click();
  await page.check('#question-nation-england');
  assert.equal(await page.inputValue('#status-pip'), 'applied');
  assert.equal(await page.inputValue('#note-pip'), 'Applied 3 March, ref PIP-123');

  const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  assert.equal(stored.format, 1);
  assert.equal(stored.data.progress.pip.status, 'applied');
  await context.close();
});

test('nothing is written until the person changes something', async () => {
  const { context, page } = await openChecklist();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), null);
  await context.close();
});

test('the checklist is accessible in every state, at 320px and 1280px', async () => {
  for (const width of [320, 1280]) {
    const { context, page } = await openChecklist({ width, height: 800 });
    assert.deepEqual(await axeViolations(page), [], `blank at ${width}`);
    await page.check('#question-nation-wales');
    await page.check('#question-last-year-prefer-not-to-say');
    await setStatus(page, 'pip', 'not-for-me');
    await writeNote(page, 'pip', 'Not now');
    await page.locator(`li[aria-labelledby="benefit-pip"] .app-checklist__sources summary`).click();
    assert.deepEqual(await axeViolations(page), [], `answered at ${width}`);
    if (width === 320) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${overflow}px too wide at 320px`);
    }
    await context.close();
  }
});

test('the print layout drops navigation and controls but keeps statuses and notes', async () => {
  const { context, page } = await openChecklist();
  await page.check('#question-nation-england');
  await setStatus(page, 'pip', 'applied');
  await writeNote(page, 'pip', 'Ref PIP-123');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.app-header__navigation', '.app-footer', '.app-questions', '#status-pip', '#note-pip', '.app-skip-link']) {
    assert.equal(await page.locator(hidden).isVisible(), false, `${hidden} hidden in print`);
  }
  assert.ok(await item(page, 'pip').locator('.app-tag').isVisible());
  assert.match(await item(page, 'pip').locator('.app-tag').innerText(), /Applied/);
  assert.equal(await item(page, 'pip').locator('.app-tag > span:not(.app-u-visually-hidden)').textContent(), 'Applied', 'once');
  assert.match(await item(page, 'pip').locator('.app-print-only').innerText(), /Note: Ref PIP-123/);
  const colours = await item(page, 'pip').locator('.app-tag').evaluate((el) => {
    const style = getComputedStyle(el);
    return [style.color, style.backgroundColor];
  });
  assert.deepEqual(colours, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)'], 'black and white');
  // Every item prints whole, its details too, opened or not.
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  await appReady(page);
  await page.emulateMedia({ media: 'print' });
  const closed = await page.locator('details.app-checklist__more:not([open])').count();
  assert.equal(closed, await page.locator('.app-checklist__item').count(), 'every item closed on screen');
  for (const id of ['pip', 'blue-badge', 'macmillan-grants']) {
    for (const part of ['.app-checklist__lead', '.app-checklist__more h4', '.app-checklist__links a']) {
      assert.ok(await item(page, id).locator(part).first().isVisible(), `${id}: ${part} printed`);
    }
    assert.equal(await item(page, id).locator('.app-checklist__more > summary').isVisible(), false, `${id}: no "Who can get it …" in print`);
  }
  assert.match(await item(page, 'pip').locator('.app-print-only').innerText(), /Note: Ref PIP-123/);
  await context.close();
});

test('on a phone the checklist and its progress fit in six screens, each item\'s details one tap away', async () => {
  const { context, page } = await openChecklist({ width: 390, height: 844 });
  assert.equal((await names(page)).length, ALL_ITEMS, 'every item (a first visit, no answers)');
  const height = await page.evaluate(() => {
    const top = document.querySelector('.app-checklist-summary').getBoundingClientRect().top;
    const bottom = document.querySelector('.app-checklist-groups').getBoundingClientRect().bottom;
    return bottom - top;
  });
  assert.ok(height <= 6 * 844, `the progress and the list are ${Math.round(height)}px: ${(height / 844).toFixed(1)} screens`);
  // Each item shows its name, its status and its first sentence; one tap shows the rest.
  const pip = item(page, 'pip');
  assert.match(await pip.locator('.app-tag').innerText(), /Not started/);
  assert.ok((await pip.locator('.app-checklist__lead').innerText()).length > 20);
  assert.equal(await page.locator('#status-pip').isVisible(), false);
  const summary = pip.locator('.app-checklist__more > summary');
  const box = await summary.boundingBox();
  assert.ok(box.height >= 44, `a full tap target: ${box.height}px`);
  await summary.click();
  assert.ok(await page.locator('#status-pip').isVisible());
  assert.ok(await pip.locator('.app-checklist__links a').first().isVisible());
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('with storage blocked the checklist still works and says changes will not be kept', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(`${site.server.base}benefits/`);
  await appReady(page);
  assert.match(await page.locator('.app-save-notice').innerText(), /will not be kept/);
  await page.check('#question-nation-england');
  await setStatus(page, 'pip', 'applied');
  assert.match(await page.locator('.app-checklist-summary__count').innerText(), /^1 of/);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test('an unreadable saved value is backed up, reported, and never overwritten unseen', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  await page.goto(site.server.base);
  await appReady(page);
  await page.evaluate((key) => localStorage.setItem(key, '{"not": "ours"'), KEY);
  await page.goto(`${site.server.base}benefits/`);
  await appReady(page);
  assert.match(await page.locator('.app-save-notice').innerText(), /could not read/);
  assert.equal(
    await page.evaluate((key) => localStorage.getItem(`${key}:unreadable-backup`), KEY),
    '{"not": "ours"',
  );
  await setStatus(page, 'pip', 'applied');
  const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  assert.equal(stored.data.progress.pip.status, 'applied');
  await context.close();
});

test('a status a newer version of the guide saved is named, kept, and replaced only by a choice here', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await page.goto(site.server.base);
  await appReady(page);
  const saved = {
    format: 1,
    data: {
      answers: { nation: 'england' },
      progress: { pip: { status: 'appealing', note: 'ref 12' }, 'blue-badge': { status: 'applied', note: '' } },
    },
  };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, JSON.stringify(saved)]);
  await page.goto(`${site.server.base}benefits/`);
  await appReady(page);
  assert.doesNotMatch(await page.locator('main').innerText(), /could not read/, 'readable: no warning');
  const pip = item(page, 'pip');
  assert.match(await pip.locator('.app-tag').innerText(), /Set in a newer version of this guide/);
  assert.equal(await page.locator('#status-pip').inputValue(), 'newer');
  assert.equal(await page.locator('#note-pip').inputValue(), 'ref 12');
  assert.match(await item(page, 'blue-badge').locator('.app-tag').innerText(), /Applied/);
  assert.match(await page.locator('.app-checklist-summary__count').innerText(), /^2 of/, 'counted as dealt with');

  const stored = async () => JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY)).data;
  await writeNote(page, 'pip', 'ref 13');
  assert.equal((await stored()).progress.pip.status, 'appealing', 'a new note keeps the newer status');
  assert.equal((await stored()).progress.pip.note, 'ref 13');
  await setStatus(page, 'pip', 'not-started');
  assert.equal((await stored()).progress.pip.status, 'not-started', "the person's own choice replaces it");
  assert.match(await pip.locator('.app-tag').innerText(), /Not started/);
  assert.equal(await page.locator('#status-pip option[value="newer"]').count(), 0);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test('items past their review date say they may be out of date', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  await context.addInitScript(() => {
    const RealDate = Date;
    const later = RealDate.now() + 3 * 365 * 24 * 3600 * 1000;
    globalThis.Date = class extends RealDate {
      constructor(...args) {
        super(...(args.length ? args : [later]));
      }
      static now() {
        return later;
      }
    };
  });
  await page.goto(`${site.server.base}benefits/`);
  await appReady(page);
  assert.equal(await page.locator('.app-checklist__overdue').count(), ALL_ITEMS);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});
