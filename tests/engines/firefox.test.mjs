// The smoke list (smoke.mjs) in Firefox ESR: node --test tests/engines/firefox.test.mjs
import { smokeTests } from './smoke.mjs';
import { firefox } from './firefox.mjs';

smokeTests(firefox);
