// Every page that is not in one of the guide's topics (home, the contents, the glossary and the
// tools) gets page-checks.mjs's checks here; each topic's pages get them in topic-<id>.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { checkPages } from './page-checks.mjs';
import { PAGES, TOPICS } from './harness.mjs';

checkPages(PAGES.filter((path) => !/^guide\/[a-z0-9-]+\/$/.test(path)));

test('every topic of content/guide.toml has its own test file, and every topic file its topic', () => {
  const files = readdirSync(new URL('.', import.meta.url)).filter((f) => /^topic-.*\.test\.mjs$/.test(f)).sort();
  const expected = TOPICS.map((t) => `topic-${t.id}.test.mjs`).sort();
  assert.deepEqual(files, expected, 'add or rename tests/e2e/topic-<id>.test.mjs: one line, checkTopic(\'<id>\')');
});
