// WebKitGTK (Debian's webkit2gtk-driver) for the smoke list: WebKitWebDriver, started here on a
// free port, drives MiniBrowser through selenium-webdriver. MiniBrowser has no headless mode,
// so this runs under a virtual display (xvfb-run). See smoke.mjs for the driver's shape.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { constants } from 'node:os';
import { Builder, By } from 'selenium-webdriver';

const DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

/** Debian installs MiniBrowser under the machine's multiarch folder. */
function miniBrowser() {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  for (const dir of readdirSync('/usr/lib')) {
    const path = `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`;
    if (existsSync(path)) return path;
  }
  throw new Error('MiniBrowser not found: install webkit2gtk-driver (scripts/setup.sh --browser)');
}

/** A port nothing listens on now (the driver takes it a moment later). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

let driverProcess;
let driverUrl;

/** Ends the driver and the browsers it started (its own process group). */
function killDriver() {
  if (!driverProcess || driverProcess.exitCode !== null || driverProcess.signalCode !== null) return;
  try {
    process.kill(-driverProcess.pid, 'SIGTERM');
  } catch {
    driverProcess.kill('SIGTERM');
  }
}
// Also when the test run ends early: an error, a time-out, Ctrl-C.
process.on('exit', killDriver);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    killDriver();
    process.exit(128 + constants.signals[signal]);
  });
}

async function startDriver() {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    driverProcess = spawn(DRIVER, [`--port=${port}`], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    driverProcess.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    // scripts/test.sh ends these process groups too, however this run ends (a crash, a kill).
    if (process.env.SBC_WEBKIT_PIDS) appendFileSync(process.env.SBC_WEBKIT_PIDS, `${driverProcess.pid}\n`);
    driverUrl = `http://127.0.0.1:${port}`;
    const end = Date.now() + 10000;
    while (Date.now() < end && driverProcess.exitCode === null) {
      try {
        if ((await fetch(`${driverUrl}/status`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    killDriver();
    // Another program may have taken the port in between: once more on another.
    if (attempt === 2) throw new Error(`WebKitWebDriver did not start on port ${port}: ${stderr}`);
  }
}

const capabilities = () => ({
  browserName: 'MiniBrowser',
  'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] },
});

export const webkit = {
  name: 'WebKit',
  async start() {
    if (!process.env.DISPLAY) throw new Error('MiniBrowser needs a display: run under xvfb-run -a (see scripts/test.sh)');
    await startDriver();
  },
  async stop() {
    killDriver();
  },
  /** A fresh profile: each session is a new MiniBrowser with ephemeral storage. WebKitGTK's
   *  driver has no way to turn WebAssembly off, so `{ wasm: false }` gives none (null). */
  async session({ wasm = true } = {}) {
    if (!wasm) return null;
    const driver = await new Builder().usingServer(driverUrl).withCapabilities(capabilities()).build();
    await driver.manage().window().setRect({ width: 1280, height: 900 });
    await driver.manage().setTimeouts({ pageLoad: 30000, script: 30000 });
    return {
      goto: (url) => driver.get(url),
      reload: () => driver.navigate().refresh(),
      url: () => driver.getCurrentUrl(),
      run: (fn, ...args) => driver.executeScript(`return (${fn}).apply(null, arguments);`, ...args),
      click: async (selector) => (await driver.findElement(By.css(selector))).click(),
      type: async (selector, text) => (await driver.findElement(By.css(selector))).sendKeys(text),
      close: () => driver.quit(),
    };
  },
};
