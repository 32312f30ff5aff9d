// Shared set-up for the browser tests: one server for the built site under a sub-path, one
// headless Chromium, and pages that record console errors and requests to other origins.
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import AxeBuilderModule from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { startServer } from './server.mjs';

// SBC_DIST serves another copy of the built site (a run that must not see a rebuild in dist/).
export const DIST = process.env.SBC_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url));
export const PREFIX = '/intranet/cancer/sbc/';

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Headless Chromium from Debian, started the way this machine allows. */
export function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...LAUNCH_ARGS, ...extraArgs],
  });
}

export async function setUp({ files = {} } = {}) {
  const server = await startServer({ root: DIST, prefix: PREFIX, files });
  const browser = await launchBrowser();
  return { server, browser };
}

/**
 * One server (the built site under a sub-path) and one browser for a whole test file,
 * started before its tests and closed after them.
 */
export function sharedSite() {
  const site = { server: undefined, browser: undefined };
  before(async () => {
    Object.assign(site, await setUp());
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

const AxeBuilder = AxeBuilderModule.default ?? AxeBuilderModule;
/** WCAG 2.0 to 2.2, A and AA, plus axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** axe's violations on the page as it is now, one readable line each. */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
  );
}

/** A page that keeps what went wrong: console errors, page errors, other-origin requests. */
export async function openPage(browser, server, { width = 1280, height = 900, javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled });
  const page = await context.newPage();
  const problems = { console: [], foreign: [] };
  page.on('console', (msg) => {
    // A hospital settings file is optional: the browser logs its 404, which is expected.
    const missingConfig = msg.location().url?.endsWith('/sbc-guide-config.json') && /404/.test(msg.text());
    if (msg.type() === 'error' && !missingConfig) problems.console.push(msg.text());
  });
  page.on('pageerror', (error) => problems.console.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.origin) && !url.startsWith('data:')) problems.foreign.push(url);
  });
  return { context, page, problems };
}

/** Waits until the app has taken over the pre-rendered page. */
export async function appReady(page) {
  await page.waitForSelector('html[data-app="ready"] .app-page main h1', { timeout: 15000 });
}

const contentFile = (path) => readFileSync(fileURLToPath(new URL(`../../content/${path}`, import.meta.url)), 'utf8');

/** The guide's topics, read from content/guide.toml (`[[topic]]` tables, each with its `id`,
 *  `title` and `pages`), so a topic or page an editor adds is tested like the others. */
export const TOPICS = contentFile('guide.toml')
  .split(/^\[\[topic\]\]$/m)
  .slice(1)
  .map((block) => ({
    id: block.match(/^id = "([^"]+)"/m)[1],
    title: block.match(/^title = "([^"]+)"/m)[1],
    pages: [...block.match(/^pages = \[([^\]]*)\]/m)[1].matchAll(/"([a-z0-9-]+)"/g)].map((match) => match[1]),
  }));
/** The guide's pages in reading order, topic by topic. */
export const GUIDE_SLUGS = TOPICS.flatMap((topic) => topic.pages);
/** The pages about the end of life (`end_of_life: yes` in their front matter): never reached by
 *  "previous" or "next". */
export const END_OF_LIFE = new Set(
  GUIDE_SLUGS.filter((slug) => /^end_of_life:\s*yes\s*$/m.test(contentFile(`pages/${slug}.md`).split(/^---$/m)[1])),
);
/** Every address the guide has, relative to its base. */
export const PAGES = ['', 'guide/', ...GUIDE_SLUGS.map((slug) => `guide/${slug}/`), 'glossary/', 'benefits/', 'support/', 'support/care-team/', 'settings/', 'settings/deployment-check/', 'your-data/'];
export const TITLE_SUFFIX = ' – Secondary Breast Cancer Guide';

/** Opens the benefits checklist item `id` ("Who can get it, how to apply, and your progress"),
 *  where its status and note are, if it is closed. `scope` is a page or a frame locator. */
export async function openItem(scope, id) {
  const more = scope.locator(`details.app-checklist__more:has(#status-${id})`);
  if (!(await more.evaluate((details) => details.open))) await more.locator(':scope > summary').click();
}

/** Sets checklist item `id`'s status, opening the item first. */
export async function setStatus(scope, id, value) {
  await openItem(scope, id);
  await scope.locator(`#status-${id}`).selectOption(value);
}

/** Types `text` as checklist item `id`'s note, opening the item first. */
export async function writeNote(scope, id, text) {
  await openItem(scope, id);
  await scope.locator(`#note-${id}`).fill(text);
}
