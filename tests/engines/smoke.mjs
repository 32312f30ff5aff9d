// The smoke list: what must work in every browser engine, run in Firefox ESR
// (firefox.test.mjs) and WebKitGTK (webkit.test.mjs) after the whole suite has run in Chromium
// (tests/e2e/). Every page starts up; saving survives a reload; the directory search filters;
// the offline copy opens pages with the server gone; with the wasm refused the page stays,
// with the helplines and the "cannot work" notice.
//
// The tests speak to an engine through a small driver (firefox.mjs, webkit.mjs):
//   engine.name, engine.start(), engine.stop(), engine.session() → a fresh browser profile with
//   goto(url), reload(), url(), run(fn, ...args) (fn's source runs in the page; its result,
//   awaited, comes back), click(selector), type(selector, text) (real key presses), close().
// Page errors are read from tests/engines/errors.js, which the tests add to a copy of the
// built site, as neither driver here reports them the same way (WebKitWebDriver not at all).
import { test, before, after } from 'node:test';
import { translateLikeChrome } from '../translate-like-chrome.mjs';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DIST, PAGES, PREFIX, TITLE_SUFFIX } from '../e2e/harness.mjs';
import { startServer } from '../e2e/server.mjs';

const RECORDER = 'sbc-test-errors.js';
const NOT_FOUND_PAGE = '404.html';

/** Every page the start-up test opens: each address of the guide, and the not-found page. */
const START_UP_PAGES = [...PAGES, NOT_FOUND_PAGE];

// ---- The site under test: a copy of the build with the error recorder in every page. ----

async function htmlFiles(dir, under = '') {
  const found = [];
  for (const entry of await readdir(join(dir, under), { withFileTypes: true })) {
    const path = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await htmlFiles(dir, path)));
    else if (entry.name.endsWith('.html')) found.push(path);
  }
  return found;
}

const decode = (text) =>
  text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');

/** Copies the build, adds the recorder to every page (first thing after its <base>) and to the
 *  offline copy's optional files; returns the folder and each page's h1 as the build wrote it. */
async function prepareSite() {
  const dir = await mkdtemp(join(tmpdir(), 'sbc-engines-'));
  await cp(DIST, dir, { recursive: true });
  await cp(new URL('errors.js', import.meta.url), join(dir, RECORDER));
  const headings = new Map();
  for (const file of await htmlFiles(dir)) {
    const html = await readFile(join(dir, file), 'utf8');
    const h1s = [...html.matchAll(/<h1\b[^>]*>([^<]*)<\/h1>/g)].map((m) => decode(m[1]));
    assert.equal(h1s.length, 1, `${file}: the build wrote ${h1s.length} h1`);
    const base = html.match(/<base href="[^"]*">/);
    assert.ok(base, `${file}: no <base> to put the error recorder after`);
    await writeFile(join(dir, file), html.replace(base[0], `${base[0]}\n  <script src="${RECORDER}"></script>`));
    headings.set(file === NOT_FOUND_PAGE ? file : file.replace(/index\.html$/, ''), h1s[0]);
  }
  for (const path of START_UP_PAGES) assert.ok(headings.has(path), `the build has no page for /${path}`);
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  assert.ok(sw.includes('const OPTIONAL = ['), 'sw.js has no OPTIONAL list to add the error recorder to');
  await writeFile(join(dir, 'sw.js'), sw.replace('const OPTIONAL = [', `const OPTIONAL = [\n  "${RECORDER}",`));
  return { dir, headings };
}

// ---- What the tests ask of a page (each function's source runs in the page). ----

