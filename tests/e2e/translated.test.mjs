// What is shown stays true when a browser's translation tool rewrites the page. Chrome, Edge and
// Google Translate replace each text node with two <font> elements holding the translation, and
// go on translating text added later; a text node the app keeps and patches is then no longer in
// the page. Each test runs the same steps on a plain page and on a page "translated" the way
// Chrome does it (the words are kept, so the two can be compared), and the translated page must
// show what the plain one shows: a name with its own number and link, counts and statuses that
// follow. On the plain page, a MutationObserver checks the kind: the app never changes a text
// node's data in place (src/components/live_text.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSite, openPage, appReady, setStatus } from './harness.mjs';
import { translateLikeChrome } from '../translate-like-chrome.mjs';

const site = sharedSite();

/** Starts counting text nodes whose data is changed in place (the app must never do it). */
function watchTextPatches() {
  window.__textPatches = [];
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') window.__textPatches.push(`${record.oldValue} -> ${record.target.data}`);
    }
  }).observe(document.documentElement, { characterData: true, characterDataOldValue: true, subtree: true });
}

async function open(path, translated) {
  const opened = await openPage(site.browser, site.server);
  await opened.page.goto(`${site.server.base}${path}`);
  await appReady(opened.page);
  await opened.page.evaluate(translated ? translateLikeChrome : watchTextPatches);
  return opened;
}

/** What a person sees, with each link's address beside its words. */
const seen = (page, selector) =>
  page.locator(selector).evaluateAll((els) =>
    els
      .filter((el) => el.offsetParent !== null)
      .map((el) => {
        const links = [...el.querySelectorAll('a[href]')].map((a) => `${a.innerText.trim()} <${a.getAttribute('href')}>`);
        return { text: el.innerText.replace(/\s+/g, ' ').trim(), links };
      }),
  );

/** Runs `steps` on a plain page and a translated one; after each step what `selectors` show
 * must agree, and the plain page must have patched no text node. */
async function sameOnBoth(path, selectors, steps) {
  const plain = await open(path, false);
  const translated = await open(path, true);
  for (const [name, step] of steps) {
    await step(plain.page);
    await step(translated.page);
    for (const selector of selectors) {
      assert.deepEqual(await seen(translated.page, selector), await seen(plain.page, selector), `${path}: ${selector} after ${name}`);
    }
  }
  assert.deepEqual(await plain.page.evaluate(() => window.__textPatches), [], `${path}: text nodes patched in place`);
  await plain.context.close();
  await translated.context.close();
}

// Long enough for the directory's announcement, which waits for typing to pause (500 ms).
const settle = (page) => page.waitForTimeout(800);

test('translated support page: each organisation keeps its own number, the count follows', async () => {
  const search = (query) => async (page) => {
    await page.fill('#directory-query', query);
    await settle(page);
  };
  await sameOnBoth(
    'support/',
    ['.app-organisation', '.app-directory__status', '.app-urgent-help__item'],
    [
      ['start', settle],
      ['searching "money"', search('money')],
      ['searching "samaritans"', search('samaritans')],
      ['searching "zzzz"', search('zzzz')],
      ['clearing the search', search('')],
      ['choosing Scotland', async (page) => {
        await page.check('#urgent-nation-scotland');
        await settle(page);
      }],
    ],
  );
});

test('translated benefits checklist: statuses, counts and links follow the answers', async () => {
  const status = (id, value) => async (page) => {
    await setStatus(page, id, value);
    await settle(page);
  };
  await sameOnBoth(
    'benefits/',
    ['.app-checklist__item', '.app-checklist-summary__count', '.app-checklist__group'],
    [
      ['start', settle],
      ['a status', status('special-rules', 'applied')],
      ['another status', status('special-rules', 'receiving')],
      ['England', async (page) => {
        await page.check('#question-nation-england');
        await settle(page);
      }],
      ['Scotland', async (page) => {
        await page.check('#question-nation-scotland');
        await settle(page);
      }],
      ['a status in Scotland', status('blue-badge', 'applied')],
    ],
  );
});

test('translated care team: a new contact keeps its own number, a deleted one goes', async () => {
  const add = (name, phone) => async (page) => {
    await page.fill('#contact-name', name);
    await page.fill('#contact-phone', phone);
    await page.click('#contact-form button[type=submit]');
    await settle(page);
  };
  await sameOnBoth(
    'support/care-team/',
    ['.app-contact', '.app-urgent-help__item'],
    [
      ['start', settle],
      // Ofcom's numbers for drama: never a real person's.
      ['adding a contact', add('Breast care nurses', '020 7946 0001')],
      ['adding another', add('Ambulatory care', '020 7946 0002')],
      ['starring the second', async (page) => {
        await page.locator('.app-contact button[aria-pressed]').nth(1).click();
        await settle(page);
      }],
      ['deleting one', async (page) => {
        await page.locator('.app-contact .app-button--warning').first().click();
        await page.locator('.app-contact__confirm .app-button--warning').click();
        await settle(page);
      }],
    ],
  );
});

test('translated urgent symptoms page: each urgent line keeps its own number', async () => {
  await sameOnBoth(
    'guide/urgent-symptoms/',
    ['.app-urgent-help__item'],
    [
      ['start', settle],
      ['choosing Wales', async (page) => {
        await page.check('#urgent-nation-wales');
        await settle(page);
      }],
      ['choosing Northern Ireland', async (page) => {
        await page.check('#urgent-nation-northern-ireland');
        await settle(page);
      }],
    ],
  );
});

test('every page asks iOS not to turn numbers and dates into links, and numbers are not translated', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  for (const path of ['', 'guide/urgent-symptoms/', 'support/', 'benefits/']) {
    await page.goto(`${site.server.base}${path}`);
    assert.match(await page.locator('meta[name="format-detection"]').getAttribute('content'), /telephone=no/, path);
    const untranslated = await page.locator('a[href^="tel:"]').evaluateAll((as) => as.filter((a) => !a.closest('[translate="no"]')).map((a) => a.outerHTML));
    assert.deepEqual(untranslated, [], `${path}: phone links a translation tool may rewrite`);
  }
  await context.close();
});
