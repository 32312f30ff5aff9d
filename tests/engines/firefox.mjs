// Firefox ESR (Debian's firefox-esr) for the smoke list, driven by the project's playwright-core
// over WebDriver BiDi: headless, no geckodriver. See smoke.mjs for the driver's shape.
import { firefox as playwrightFirefox } from 'playwright-core';

const EXECUTABLE = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

let browser;

/** Runs `fn`'s source in the page with `args` (JSON) and returns its awaited result. */
const script = (fn, args) => `(${fn}).apply(null, ${JSON.stringify(args)})`;

export const firefox = {
  name: 'Firefox ESR',
  async start() {
    browser = await playwrightFirefox.launch({ channel: 'moz-firefox', executablePath: EXECUTABLE });
  },
  async stop() {
    await browser?.close();
    browser = undefined;
  },
  /** A fresh profile (a new context: its own storage, caches and service workers).
   *  `{ wasm: false }`: a browser of its own with WebAssembly turned off (a preference). */
  async session({ wasm = true } = {}) {
    const own = wasm
      ? undefined
      : await playwrightFirefox.launch({ channel: 'moz-firefox', executablePath: EXECUTABLE, firefoxUserPrefs: { 'javascript.options.wasm': false } });
    const context = await (own ?? browser).newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    return {
      goto: async (url) => {
        await page.goto(url);
      },
      reload: async () => {
        await page.reload();
      },
      url: () => page.url(),
      run: (fn, ...args) => page.evaluate(script(fn, args)),
      click: (selector) => page.locator(selector).click(),
      type: (selector, text) => page.locator(selector).pressSequentially(text),
      close: async () => {
        await context.close();
        await own?.close();
      },
    };
  },
};