/** 'ready' once the app has taken over, 'failed' if it could not start, else false. */
const readyState = () => {
  const state = document.documentElement.getAttribute('data-app');
  if (state === 'failed') return state;
  return state === 'ready' && document.querySelector('.app-page main h1') !== null && state;
};
const appState = () => document.documentElement.getAttribute('data-app');
const pageErrors = () => window.__sbcErrors ?? ['the error recorder did not run'];
const textOf = (selector) => document.querySelector(selector)?.innerText.trim() ?? null;
const textsOf = (selector) => [...document.querySelectorAll(selector)].map((el) => el.innerText.trim());
const isChecked = (selector) => document.querySelector(selector)?.checked ?? null;
const valueOf = (selector) => document.querySelector(selector)?.value ?? null;
const htmlAttribute = (name) => document.documentElement.getAttribute(name);
const controlled = () => Boolean(navigator.serviceWorker && navigator.serviceWorker.controller);
/** Shown: laid out, not hidden by `visibility` or `display`, not transparent. */
const isShown = (selector) => {
  const el = document.querySelector(selector);
  if (!el || el.getClientRects().length === 0) return false;
  for (let node = el; node instanceof Element; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.opacity === '0') return false;
  }
  return getComputedStyle(el).visibility === 'visible';
};
const headerStyled = () => getComputedStyle(document.querySelector('.app-header')).backgroundColor !== 'rgba(0, 0, 0, 0)';

