// "Your data" and storage faults in the browser: export, delete and import restore everything;
// a bad file changes nothing; only our own keys are ever removed; a second tab sees changes;
// a full storage, data from a newer version and the shared-computer switch are all said plainly
// and never lose anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { sharedSite, openPage, appReady, axeViolations, setStatus, writeNote } from './harness.mjs';


const site = sharedSite();


const stored = (page, name) => page.evaluate((key) => localStorage.getItem(key), `sbc-guide:${name}`);

async function makeSomeData(page) {
  await page.goto(`${site.server.base}benefits/`);
  await appReady(page);
  await page.check('#question-nation-scotland');
  await setStatus(page, 'adult-disability-payment', 'applied');
  await writeNote(page, 'adult-disability-payment', 'ref ADP-1');
  await page.goto(`${site.server.base}support/care-team/`);
  await appReady(page);
  await page.fill('#contact-name', 'Breast care nurses');
  await page.fill('#contact-phone', '020 7946 0001');
  await page.click('#contact-form button[type=submit]');
  await page.goto(`${site.server.base}settings/`);
  await appReady(page);
  await page.check('#question-text-size-150');
}

test('export, delete everything, then import restores it all', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await page.goto(site.server.base);
  await page.evaluate(() => localStorage.setItem('another-intranet-app:setting', 'keep me'));
  await makeSomeData(page);
  await page.goto(`${site.server.base}your-data/`);
  await appReady(page);
  const held = await page.locator('.app-your-data__held').innerText();
  assert.match(held, /you live in Scotland/);
  assert.match(held, /Adult Disability Payment \(ADP\): applied, note: "ref ADP-1"/);
  assert.match(held, /Breast care nurses \(020 7946 0001\)/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-data')]);
  assert.match(download.suggestedFilename(), /^secondary-breast-cancer-guide-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(exported.app, 'sbc-guide');
  assert.equal(exported.contacts.list[0].name, 'Breast care nurses');

  await page.click('#delete-data');
  assert.deepEqual(await axeViolations(page), [], 'confirmation is accessible');
  await page.click('#confirm-delete');
  for (const name of ['checklist', 'contacts', 'preferences']) assert.equal(await stored(page, name), null, name);
  assert.equal(await page.evaluate(() => localStorage.getItem('another-intranet-app:setting')), 'keep me', 'only our keys');
  assert.match(await page.locator('main').innerText(), /Nothing: you have not saved anything yet/);
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-text-size')), null);

  await page.setInputFiles('#import-file', file);
  await page.waitForSelector('.app-import-summary');
  assert.match(await page.locator('.app-import-summary').innerText(), /Breast care nurses/);
  assert.deepEqual(await axeViolations(page), [], 'the import summary is accessible');
  assert.equal(await stored(page, 'contacts'), null, 'nothing replaced before confirming');
  await page.click('#confirm-import');
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-text-size')), '150');

  await page.goto(`${site.server.base}benefits/`);
  await appReady(page);
  assert.equal(await page.inputValue('#status-adult-disability-payment'), 'applied');
  assert.equal(await page.inputValue('#note-adult-disability-payment'), 'ref ADP-1');
  await page.goto(`${site.server.base}support/care-team/`);
  await appReady(page);
  assert.match(await page.locator('.app-my-contacts').innerText(), /Breast care nurses/);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test('a bad import file is refused with a reason and changes nothing', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  await makeSomeData(page);
  const before = await stored(page, 'checklist');
  await page.goto(`${site.server.base}your-data/`);
  await appReady(page);
  await page.setInputFiles('#import-file', { name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await page.waitForSelector('.app-your-data__import-error');
  assert.match(await page.locator('.app-your-data__import-error').innerText(), /not a "Your data" file[\s\S]*Nothing on this device has been changed/);
  // Said by the live region that was in the page from load, not by a region inserted with it.
  assert.match(await page.locator('.app-your-data__status').textContent(), /Nothing on this device has been changed/);
  assert.equal(await stored(page, 'checklist'), before);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('an import that does not fit in a nearly full origin changes nothing and says so', async () => {
  // An intranet origin is shared with other web apps, which may have filled it.
  const { context, page, problems } = await openPage(site.browser, site.server);
  await makeSomeData(page);
  await page.goto(`${site.server.base}your-data/`);
  await appReady(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-data')]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  // A copy much larger than what is saved now: 300 contacts, each with a long note.
  const contact = exported.contacts.list[0];
  exported.contacts.list = Array.from({ length: 300 }, (_, i) => ({ ...contact, id: i + 1, name: `Contact ${i + 1}`, notes: 'n'.repeat(400) }));
  const before = {};
  for (const name of ['checklist', 'contacts', 'preferences']) before[name] = await stored(page, name);
  // Fill the origin, then free about 8,000 characters: room for small changes, not the file.
  await page.evaluate(() => {
    const kept = [];
    let n = 0;
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8]) {
      try {
        for (;;) {
          const key = `another-intranet-app:fill-${n++}`;
          localStorage.setItem(key, 'x'.repeat(size));
          if (size === 1 << 12) kept.push(key);
        }
      } catch {}
    }
    kept.slice(-2).forEach((key) => localStorage.removeItem(key));
  });
  await page.setInputFiles('#import-file', { name: 'copy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await page.waitForSelector('.app-import-summary');
  await page.click('#confirm-import');
  await page.waitForSelector('.app-your-data__import-error');
  assert.match(await page.locator('.app-your-data__import-error').innerText(), /no room[\s\S]*nothing on this device has been changed[\s\S]*Download a copy/);
  assert.doesNotMatch(await page.locator('main').innerText(), /Your data was imported/);
  for (const name of ['checklist', 'contacts', 'preferences']) assert.equal(await stored(page, name), before[name], `${name} as it was`);
  assert.match(await page.locator('.app-your-data__held').innerText(), /Breast care nurses \(020 7946 0001\)/, 'the page still shows what is saved');
  assert.doesNotMatch(await page.locator('.app-your-data__held').innerText(), /Contact 300/);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test('a second tab sees a change straight away', async () => {
  const context = await site.browser.newContext();
  const first = await context.newPage();
  const second = await context.newPage();
  for (const page of [first, second]) {
    await page.goto(`${site.server.base}benefits/`);
    await appReady(page);
  }
  await first.check('#question-nation-england');
  await setStatus(first, 'pip', 'receiving');
  await second.waitForFunction(() => document.getElementById('status-pip')?.value === 'receiving');
  assert.ok(await second.isChecked('#question-nation-england'));
  await context.close();
});

test('when storage is full the person is told their change was not saved', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(`${site.server.base}benefits/`);
  await appReady(page);
  await setStatus(page, 'pip', 'applied');
  const notice = page.locator('.app-save-notice');
  // Said at once, by an alert region that was in the page before the problem arose.
  assert.equal(await page.locator('[role=alert]:has(.app-save-notice)').count(), 1);
  assert.match(await notice.innerText(), /Your last change was not saved/);
  await context.close();
});

test('data from a newer version is left alone until the person chooses', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  const newer = '{"format":2,"data":{"something":"new"}}';
  await page.goto(site.server.base);
  await page.evaluate((value) => localStorage.setItem('sbc-guide:checklist', value), newer);
  await page.goto(`${site.server.base}benefits/`);
  await appReady(page);
  assert.match(await page.locator('.app-save-notice').innerText(), /newer version/);
  await setStatus(page, 'pip', 'applied');
  assert.equal(await stored(page, 'checklist'), newer, 'read-only');
  await page.getByRole('button', { name: /Use this version/ }).click();
  assert.equal(await stored(page, 'checklist:unreadable-backup'), newer, 'the newer data is kept');
  assert.equal(JSON.parse(await stored(page, 'checklist')).data.progress.pip.status, 'applied');
  assert.equal(await page.locator('.app-save-notice').count(), 0);
  await context.close();
});

test('on a shared computer nothing is saved once the person says so', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  await page.goto(`${site.server.base}your-data/`);
  await appReady(page);
  await page.check('#do-not-save');
  await page.goto(`${site.server.base}benefits/`);
  await appReady(page);
  assert.match(await page.locator('.app-save-notice').innerText(), /Nothing is being saved on this device/);
  await setStatus(page, 'pip', 'applied');
  assert.equal(await stored(page, 'checklist'), null);
  assert.equal(await page.inputValue('#status-pip'), 'applied', 'it still works on screen');
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

/** Counts calls to navigator.storage.persist and answers as a browser that refuses. */
async function persistRefused(context) {
  await context.addInitScript(() => {
    const calls = Number(localStorage.getItem('test:persist-calls') || 0);
    localStorage.setItem('test:persist-calls', String(calls));
    navigator.storage.persist = async () => {
      localStorage.setItem('test:persist-calls', String(Number(localStorage.getItem('test:persist-calls')) + 1));
      return false;
    };
    navigator.storage.persisted = async () => false;
  });
}

test('the browser is asked once to keep the data, and told plainly when it may not', async () => {
  const { context, page } = await openPage(site.browser, site.server);
  await persistRefused(context);
  await page.goto(`${site.server.base}benefits/`);
  await appReady(page);
  const calls = () => page.evaluate(() => Number(localStorage.getItem('test:persist-calls')));
  assert.equal(await calls(), 0, 'nothing asked before anything is saved');
  assert.equal(await page.locator('.app-keeping').isVisible(), false, 'no notice before anything is saved');
  await page.check('#question-nation-wales');
  await setStatus(page, 'pip', 'applied');
  await page.locator('.app-keeping').waitFor();
  assert.match(await page.locator('.app-keeping').innerText(), /^This browser may clear what the guide saves[^]*Download a copy$/, 'only the words for this browser');
  await page.goto(`${site.server.base}support/care-team/`);
  await appReady(page);
  await page.fill('#contact-name', 'Breast care nurses');
  await page.fill('#contact-phone', '020 7946 0001');
  await page.click('#contact-form button[type=submit]');
  await page.reload();
  await appReady(page);
  assert.equal(await calls(), 1, 'asked once, on the first save, not on every save or page');
  // "Download a copy" goes to the download on Your data, which says how long data lasts here.
  await page.locator('.app-keeping a:visible').click();
  await appReady(page);
  assert.match(await page.locator('.app-keeping__lasting:visible').innerText(), /may clear what the guide saves/);
  assert.match(await page.locator('.app-keeping__last-download').innerText(), /not downloaded a copy on this device yet/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-data')]);
  await download.path();
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  assert.equal(await page.locator('.app-keeping__last-download').innerText(), `You last downloaded a copy on this device on ${today}.`);
  await page.reload();
  await appReady(page);
  assert.match(await page.locator('.app-keeping__last-download').innerText(), new RegExp(today), 'kept over a reload');
  assert.deepEqual(await axeViolations(page), []);
  // Deleting everything forgets the device notes too.
  await page.click('#delete-data');
  await page.click('#confirm-delete');
  assert.match(await page.locator('.app-keeping__last-download').innerText(), /not downloaded a copy/);
  assert.equal(await stored(page, 'last-download'), null);
  assert.equal(await stored(page, 'persistence-asked'), null);
  await context.close();
});

test('where the browser keeps the data, nothing alarms; on an iPhone, Safari and the Home Screen are explained', async () => {
  const granted = await openPage(site.browser, site.server);
  await granted.context.addInitScript(() => {
    navigator.storage.persist = async () => true;
    navigator.storage.persisted = async () => true;
  });
  await granted.page.goto(`${site.server.base}benefits/`);
  await appReady(granted.page);
  await granted.page.check('#question-nation-england');
  await granted.page.waitForTimeout(300);
  assert.equal(await granted.page.locator('.app-keeping').isVisible(), false);
  await granted.page.goto(`${site.server.base}your-data/`);
  await appReady(granted.page);
  assert.match(await granted.page.locator('.app-keeping__lasting:visible').innerText(), /agreed to keep what the guide saves/);
  await granted.context.close();

  const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';
  for (const [homeScreen, expected] of [
    [false, /Safari deletes what the guide saved if you use Safari for 7 days/],
    [true, /opened the guide from your Home Screen[\s\S]*kept apart from what you save in Safari/],
  ]) {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, userAgent: IPHONE });
    if (homeScreen) await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true }));
    const page = await context.newPage();
    await page.goto(`${site.server.base}support/care-team/`);
    await appReady(page);
    await page.fill('#contact-name', 'Breast care nurses');
    await page.fill('#contact-phone', '020 7946 0001');
    await page.click('#contact-form button[type=submit]');
    await page.locator('.app-keeping').waitFor();
    assert.match(await page.locator('.app-keeping').innerText(), expected);
    await page.goto(`${site.server.base}your-data/`);
    await appReady(page);
    assert.match(await page.locator('.app-keeping__lasting:visible').innerText(), expected);
    await context.close();
  }
});
