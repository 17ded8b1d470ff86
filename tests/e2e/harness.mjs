// End-to-end harness: serves dist/ on 127.0.0.1, drives Debian's Chromium with playwright-core,
// and fails any test during which the page asked for anything but its own origin.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve as serveDir, STRICT_CSP } from '../../scripts/static-server.mjs';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = join(ROOT, 'dist');
export { STRICT_CSP };

/** Serves `dir` on an ephemeral port of 127.0.0.1, under the strict CSP unless `options` say. */
export function serve(dir = DIST, options = {}) {
  return serveDir(dir, options);
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A fresh browser profile (context) whose every request is checked: anything not from `origin`
 * is blocked and recorded, and `close()` fails the test if there was any. `intercept: false`
 * (for benchmarks) only records them.
 */
export async function openContext(browser, origin, options = {}, { intercept = true } = {}) {
  const context = await browser.newContext(options);
  const foreign = [];
  const pageErrors = [];
  if (intercept) {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      foreign.push(url);
      return route.abort('blockedbyclient');
    });
  } else {
    // Benchmarks: every request intercepted goes through Node and back, which weighs on a
    // page that fetches many files (the wasm chunks). Foreign requests are only recorded.
    context.on('request', (r) => {
      const url = r.url();
      if (/^https?:/.test(url) && new URL(url).origin !== origin) foreign.push(url);
    });
  }
  // Chromium reports each refused script, style or request on the console: any is a failure.
  const watch = (page) => {
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content.Security.Policy/i.test(m.text())) {
        pageErrors.push(`CSP violation: ${m.text()}`);
      }
    });
  };
  context.on('page', watch);
  return {
    context,
    async newPage() {
      return context.newPage();
    },
    async close() {
      await context.close();
      assert.deepEqual(foreign, [], 'the page made requests to other origins');
      assert.deepEqual(pageErrors, [], 'the page threw errors');
    },
  };
}

/**
 * For a test file: serves dist/ and launches Chromium once, before its tests, and closes both
 * after. Returns an object whose `server` and `browser` are set by then.
 */
export function useBrowser(before, after) {
  const env = { server: undefined, browser: undefined };
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * Passes the first screen (who is working) by skipping it, where a fresh profile shows it;
 * then the module is there. `scope`: the page, or a locator of one widget's host. The tests of
 * the screen itself (structure.test.mjs) answer it instead.
 */
export async function passFirstScreen(scope) {
  await scope.locator('.att-set, .att-roles').first().waitFor();
  const skip = scope.locator('.att-roles .att-roles-skip');
  if (await skip.count()) {
    await skip.click();
    await scope.locator('.att-set').first().waitFor();
  }
}

/**
 * In-page source of `focused()`: the element with the keyboard focus, looking through shadow
 * roots (the document's own `activeElement` is only the widget's host element).
 */
export const FOCUSED = `(() => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
})()`;
