// The first-load budget (150 KB gzip per page: HTML, CSS, scripts and wasm) as a test. Sizes are
// deterministic for a build, so this can fail; timings are only measured (tests/bench/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { DIST } from './harness.mjs';
import { firstLoadFiles } from '../bench/sizes.mjs';

const BUDGET = 150000;

test('every page loads in at most 150 KB gzip the first time', () => {
  const pages = ['', ...readdirSync(DIST, { recursive: true })
    .filter((f) => String(f).endsWith('index.html') && f !== 'index.html')
    .map((f) => String(f).replace(/index\.html$/, ''))];
  assert.ok(pages.length >= 15, `every page (${pages.length})`);
  const kb = (bytes) => (bytes / 1000).toFixed(1);
  const over = pages
    .map((path) => [path, firstLoadFiles(DIST, path)])
    .map(([path, files]) => [path, files, files.reduce((sum, f) => sum + f.gzip, 0)])
    .filter(([, , bytes]) => bytes > BUDGET)
    .map(([path, files, bytes]) => `/${path}: ${kb(bytes)} KB (${files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')})`);
  assert.deepEqual(over, [], 'over the 150 KB first-load budget (see README, "Speed and size")');
});
