// A page never writes back an old copy. Two tabs, or a tab restored from the back/forward cache
// or woken after the browser froze it, may each change what is saved; such a tab missed the
// storage events of that time. Here the page "misses" them by a listener that stops the event
// before the app hears it: before saving, it must still read the latest saved value and merge
// its own change into it, item by item (src/domain/merge.rs, src/state/saved.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSite, appReady, setStatus, writeNote } from './harness.mjs';

const site = sharedSite();

/** The page hears no storage event from now on, as a frozen or cached page would not. */
const missStorageEvents = (page) =>
  page.evaluate(() => window.addEventListener('storage', (event) => event.stopImmediatePropagation(), true));

const stored = (page, name) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), `sbc-guide:${name}`);

async function openTwo(path) {
  const context = await site.browser.newContext();
  const pages = [];
  for (let i = 0; i < 2; i += 1) {
    const page = await context.newPage();
    await page.goto(`${site.server.base}${path}`);
    await appReady(page);
    pages.push(page);
  }
  return { context, pages };
}

test("a page that missed another tab's change merges it before saving its own", async () => {
  const { context, pages: [stale, fresh] } = await openTwo('benefits/');
  await missStorageEvents(stale);
  await setStatus(fresh, 'pip', 'receiving');
  await writeNote(fresh, 'blue-badge', 'council ref 42');
  await setStatus(stale, 'attendance-allowance', 'applied');
  const saved = await stored(stale, 'checklist');
  assert.equal(saved.data.progress.pip?.status, 'receiving', 'the other tab\'s status is not written over');
  assert.equal(saved.data.progress['blue-badge']?.note, 'council ref 42', 'nor its note');
  assert.equal(saved.data.progress['attendance-allowance']?.status, 'applied', 'this tab\'s change is saved');
  // And the stale page now shows what is saved.
  assert.equal(await stale.inputValue('#status-pip'), 'receiving');
  await context.close();
});

test('two tabs adding a contact at once keep both, each with its own id', async () => {
  const { context, pages } = await openTwo('support/care-team/');
  for (const page of pages) await missStorageEvents(page);
  // Ofcom's numbers for drama: never a real person's.
  const contacts = [['Breast care nurses', '020 7946 0001'], ['Hospice', '020 7946 0002']];
  for (const [i, page] of pages.entries()) {
    await page.fill('#contact-name', contacts[i][0]);
    await page.fill('#contact-phone', contacts[i][1]);
    await page.click('#contact-form button[type=submit]');
  }
  const list = (await stored(pages[1], 'contacts')).data.list;
  assert.deepEqual(list.map((c) => c.name).sort(), ['Breast care nurses', 'Hospice']);
  assert.equal(new Set(list.map((c) => c.id)).size, 2, `ids: ${list.map((c) => c.id)}`);
  // Deleting in one tab is not undone by a change in the other.
  await pages[0].reload();
  await appReady(pages[0]);
  await missStorageEvents(pages[0]);
  await pages[1].locator('.app-contact .app-button--warning').first().click();
  await pages[1].locator('.app-contact__confirm .app-button--warning').click();
  const left = (await stored(pages[1], 'contacts')).data.list.map((c) => c.name);
  assert.equal(left.length, 1);
  await pages[0].locator(`.app-contact:has-text("${left[0]}") button[aria-pressed]`).click();
  const after = (await stored(pages[0], 'contacts')).data.list;
  assert.deepEqual(after.map((c) => c.name), left, 'the deleted contact stays deleted');
  assert.equal(after[0].favourite, true);
  await context.close();
});

test("a newer version's data saved by another tab is never written over", async () => {
  const { context, pages: [stale] } = await openTwo('benefits/');
  await missStorageEvents(stale);
  const newer = JSON.stringify({ format: 99, data: { from: 'a newer guide' } });
  await stale.evaluate((text) => localStorage.setItem('sbc-guide:checklist', text), newer);
  await setStatus(stale, 'pip', 'applied');
  assert.equal(await stale.evaluate(() => localStorage.getItem('sbc-guide:checklist')), newer);
  assert.match(await stale.locator('.app-save-notice').innerText(), /newer version/);
  await context.close();
});