/** Polls `fn` in the page until it returns something truthy. */
async function waitFor(session, fn, args = [], { timeout = 15000, what = fn.name } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await session.run(fn, ...args);
      if (last) return last;
    } catch (error) {
      if (error instanceof DriverHang) throw error;
      // A navigation in progress can interrupt a script; try again until the time is up.
      last = error;
    }
    if (Date.now() > end) assert.fail(`waited ${timeout} ms for ${what}${args.length ? ` (${args.join(', ')})` : ''}; last answer: ${last}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits for the app to take the page over; fails at once if it says it could not start. */
async function ready(session) {
  const where = await session.url();
  const state = await waitFor(session, readyState, [], { what: `the app to take over (html[data-app="ready"]) at ${where}` });
  assert.notEqual(state, 'failed', `the app could not start at ${where}: html[data-app="failed"]`);
}

async function noErrors(session, where) {
  assert.deepEqual(await session.run(pageErrors), [], `${where}: page errors`);
}

// ---- The list. ----

/** Each entry gets a fresh browser profile and its own server (an origin of its own). */
export const SMOKE = [
  {
    name: 'every page starts up, with the right h1 and title and no page errors',
    async run(session, site) {
      const server = await site.serve();
      for (const path of START_UP_PAGES) {
        await session.goto(server.base + path);
        await ready(session);
        const heading = site.headings.get(path);
        assert.deepEqual(await session.run(textsOf, 'h1'), [heading], `/${path}: one h1, the one the build wrote`);
        const title = path === '' ? 'Home' : heading;
        assert.equal(await session.run(() => document.title), `${title}${TITLE_SUFFIX}`, `/${path}: title`);
        assert.ok(await session.run(headerStyled), `/${path}: the stylesheet applies`);
        await noErrors(session, `/${path}`);
      }
    },
  },
  {
    name: 'saving: a contact, a checklist answer and a setting survive a reload',
    async run(session, site) {
      const server = await site.serve();
      // The care team: a contact added through the form.
      await session.goto(`${server.base}support/care-team/`);
      await ready(session);
      await session.type('#contact-name', 'Breast care nurses');
      await session.type('#contact-phone', '020 7946 0001');
      await session.click('#contact-form button[type=submit]');
      const names = '.app-my-contacts .app-contacts .app-contact__name';
      await waitFor(session, (s) => document.querySelectorAll(s).length === 1, [names], { what: 'the contact to be listed' });
      await session.reload();
      await ready(session);
      assert.deepEqual(await session.run(textsOf, names), ['Breast care nurses'], 'the contact after a reload');
      assert.ok(await session.run(isShown, '.app-my-contacts a[href="tel:+442079460001"]'), 'its number can be dialled');
      await noErrors(session, 'care team');

      // The benefits checklist: an answer and a note.
      await session.goto(`${server.base}benefits/`);
      await ready(session);
      await session.click('#question-nation-england');
      await waitFor(session, (s) => document.querySelector(s) !== null, ['#note-pip'], { what: 'the PIP item for England' });
      // Its note is behind "Who can get it, how to apply, and your progress".
      await session.click('details.app-checklist__more:has(#note-pip) > summary');
      await session.type('#note-pip', 'Applied 3 March');
      await waitFor(session, () => (localStorage.getItem('sbc-guide:checklist') ?? '').includes('Applied 3 March'), [], { what: 'the note to be saved' });
      await session.reload();
      await ready(session);
      assert.equal(await session.run(isChecked, '#question-nation-england'), true, 'the answer after a reload');
      assert.equal(await session.run(valueOf, '#note-pip'), 'Applied 3 March', 'the note after a reload');
      await noErrors(session, 'benefits');

      // Settings: a theme, kept on every page from the first paint.
      await session.goto(`${server.base}settings/`);
      await ready(session);
      await session.click('#question-theme-dark');
      await waitFor(session, (n) => document.documentElement.getAttribute(n) === 'dark', ['data-theme'], { what: 'the dark theme' });
      await session.reload();
      await ready(session);
      assert.equal(await session.run(isChecked, '#question-theme-dark'), true, 'the setting after a reload');
      await session.goto(`${server.base}guide/`);
      assert.equal(await session.run(htmlAttribute, 'data-theme'), 'dark', 'on another page');
      assert.equal(await session.run(() => getComputedStyle(document.body).backgroundColor), 'rgb(27, 34, 38)', 'dark colours');
      await ready(session);
      await noErrors(session, 'settings');
    },
  },
  {
    name: 'search: typing in the support directory filters it and keeps the query in the address',
    async run(session, site) {
      const server = await site.serve();
      await session.goto(`${server.base}support/`);
      await ready(session);
      const results = '.app-organisation__name';
      const all = (await session.run(textsOf, results)).length;
      assert.ok(all > 5, `the whole directory first (${all})`);
      await session.type('#directory-query', 'samaritans');
      await waitFor(session, (s) => document.querySelectorAll(s).length === 1, [results], { what: 'one result' });
      assert.deepEqual(await session.run(textsOf, results), ['Samaritans']);
      assert.ok(await session.run(isShown, '.app-organisation a[href="tel:116123"]'), 'its number');
      await waitFor(session, () => /^1 result for ‘samaritans’/.test(document.querySelector('.app-directory__status').textContent), [], {
        what: 'the count',
      });
      await waitFor(session, () => location.search === '?q=samaritans', [], { what: 'the query in the address' });
      await session.reload();
      await ready(session);
      assert.equal(await session.run(valueOf, '#directory-query'), 'samaritans', 'the query after a reload');
      assert.deepEqual(await session.run(textsOf, results), ['Samaritans'], 'the results after a reload');
      await noErrors(session, 'support');
    },
  },
  {
    name: 'offline: after one visit, pages open from the offline copy with the server stopped',
    async run(session, site) {
      const server = await site.serve();
      await session.goto(server.base);
      await ready(session);
      await waitFor(session, controlled, [], { timeout: 20000, what: 'the offline copy to control the page' });
      await server.close();
      for (const [path, heading] of [
        ['guide/urgent-symptoms/', 'Symptoms to report urgently'],
        ['benefits/', 'Benefits checklist'],
        ['support/?q=samaritans', 'Support and contacts'],
        ['guide/no-such-page/', 'Page not found'],
      ]) {
        await session.goto(server.base + path);
        await ready(session);
        assert.equal(await session.run(textOf, 'main h1'), heading, `/${path} offline`);
        assert.ok(await session.run(headerStyled), `/${path} offline: styled`);
        await noErrors(session, `/${path} offline`);
      }
      assert.deepEqual(await session.run(textsOf, '.app-organisation__name'), [], 'the 404 page lists no directory');
      await session.goto(`${server.base}support/?q=samaritans`);
      await ready(session);
      await session.reload();
      await ready(session);
      assert.deepEqual(await session.run(textsOf, '.app-organisation__name'), ['Samaritans'], 'a reload offline, search working');
    },
  },
  {
    name: 'translated as Chrome does it: each organisation found keeps its own number, the count follows',
    async run(session, site) {
      const server = await site.serve();
      await session.goto(`${server.base}support/`);
      await ready(session);
      await session.run(translateLikeChrome);
      await session.type('#directory-query', 'samaritans');
      await waitFor(session, () => document.querySelectorAll('.app-organisation').length === 1, [], { what: 'one result' });
      const card = await session.run(() => {
        const li = document.querySelector('.app-organisation');
        return [li.querySelector('.app-organisation__name').innerText.trim(), li.querySelector('a[href^="tel:"]')?.getAttribute('href')];
      });
      assert.deepEqual(card, ['Samaritans', 'tel:116123']);
      await waitFor(session, () => /^1 result/.test(document.querySelector('.app-directory__status').innerText.trim()), [], { what: 'the count to say 1 result' });
    },
  },
  {
    name: 'WebAssembly off: controls that need the app are disabled, each with a sentence beside it',
    session: { wasm: false },
    async run(session, site) {
      const server = await site.serve();
      await session.goto(`${server.base}support/care-team/`);
      assert.equal(await session.run(() => typeof WebAssembly), 'undefined', 'WebAssembly is off in this browser');
      assert.equal(await session.run(htmlAttribute, 'data-no-wasm'), '');
      const enabled = await session.run(() =>
        [...document.querySelectorAll('[data-needs-app] :is(input, select, textarea, button)')].filter((el) => !el.disabled).length,
      );
      assert.equal(enabled, 0, 'no control that needs the app is usable');
      assert.ok(await session.run(isShown, '#contact-form .app-needs-app'), 'the sentence beside the form');
      assert.ok(await session.run(isShown, '.app-urgent-help a[href="tel:999"]'), '999 one tap away');
      assert.ok(await session.run(isShown, '#app-fallback'), 'the notice with the helplines');
    },
  },
  {
    name: 'no wasm: the page stays, with the helplines, urgent symptoms and the "cannot work" notice',
    async run(session, site) {
      const server = await site.serve({ missing: [/\.wasm$/] });
      await session.goto(`${server.base}guide/emotional-support/`);
      await waitFor(session, () => document.documentElement.getAttribute('data-app') === 'failed', [], {
        what: 'the start-up to fail (html[data-app="failed"])',
      });
      assert.ok(await session.run(isShown, '#app-fallback'), 'the notice shows');
      assert.equal(await session.run(textOf, 'main h1'), 'Emotional support', 'the page itself stays');
      for (const number of ['tel:999', 'tel:111', 'tel:+448088080000', 'tel:116123']) {
        assert.ok(await session.run(isShown, `#app-fallback a[href="${number}"]`), number);
      }
      const notice = await session.run(textOf, '#app-fallback');
      assert.match(notice, /spinal cord compression/i);
      assert.match(notice, /37\.5°C/);
      // A word the glossary explains opens its meaning in place, without the wasm.
      await waitFor(session, () => document.querySelector('main a.app-term[role=button]') !== null, [], { what: 'the glossary marks to act as buttons' });
      await session.click('main a.app-term[role=button][href$="#secondary-breast-cancer"]');
      await waitFor(session, () => document.querySelector('.app-term__meaning:popover-open') !== null, [], { what: 'a meaning to open in place' });
      assert.ok((await session.run(textOf, '.app-term__meaning:popover-open')).length > 20, 'the meaning shows');
      assert.equal(await session.run(textOf, 'main h1'), 'Emotional support', 'still the same page');
      // A tool page: urgent help at once, and the rest usable as plain HTML within 3 seconds.
      await session.goto(`${server.base}support/`);
      assert.ok(await session.run(isShown, '.app-urgent-help a[href="tel:999"]'), 'support: 999 at once');
      await waitFor(session, () => document.documentElement.getAttribute('data-app') === 'failed', [], { what: 'support: the start-up to fail' });
      await new Promise((resolve) => setTimeout(resolve, 3300));
      for (const part of ['.app-care-team', '.app-directory__list', '#app-fallback']) {
        assert.ok(await session.run(isShown, part), `support: ${part} visible`);
      }
      assert.notEqual(await session.run(appState), 'ready');
    },
  },
];

