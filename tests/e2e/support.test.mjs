// The support pages in the browser: urgent numbers first, search as you type (typos, accents,
// categories, the query in the address), one-tap tel: links, the person's own contacts kept on
// the device (changed on the care team page, shown at a glance on the support page), and a
// hospital's settings file that adds contacts (or is reported when broken).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedSite, openPage, appReady, DIST, PREFIX, axeViolations } from './harness.mjs';
import { startServer } from './server.mjs';

// Ofcom's numbers for drama: never a real person's.
const HOSPITAL_CONFIG = JSON.stringify({
  format: 1,
  hospital: {
    name: 'Example NHS Foundation Trust',
    acuteOncologyLine: { name: '24-hour acute oncology line', phone: '020 7946 0000' },
  },
  contacts: [
    { name: 'Breast care nurses', role: 'Clinical nurse specialists', phone: '020 7946 0001' },
    { name: 'No phone here' },
  ],
  feedbackEmail: 'patient.information@example.nhs.uk',
  supportGroups: [
    {
      name: 'Tŷ Example Wellbeing Café',
      description: 'Drop-in support for people with secondary breast cancer.',
      phone: '020 7946 0002',
      categories: ['emotional-support'],
    },
  ],
});
const VALID_TEL = /^tel:(\+44[1-9]\d{8,9}|999|111|116123)$/;

const site = sharedSite();


async function openSupport(target = site.server, options = {}, query = '', path = 'support/') {
  const opened = await openPage(site.browser, target, options);
  await opened.page.goto(`${target.base}${path}${query}`);
  await appReady(opened.page);
  return opened;
}

const openCareTeam = (target = site.server) => openSupport(target, {}, '', 'support/care-team/');

const resultNames = (page) => page.locator('.app-organisation__name').allInnerTexts();

