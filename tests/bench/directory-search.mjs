// Benchmark: search as you type over a region's whole services list (5,000 local entries from
// a hospital settings file, plus the guide's own), in headless Chromium against the release
// build. For every keystroke it times the input event until the app has finished updating the
// page (all of Leptos's reactive work runs in microtasks, so a zero-delay timeout fires after
// it). Prints median, 95th percentile and worst per keystroke, without and with 4x CPU
// slowdown. Not a pass/fail test: the README records the figures.
//
//   scripts/test.sh   (or: source scripts/env.sh && trunk build --release --offline)
//   node tests/bench/directory-search.mjs [entries]
import { startServer } from '../e2e/server.mjs';
import { DIST, PREFIX, launchBrowser } from '../e2e/harness.mjs';

const ENTRIES = Number(process.argv[2] ?? 5000);
const QUERIES = ['macmillan', 'hospice care', 'samaritns', 'support group leeds', 'wellbeing café'];

// A deterministic, realistic-looking services list.
function services(count) {
  let seed = 42;
  const random = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const towns = ['Leeds', 'Bradford', 'York', 'Wakefield', 'Halifax', 'Huddersfield', 'Harrogate', 'Skipton', 'Doncaster', 'Barnsley', 'Rotherham', 'Sheffield', 'Hull', 'Scarborough', 'Whitby', 'Ripon'];
  const kinds = ['support group', 'wellbeing café', 'carers’ network', 'hospice at home', 'day hospice', 'benefits advice', 'counselling service', 'lymphoedema clinic', 'exercise class', 'complementary therapy', 'transport scheme', 'befriending service'];
  const who = ['people living with cancer', 'people with secondary breast cancer', 'carers and families', 'anyone affected by cancer', 'people on treatment', 'bereaved families'];
  const categories = ['emotional-support', 'money-and-work', 'end-of-life-care', 'information', 'for-carers', 'urgent-medical'];
  return Array.from({ length: count }, (_, i) => {
    const town = towns[random(towns.length)];
    const kind = kinds[random(kinds.length)];
    return {
      name: `${town} ${kind} ${i + 1}`,
      description: `A ${kind} in ${town} for ${who[random(who.length)]}. Free; no referral needed.`,
      phone: `020 7946 ${String(random(1000)).padStart(4, '0')}`,
      categories: [categories[random(categories.length)]],
    };
  });
}

const config = JSON.stringify({ format: 1, hospital: { name: 'Benchmark Trust' }, supportGroups: services(ENTRIES) });
const server = await startServer({ root: DIST, prefix: PREFIX, files: { 'sbc-guide-config.json': config } });
const browser = await launchBrowser();

function stats(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1], n: sorted.length };
}

async function run(throttle) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${server.base}support/`);
  await page.waitForFunction((n) => /^(\d+) results/.test(document.querySelector('.app-directory__status')?.textContent ?? '') &&
    Number(document.querySelector('.app-directory__status').textContent.match(/^(\d+)/)[1]) >= n, ENTRIES);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const times = await page.evaluate(async (queries) => {
    const input = document.getElementById('directory-query');
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    const out = [];
    for (const query of queries) {
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settle();
      for (const char of query) {
        const start = performance.now();
        input.value += char;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await settle();
        out.push(performance.now() - start);
        await new Promise((resolve) => requestAnimationFrame(() => resolve()));
      }
    }
    return out;
  }, QUERIES);
  const status = await page.locator('.app-directory__status').innerText();
  await page.close();
  return { ...stats(times), status };
}

const rows = [];
for (const throttle of [1, 4]) {
  const result = await run(throttle);
  rows.push({ cpu: `${throttle}x`, ...result });
}
await browser.close();
await server.close();

console.log(`Directory search, ${ENTRIES} local entries + the guide's own, per keystroke (ms):`);
console.log('| CPU | keystrokes | median | 95th percentile | worst |');
console.log('|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.cpu} | ${r.n} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} |`);
}
console.log(`(last query: ${rows.at(-1).status})`);