// ---- Driver hangs. ----

/** The longest any one driver command may take. Every command the tests send has a shorter
 *  limit of its own (page loads and scripts 30 s, waits 15 to 20 s), so only a driver that
 *  stopped answering reaches it. */
const COMMAND_LIMIT_MS = 60000;

/** A driver command that never answered: the driver, not the page under test, is stuck. */
class DriverHang extends Error {}

/** `promise`, or a DriverHang naming `what` once COMMAND_LIMIT_MS has passed. */
function within(what, promise) {
  let timer;
  const hang = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new DriverHang(`the driver did not answer ${what} within ${COMMAND_LIMIT_MS} ms`)), COMMAND_LIMIT_MS);
  });
  return Promise.race([promise, hang]).finally(() => clearTimeout(timer));
}

/** The session with every command limited to COMMAND_LIMIT_MS. */
function limited(session) {
  const wrapped = {};
  for (const [name, command] of Object.entries(session)) {
    wrapped[name] = (...args) => within(`${name}()`, Promise.resolve().then(() => command(...args)));
  }
  return wrapped;
}

/** Runs one entry in a fresh session. A close that hangs is left to the restart that follows
 *  a hang, or to engine.stop() at the end. */
async function runEntry(engine, entry, site) {
  // An entry may ask for a browser set up its own way (`entry.session`); an engine that cannot
  // give one answers null, and the entry is skipped there.
  const opened = await within('a new session', engine.session(entry.session ?? {}));
  if (opened === null) return 'skipped';
  const session = limited(opened);
  try {
    await entry.run(session, site);
  } finally {
    await session.close().catch((error) => {
      if (!(error instanceof DriverHang)) throw error;
    });
  }
}

