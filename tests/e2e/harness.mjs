// End-to-end harness: serves dist/ on 127.0.0.1, drives Debian's Chromium with playwright-core,
// and fails any test during which the page asked for anything but its own origin.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = join(ROOT, 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves `dir` on an ephemeral port of 127.0.0.1; `headers` are added to every response. */
export async function serve(dir = DIST, headers = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((ok) => server.close(ok)) };
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
 * is blocked and recorded, and `close()` fails the test if there was any.
 */
export async function openContext(browser, origin) {
  const context = await browser.newContext();
  const foreign = [];
  const pageErrors = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => page.on('pageerror', (e) => pageErrors.push(String(e))));
  return {
    context,
    async newPage() {
      const page = await context.newPage();
      page.on('pageerror', (e) => pageErrors.push(String(e)));
      return page;
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
