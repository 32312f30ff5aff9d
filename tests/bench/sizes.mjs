// The first load of each kind of page, file by file, gzipped at level 9 with zlib as a web
// server would: the page's HTML, CSS, scripts and wasm. Needs only a release build (no browser):
//   node tests/bench/sizes.mjs [dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const SIZE_PAGES = ['', 'guide/urgent-symptoms/', 'benefits/', 'support/', 'support/care-team/', 'settings/', 'your-data/'];

/** Each file the page loads at first (its HTML and what that links), with its gzip size in bytes. */
export function firstLoadFiles(dist, path) {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const files = new Set([join(path, 'index.html')]);
  for (const [, href] of html.matchAll(/(?:href|src)="([^"]+\.(?:css|js|wasm))"/g)) files.add(href);
  return [...files].map((file) => ({ file, gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length }));
}

/** Every file of the build (what the service worker keeps for offline use), gzipped, in bytes. */
export function offlineCopy(dist) {
  return readdirSync(dist, { recursive: true })
    .map(String)
    .filter((file) => statSync(join(dist, file)).isFile())
    .map((file) => ({ file, gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length }));
}

/** The page's whole first load, gzipped, in bytes. */
export const firstLoadGzip = (dist, path) => firstLoadFiles(dist, path).reduce((sum, f) => sum + f.gzip, 0);

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? new URL('../../dist', import.meta.url).pathname;
  const kind = (file) => (file.endsWith('.html') ? 'html' : file.endsWith('.css') ? 'css' : file.endsWith('.wasm') ? 'wasm' : 'js');
  console.log('| page | HTML | CSS | JS | wasm | first load (gzip KB) |');
  console.log('|---|---|---|---|---|---|');
  for (const path of SIZE_PAGES) {
    const sums = { html: 0, css: 0, js: 0, wasm: 0 };
    for (const f of firstLoadFiles(dist, path)) sums[kind(f.file)] += f.gzip;
    const total = Object.values(sums).reduce((a, b) => a + b, 0);
    const kb = (n) => (n / 1000).toFixed(1);
    console.log(`| /${path} | ${kb(sums.html)} | ${kb(sums.css)} | ${kb(sums.js)} | ${kb(sums.wasm)} | ${kb(total)}${total > (path === '' || path.startsWith('guide/') ? 150000 : 175000) ? ' (over budget)' : ''} |`);
  }
  const copy = offlineCopy(dist);
  const sum = (files) => files.reduce((total, f) => total + f.gzip, 0);
  const wasm = copy.filter((f) => f.file.endsWith('.wasm'));
  console.log('');
  console.log(`The whole offline copy: ${copy.length} files, ${(sum(copy) / 1000).toFixed(1)} KB gzip, of which ${wasm.length} wasm bundles ${(sum(wasm) / 1000).toFixed(1)} KB.`);
}
