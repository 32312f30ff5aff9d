// The smoke list (smoke.mjs) in WebKitGTK, under a virtual display:
//   xvfb-run -a -s "-screen 0 1920x1080x24" node --test tests/engines/webkit.test.mjs
import { smokeTests } from './smoke.mjs';
import { webkit } from './webkit.mjs';

smokeTests(webkit);
