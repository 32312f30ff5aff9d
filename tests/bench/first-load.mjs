// Benchmark: first load of the release build against a static HTML copy of the same pages,
// side by side in one run, on a throttled phone profile (4x CPU slowdown, 1.6 Mbit/s, 150 ms
// round trip, files gzipped as a web server would) in headless Chromium, service workers blocked (CDP throttling does not apply to
// them), a fresh context (cold cache) for every load, app and static runs alternating.
// Measures first contentful paint, largest contentful paint, when the page's own h1 text is
// visible, when the app has taken over, layout shift, bytes transferred, the first load's
// files gzipped, and long tasks. Prints medians and app/static ratios.
// Not a pass/fail test: the README records the table.
//
//   scripts/bench.sh [runs]      (builds the release site first)
import { mkdir, rm, writeFile, cp } from 'node:fs/promises';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { firstLoadGzip, SIZE_PAGES } from './sizes.mjs';
import { fileURLToPath } from 'node:url';
import { startServer } from '../e2e/server.mjs';
import { DIST, PREFIX, launchBrowser } from '../e2e/harness.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const PAGES = SIZE_PAGES;
const STATIC = fileURLToPath(new URL('../../target/bench-static/', import.meta.url));
const PROFILE = { cpu: 4, down: (1.6 * 1024 * 1024) / 8, up: (750 * 1024) / 8, latency: 150 };

const browser = await launchBrowser();
const app = await startServer({ root: DIST, prefix: PREFIX, gzip: true });

// The static copy: each page's HTML as the app draws it, with no scripts, beside the same CSS.
await rm(STATIC, { recursive: true, force: true });
await cp(DIST, STATIC, { recursive: true });
{
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  for (const path of PAGES) {
    await page.goto(app.base + path);
    await page.waitForSelector('html[data-app="ready"] .app-page main h1');
    const html = await page.evaluate(() => {
      const copy = document.documentElement.cloneNode(true);
      copy.querySelectorAll('script, link[rel=modulepreload], link[rel=preload]').forEach((el) => el.remove());
      return `<!doctype html>\n${copy.outerHTML}`;
    });
    await mkdir(join(STATIC, path), { recursive: true });
    await writeFile(join(STATIC, path, 'index.html'), html);
  }
  await context.close();
}
const plain = await startServer({ root: STATIC, prefix: PREFIX, gzip: true });

async function load(server, path, kind, saved = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 800 } });
  // A returning person: what they saved is in storage before the page's first script runs.
  await context.addInitScript((entries) => {
    for (const [key, value] of Object.entries(entries)) window.localStorage.setItem(key, value);
  }, saved);
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    // When the page's h1 text was painted (Element Timing: the h1s carry elementtiming).
    window.__h1 = NaN;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        // The first paint of the heading: the pre-rendered one (the app's identical copy, drawn
        // when it takes over, changes nothing the reader sees).
        if (entry.identifier === 'page-heading' && Number.isNaN(window.__h1)) {
          window.__h1 = entry.renderTime || entry.loadTime;
        }
      }
    }).observe({ type: 'element', buffered: true });
    window.__lcp = 0;
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PROFILE.latency,
    downloadThroughput: PROFILE.down,
    uploadThroughput: PROFILE.up,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
  });
  await page.goto(server.base + path, { waitUntil: 'commit' });
  // The page's own h1, pre-rendered: visible before the app has started.
  await page.waitForSelector('main h1', { state: 'visible', timeout: 60000 });
  // When the app has taken over (buttons, saving and search work).
  let ready = NaN;
  if (kind === 'app') {
    await page.waitForSelector('html[data-app="ready"]', { timeout: 60000 });
    ready = await page.evaluate(() => performance.now());
  }
  await page.waitForLoadState('load');
  await page.waitForTimeout(1000);
  const metrics = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    lcp: window.__lcp,
    longest: Math.max(0, ...window.__longTasks),
    longTasks: window.__longTasks.length,
    cls: window.__cls,
    h1: window.__h1,
  }));
  await context.close();
  return { ...metrics, ready, bytes };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const rows = [];
for (const path of PAGES) {
  const results = { app: [], static: [] };
  for (let run = 0; run < RUNS; run += 1) {
    // Alternate, so a slower moment of the machine hits both equally.
    results.app.push(await load(app, path, 'app'));
    results.static.push(await load(plain, path, 'static'));
  }
  const m = (kind, key) => median(results[kind].map((r) => r[key]));
  rows.push({
    page: `/${path}`,
    fcp: [m('app', 'fcp'), m('static', 'fcp')],
    lcp: [m('app', 'lcp'), m('static', 'lcp')],
    h1: [m('app', 'h1'), m('static', 'h1')],
    kb: [m('app', 'bytes') / 1024, m('static', 'bytes') / 1024],
    longest: [m('app', 'longest'), m('static', 'longest')],
    ready: m('app', 'ready'),
    cls: Math.max(...results.app.map((r) => r.cls)),
    gzip: firstLoadGzip(DIST, path),
  });
}

// A returning person, with something saved (the test fixtures: a checklist for Scotland with
// three statuses, two contacts). The pre-rendered page is a first visit's; the parts drawn from
// saved data stay hidden (in place) until the app has drawn them, and what they hold can differ
// in height, so content below them may move once.
const fixture = (name) => readFileSync(new URL(`../fixtures/storage/${name}-v1.json`, import.meta.url), 'utf8');
const RETURNING = [
  ['benefits/', { 'sbc-guide:checklist': fixture('checklist') }],
  ['support/', { 'sbc-guide:contacts': fixture('contacts') }],
  ['support/care-team/', { 'sbc-guide:contacts': fixture('contacts') }],
];
const returning = [];
for (const [path, saved] of RETURNING) {
  const results = [];
  for (let run = 0; run < RUNS; run += 1) results.push(await load(app, path, 'app', saved));
  returning.push({
    page: `/${path}`,
    ready: median(results.map((r) => r.ready)),
    cls: Math.max(...results.map((r) => r.cls)),
    longest: median(results.map((r) => r.longest)),
  });
}
await browser.close();
await app.close();
await plain.close();

const ms = (v) => `${Math.round(v)}`;
const ratio = ([a, b]) => (a / b).toFixed(2);
console.log(`First load, median of ${RUNS} alternating runs, 4x CPU, 1.6 Mbit/s, 150 ms RTT (app / static HTML, ratio):`);
console.log('| page | FCP ms | LCP ms | h1 visible ms | app ready ms | layout shift | transfer KB | first load gzip KB | longest task ms |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.page} | ${ms(r.fcp[0])} / ${ms(r.fcp[1])} (${ratio(r.fcp)}) | ${ms(r.lcp[0])} / ${ms(r.lcp[1])} (${ratio(r.lcp)}) | ` +
      `${ms(r.h1[0])} / ${ms(r.h1[1])} (${ratio(r.h1)}) | ${ms(r.ready)} | ${r.cls.toFixed(3)} | ` +
      `${r.kb[0].toFixed(0)} / ${r.kb[1].toFixed(0)} | ${(r.gzip / 1000).toFixed(1)} | ${ms(r.longest[0])} / ${ms(r.longest[1])} |`,
  );
}
console.log(`\nReturning person (something saved), median of ${RUNS} runs, same profile:`);
console.log('| page | app ready ms | layout shift (worst) | longest task ms |');
console.log('|---|---|---|---|');
for (const r of returning) console.log(`| ${r.page} | ${ms(r.ready)} | ${r.cls.toFixed(3)} | ${ms(r.longest)} |`);
