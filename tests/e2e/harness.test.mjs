// The harness's own promise: a page that reaches for another origin fails its test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openContext, ROOT, serve } from './harness.mjs';

test('a request to another origin is blocked and fails the test', async () => {
  const server = await serve(join(ROOT, 'tests/e2e/fixtures'));
  const browser = await launch();
  try {
    const session = await openContext(browser, server.origin);
    const page = await session.newPage();
    await page.goto(`${server.origin}/foreign.html`);
    await assert.rejects(session.close(), /requests to other origins/);
  } finally {
    await browser.close();
    await server.close();
  }
});
