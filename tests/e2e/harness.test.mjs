// The harness's own promises: a page that reaches for another origin, or that the strict CSP
// had to refuse something on, fails its test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openContext, ROOT, serve } from './harness.mjs';

const FIXTURES = join(ROOT, 'tests/e2e/fixtures');

async function visit(server, path) {
  const browser = await launch();
  try {
    const session = await openContext(browser, server.origin);
    const page = await session.newPage();
    await page.goto(`${server.origin}${path}`);
    await page.waitForLoadState('load');
    return await session.close().then(() => null, (e) => e);
  } finally {
    await browser.close();
    await server.close();
  }
}

test('a request to another origin is blocked and fails the test', async () => {
  // Without the CSP, so the request reaches the harness's own check.
  const failure = await visit(await serve(FIXTURES, { headers: {} }), '/foreign.html');
  assert.match(String(failure), /requests to other origins/);
});

test('anything the strict CSP refuses fails the test', async () => {
  const failure = await visit(await serve(FIXTURES), '/inline-style.html');
  assert.match(String(failure), /CSP violation/);
});