/** Registers the smoke list as node:test tests for one engine. A driver that stops answering
 *  (seen once in a CI run: WebKitWebDriver silent for minutes in the offline test; not
 *  in the runs here) is restarted and the entry run once more from a fresh profile, with a
 *  note in the test output; a failed assertion is never run again. */
export function smokeTests(engine) {
  const site = { dir: undefined, headings: undefined, servers: [] };
  site.serve = async (options = {}) => {
    const server = await startServer({ root: site.dir, prefix: PREFIX, ...options });
    site.servers.push(server);
    return server;
  };
  before(async () => {
    Object.assign(site, await prepareSite());
    await engine.start();
  });
  after(async () => {
    await engine.stop();
    for (const server of site.servers) await server.close();
    if (site.dir) await rm(site.dir, { recursive: true, force: true });
  });
  for (const entry of SMOKE) {
    test(`${engine.name}: ${entry.name}`, async (t) => {
      try {
        if ((await runEntry(engine, entry, site)) === 'skipped') t.skip(`${engine.name} cannot ${entry.session ? 'turn WebAssembly off' : 'run it'}`);
      } catch (error) {
        if (!(error instanceof DriverHang)) throw error;
        t.diagnostic(`${error.message}; driver restarted, the entry runs once more`);
        console.error(`${engine.name}: ${entry.name}: ${error.message}; restarting the driver and running it once more`);
        await within('stop', engine.stop()).catch(() => {});
        await engine.start();
        await runEntry(engine, entry, site);
      }
    });
  }
}