test('urgent numbers come first, before any search', async () => {
  const { context, page } = await openSupport();
  // The first heading a person sees (the out-of-date notice is there, hidden, until it is due).
  const first = await page.locator('main h2:visible').first().innerText();
  assert.equal(first, 'Urgent help');
  // Where the person lives is not known yet: 999, then every nation's line, each labelled.
  const urgent = await page.locator('.app-urgent-help a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(urgent, ['tel:999', 'tel:+448009177711', 'tel:111', 'tel:111', 'tel:111']);
  const text = await page.locator('.app-urgent-help').innerText();
  for (const label of ['NHS 111 (England)', 'NHS 24 on 111 (Scotland)', 'NHS 111 Wales', 'GP Out of Hours (Northern Ireland)']) {
    assert.ok(text.includes(label), label);
  }
  assert.ok((await page.locator('.app-sources li').count()) >= 5, 'the directory lists its sources');
  assert.match(await page.locator('.app-review-date').innerText(), /Next review due/);
  assert.equal(await page.getByText('Report a mistake on this page').count(), 0, 'no address, no link');
  await context.close();
});

test('the result count is announced once typing pauses, not on every keystroke', async () => {
  const { context, page } = await openSupport();
  assert.equal(await page.locator('.app-directory [role=status]').count(), 1);
  await page.evaluate(() => {
    window.liveChanges = [];
    const region = document.querySelector('.app-directory [role=status]');
    new MutationObserver(() => window.liveChanges.push(region.textContent)).observe(region, { childList: true, characterData: true, subtree: true });
  });
  // Typing at a steady pace, as a person does: one word, one announcement.
  await page.locator('#directory-query').pressSequentially('samaritans', { delay: 80 });
  await page.waitForFunction(() => window.liveChanges.length > 0);
  await page.waitForTimeout(1000);
  const changes = await page.evaluate(() => window.liveChanges);
  assert.equal(changes.length, 1, `announced: ${JSON.stringify(changes)}`);
  assert.match(changes[0], /^1 result for ‘samaritans’/);
  await context.close();
});

test('search as you type finds Samaritans, forgives typos and keeps the query in the address', async () => {
  const { context, page, problems } = await openSupport();
  await page.locator('#directory-query').pressSequentially('samartans');
  assert.deepEqual(await resultNames(page), ['Samaritans']);
  assert.equal(await page.locator('.app-organisation a[href="tel:116123"]').innerText(), '116 123');
  await page.waitForURL((url) => url.href.endsWith('support/?q=samartans'));
  // The count (a live region) follows once typing pauses.
  await page.waitForFunction(() => /^1 result for ‘samartans’/.test(document.querySelector('.app-directory__status').textContent));

  await page.fill('#directory-query', 'MAGGIE’S');
  assert.equal((await resultNames(page))[0], "Maggie's");
  await page.fill('#directory-query', 'someone to talk to');
  assert.ok((await resultNames(page)).includes('Samaritans'));

  // The address can be bookmarked or shared.
  const shared = page.url();
  await page.goto(`${site.server.base}support/?q=hospice&category=end-of-life-care`);
  await appReady(page);
  assert.equal(await page.inputValue('#directory-query'), 'hospice');
  assert.ok(await page.isChecked('#directory-category-end-of-life-care'));
  assert.equal((await resultNames(page))[0], 'Hospice UK');
  assert.ok(shared.includes('?q='));
  assert.deepEqual(problems.console, []);
  await context.close();
});

test('the category filter narrows the list', async () => {
  const { context, page } = await openSupport();
  const all = (await resultNames(page)).length;
  await page.check('#directory-category-money-and-work');
  const money = await resultNames(page);
  assert.ok(money.length < all && money.includes('Citizens Advice') && !money.includes('Samaritans'), money.join());
  await page.waitForURL((url) => url.href.includes('category=money-and-work'));
  await context.close();
});

test('nothing matching says so and offers the Macmillan Support Line', async () => {
  const { context, page } = await openSupport();
  await page.fill('#directory-query', 'xylophone');
  await page.waitForFunction(() => /^0 results/.test(document.querySelector('.app-directory__status').textContent));
  assert.equal(await page.locator('.app-directory__empty a[href="tel:+448088080000"]').innerText(), '0808 808 00 00');
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('every tel: link on the support page can be dialled', async () => {
  const { context, page } = await openSupport();
  const hrefs = await page.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length >= 8, hrefs.join());
  for (const href of hrefs) assert.match(href, VALID_TEL);
  await context.close();
});

test('contacts: add with checks, edit, star, delete, and they survive a reload', async () => {
  const { context, page, problems } = await openCareTeam();
  assert.equal(await page.locator('main h1').innerText(), 'Your care team');
  assert.equal(await page.locator('.app-header a[aria-current]').innerText(), 'Support and contacts');
  // A mistake is explained beside the field and focus goes to it; nothing is saved.
  await page.fill('#contact-name', 'Breast care nurses');
  await page.fill('#contact-phone', '12345');
  await page.click('#contact-form button[type=submit]');
  assert.match(await page.locator('#contact-phone-error').innerText(), /UK phone number/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'contact-phone');
  assert.equal(await page.locator('#contact-phone').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await axeViolations(page), [], 'the error state is accessible');

  await page.fill('#contact-phone', '020 7946 0001');
  await page.fill('#contact-notes', 'Weekdays');
  await page.click('#contact-form button[type=submit]');
  await page.fill('#contact-name', 'GP surgery');
  await page.fill('#contact-role', 'GP');
  await page.fill('#contact-phone', '+44 1632 960 001');
  await page.click('#contact-form button[type=submit]');
  await page.fill('#contact-name', 'Oncology day unit');
  await page.fill('#contact-phone', '(020) 7946 0009');
  await page.check('#contact-urgent');
  await page.click('#contact-form button[type=submit]');

  const names = () => page.locator('.app-my-contacts .app-contacts .app-contact__name').allInnerTexts();
  assert.deepEqual(await names(), ['Breast care nurses', 'GP surgery', 'Oncology day unit']);
  assert.equal(await page.locator('.app-contact a[href="tel:+441632960001"]').count(), 1);

  await page.getByRole('button', { name: 'Star GP surgery' }).click();
  assert.equal((await names())[0], '★ GP surgery');

  // The support page shows them at a glance, favourites first, and the 24-hour line joins
  // urgent help.
  await page.goto(`${site.server.base}support/`);
  await appReady(page);
  const glance = () => page.locator('.app-care-team .app-contact__name').allInnerTexts();
  assert.deepEqual(await glance(), ['★ GP surgery', 'Breast care nurses', 'Oncology day unit']);
  assert.equal(await page.locator('.app-care-team a[href="tel:+441632960001"]').count(), 1);
  assert.equal(await page.locator('.app-urgent-help a[href="tel:+442079460009"]').count(), 1, 'the 24-hour line joins urgent help');
  await page.getByRole('link', { name: 'Add, change or print your contacts' }).click();
  await page.waitForURL(`${site.server.base}support/care-team/`);
  await appReady(page);

  await page.getByRole('button', { name: 'Edit Breast care nurses' }).click();
  assert.equal(await page.inputValue('#contact-name'), 'Breast care nurses');
  await page.fill('#contact-name', 'Secondary breast care nurses');
  await page.click('#contact-form button[type=submit]');

  await page.getByRole('button', { name: 'Delete Oncology day unit' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();

  await page.reload();
  await appReady(page);
  assert.deepEqual(await names(), ['★ GP surgery', 'Secondary breast care nurses']);
  assert.match(await page.locator('.app-my-contacts').innerText(), /Weekdays/);
  assert.deepEqual(await axeViolations(page), []);
  await page.goto(`${site.server.base}support/`);
  await appReady(page);
  assert.deepEqual(await glance(), ['★ GP surgery', 'Secondary breast care nurses']);
  assert.equal(await page.locator('.app-urgent-help a[href="tel:+442079460009"]').count(), 0);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test('with no 24-hour line saved, urgent help leads to the form that adds one', async () => {
  const { context, page } = await openSupport();
  assert.match(await page.locator('.app-care-team').innerText(), /You have not added any contacts yet/);
  await page.getByRole('link', { name: 'Add it to your care team' }).click();
  await page.waitForURL(`${site.server.base}support/care-team/#contact-form`);
  await appReady(page);
  assert.ok(await page.locator('#contact-form').isVisible());
  await context.close();
});

test('the contacts card prints alone', async () => {
  const { context, page } = await openCareTeam();
  await page.fill('#contact-name', 'Breast care nurses');
  await page.fill('#contact-phone', '020 7946 0001');
  await page.click('#contact-form button[type=submit]');
  await page.evaluate(() => document.body.classList.add('app-print-contacts'));
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('.app-my-contacts .app-contact__name').isVisible());
  for (const hidden of ['.app-lede', '.app-header', '.app-footer', '#contact-form', '.app-contact__actions']) {
    assert.equal(await page.locator(hidden).isVisible(), false, `${hidden} hidden`);
  }
  await context.close();
});

test("a hospital's settings file adds its line, contacts and groups", async () => {
  const hospital = await startServer({ root: DIST, prefix: PREFIX, files: { 'sbc-guide-config.json': HOSPITAL_CONFIG } });
  try {
    const { context, page, problems } = await openSupport(hospital);
    await page.waitForSelector('.app-urgent-help a[href="tel:+442079460000"]');
    assert.match(await page.locator('.app-urgent-help').innerText(), /Example NHS Foundation Trust: 24-hour acute oncology line/);
    assert.deepEqual(
      (await page.locator('.app-urgent-help a[href^="tel:"]').evaluateAll((as) => as.slice(0, 2).map((a) => a.getAttribute('href')))),
      ['tel:999', 'tel:+442079460000'],
      "the hospital's line comes straight after 999",
    );
    assert.match(await page.locator('.app-care-team').innerText(), /From Example NHS Foundation Trust[\s\S]*Breast care nurses/);
    await page.fill('#directory-query', 'ty example cafe');
    assert.deepEqual(await resultNames(page), ['Tŷ Example Wellbeing Café']);
    const report = await page.getByText('Report a mistake on this page').getAttribute('href');
    assert.equal(report, 'mailto:patient.information@example.nhs.uk?subject=Mistake%20on%3A%20Support%20and%20contacts%20%E2%80%93%20Secondary%20Breast%20Cancer%20Guide');
    assert.deepEqual(await axeViolations(page), []);
    await page.goto(`${hospital.base}support/care-team/`);
    await page.waitForSelector('.app-my-contacts a[href="tel:+442079460001"]');
    assert.match(await page.locator('.app-my-contacts').innerText(), /From Example NHS Foundation Trust[\s\S]*Breast care nurses/);
    assert.deepEqual(await axeViolations(page), []);
    // "About this deployment", for the hospital's web team, is on the settings page.
    await page.goto(`${hospital.base}settings/`);
    await page.waitForSelector('.app-about-deployment');
    assert.match(await page.locator('.app-about-deployment').innerText(), /provided by Example NHS Foundation Trust[\s\S]*No phone here/);
    assert.deepEqual(problems.console, []);
    await context.close();
  } finally {
    await hospital.close();
  }
});

test('a malformed settings file is reported and nothing breaks', async () => {
  const broken = await startServer({ root: DIST, prefix: PREFIX, files: { 'sbc-guide-config.json': '{"format": 1, "hospital": ' } });
  try {
    const { context, page, problems } = await openSupport(broken);
    assert.ok(problems.console.some((m) => /sbc-guide-config\.json was not used/.test(m)), problems.console.join());
    await page.fill('#directory-query', 'samaritans');
    assert.deepEqual(await resultNames(page), ['Samaritans'], 'search still works');
    assert.deepEqual(await axeViolations(page), []);
    await page.goto(`${broken.base}settings/`);
    await page.waitForSelector('.app-about-deployment .app-warning-callout');
    assert.match(await page.locator('.app-about-deployment').innerText(), /could not be used[\s\S]*not valid JSON/);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  } finally {
    await broken.close();
  }
});
