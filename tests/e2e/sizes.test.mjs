// The first-load budgets as a test (gzip per page: HTML, CSS, scripts and wasm). Product decision,
// December 2026: reading pages (home, contents, guide pages, urgent help, not found) stay within
// 150 KB; tool pages (benefits, support, care team, settings, your data, the check page and tools
// to come) may grow to 175 KB. Sizes are deterministic for a build, so this can fail; timings are
// only measured (tests/bench/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { DIST } from './harness.mjs';
import { firstLoadFiles } from '../bench/sizes.mjs';

const READING_BUDGET = 150000;
const TOOL_BUDGET = 175000;
/** The reading pages' bundle (src/main.rs, Cargo's bin "sbc-guide"); every other bundle is a tool's. */
const READING_BUNDLE = /(^|\/)sbc-guide-[^/]*\.wasm$/;

test('reading pages load in at most 150 KB gzip the first time, tool pages in 175 KB', () => {
  const pages = ['', ...readdirSync(DIST, { recursive: true })
    .filter((f) => String(f).endsWith('index.html') && f !== 'index.html')
    .map((f) => String(f).replace(/index\.html$/, ''))];
  assert.ok(pages.length >= 15, `every page (${pages.length})`);
  const kb = (bytes) => (bytes / 1000).toFixed(1);
  const measured = pages.map((path) => {
    const files = firstLoadFiles(DIST, path);
    const wasm = files.filter((f) => f.file.endsWith('.wasm'));
    assert.equal(wasm.length, 1, `/${path} loads one wasm bundle: ${wasm.map((f) => f.file)}`);
    const reading = READING_BUNDLE.test(wasm[0].file);
    return { path, files, reading, bytes: files.reduce((sum, f) => sum + f.gzip, 0) };
  });
  for (const reading of ['', 'guide/', 'guide/urgent-symptoms/']) {
    assert.ok(measured.find((m) => m.path === reading)?.reading, `/${reading} is a reading page`);
  }
  for (const tool of ['benefits/', 'support/', 'support/care-team/', 'settings/', 'your-data/']) {
    assert.equal(measured.find((m) => m.path === tool)?.reading, false, `/${tool} is a tool page`);
  }
  const over = measured
    .filter(({ reading, bytes }) => bytes > (reading ? READING_BUDGET : TOOL_BUDGET))
    .map(({ path, files, reading, bytes }) =>
      `/${path} (${reading ? 'reading page, 150' : 'tool page, 175'} KB): ${kb(bytes)} KB (${files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')})`);
  assert.deepEqual(over, [], 'over its first-load budget (see README, "Speed and size")');
});
