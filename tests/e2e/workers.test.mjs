// When the XLSX writer (a worker fetched on first use) cannot start: its wasm missing, the
// page's Trusted Types refusing it, or its wasm too slow to come. Each time the user is told
// why in their language, beside the button they clicked, with no JsValue or stack, and offered
// a second attempt where one may pass. And under Trusted Types that allow the widget's policy,
// the export works.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { DIST, STRICT_CSP, launch, openContext } from './harness.mjs';
import { Checklist } from './checklist.page.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json' };

/**
 * dist/ on 127.0.0.1 under `csp`, where `held[path]` decides a file's fate: 'missing' (404) or
 * 'hold' (answered only once released). Change `held` to change what later requests get.
 */
async function serveDist(csp = STRICT_CSP) {
  const held = {};
  const waiting = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(DIST) || held[path] === 'missing') return res.writeHead(404).end();
    if (held[path] === 'hold') await new Promise((ok) => waiting.push(ok));
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', 'content-security-policy': csp });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    held,
    release: () => waiting.splice(0).forEach((ok) => ok()),
    close: () => {
      waiting.splice(0).forEach((ok) => ok());
      server.closeAllConnections();
      return new Promise((ok) => server.close(ok));
    },
  };
}

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const xlsxButton = (page, name) => page.locator('.att-transfer .att-export').getByRole('button', { name });
const problem = (page) => page.locator('.att-transfer .att-export-problem');

/** Everything the widget shows, its collapsed details included: never a JsValue nor a stack. */
async function assertNoRawError(page) {
  const shown = await page.evaluate(() => document.querySelector('att-diligence').shadowRoot.textContent);
  assert.doesNotMatch(shown, /JsValue|RuntimeError/, 'no raw JavaScript value reaches the user');
  // A stack frame names a script with its line and column.
  assert.doesNotMatch(shown, /(https?|blob|file):\/\/[^\s)']*:\d+:\d+/, 'no stack trace reaches the user');
}

async function exported(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  assert.equal(readFileSync(await download.path()).subarray(0, 2).toString(), 'PK', 'a workbook');
  return download.suggestedFilename();
}

test('the XLSX writer not found: told in French at once, with the reason collapsed, and "Réessayer" works once it is back', async () => {
  const server = await serveDist();
  server.held['/att-xlsx.wasm'] = 'missing';
  const session = await openContext(browser, server.origin);
  const page = await session.newPage();
  const c = await new Checklist(page, server.origin).open();
  await c.switchLanguage('Français');
  await page.locator('.att-diligence[lang="fr"]').waitFor();
  await xlsxButton(page, 'Classeur Excel (XLSX)').click();
  const alert = problem(page).getByRole('alert');
  // Before the 10 s timeout: the worker's failed start is heard as it happens.
  await alert.waitFor({ timeout: 8000 });
  assert.equal(
    await alert.textContent(),
    'Impossible de générer le classeur : le module qui écrit les fichiers XLSX n’a pas pu être chargé ou s’est arrêté (la page est peut-être hors ligne, ou le classeur trop volumineux pour la mémoire du navigateur). Réessayez, ou exportez au format CSV.',
  );
  const details = problem(page).locator('details');
  assert.equal(await details.locator('summary').textContent(), 'Détails techniques');
  assert.match(await details.locator('pre').textContent(), /404/, 'the browser’s reason, collapsed');
  await assertNoRawError(page);

  delete server.held['/att-xlsx.wasm'];
  const name = await exported(page, () => problem(page).getByRole('button', { name: 'Réessayer' }).click());
  assert.match(name, /\.xlsx$/);
  assert.equal(await problem(page).locator('.att-problem').isHidden(), true, 'the failure goes once the workbook is written');
  await session.close();
  await server.close();
});

test('under Trusted Types that allow the policy "att-diligence", the XLSX export works', async () => {
  const server = await serveDist(`${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types att-diligence`);
  // openContext fails the test on any CSP violation the console reports.
  const session = await openContext(browser, server.origin);
  const page = await session.newPage();
  await new Checklist(page, server.origin).open();
  await exported(page, () => xlsxButton(page, 'Excel workbook (XLSX)').click());
  await session.close();
  await server.close();
});

test('under Trusted Types that do not allow the policy, the XLSX export says which policy to allow, and no retry', async () => {
  const server = await serveDist(`${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types the-site-own`);
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const violations = [];
  page.on('console', (m) => m.type() === 'error' && /Content.Security.Policy/i.test(m.text()) && violations.push(m.text()));
  await new Checklist(page, server.origin).open();
  await xlsxButton(page, 'Excel workbook (XLSX)').click();
  const alert = problem(page).getByRole('alert');
  await alert.waitFor({ timeout: 5000 });
  assert.equal(
    await alert.textContent(),
    'The spreadsheet could not be written: this page\'s security policy (Trusted Types) does not let the widget start the part that writes XLSX. Export as CSV, or ask the site\'s administrator to allow the Trusted Types policy "att-diligence".',
  );
  assert.equal(await problem(page).getByRole('button').count(), 0, 'trying again would be refused the same way');
  await assertNoRawError(page);
  assert.deepEqual(errors, [], 'nothing thrown at the page');
  // The page's refusal itself, reported by the browser: the only violation.
  assert.ok(violations.length >= 1 && violations.every((v) => /att-diligence|TrustedScriptURL|trusted/i.test(v)), violations.join('\n'));
  await context.close();
  await server.close();
});

test('a writer that does not start within 10 s: told so, and "Try again" works once it comes', async () => {
  const server = await serveDist();
  server.held['/att-xlsx.wasm'] = 'hold';
  const session = await openContext(browser, server.origin);
  const page = await session.newPage();
  await new Checklist(page, server.origin).open();
  await xlsxButton(page, 'Excel workbook (XLSX)').click();
  const alert = problem(page).getByRole('alert');
  await alert.waitFor({ timeout: 20000 });
  assert.equal(
    await alert.textContent(),
    'The spreadsheet could not be written: the part of the widget that writes XLSX did not start in time (the connection may be slow, or the page offline). Try again, or export as CSV.',
  );
  assert.match(await problem(page).locator('details pre').textContent(), /att-xlsx did not start within 10 s/);
  await assertNoRawError(page);
  delete server.held['/att-xlsx.wasm'];
  server.release();
  await exported(page, () => problem(page).getByRole('button', { name: 'Try again' }).click());
  await session.close();
  await server.close();
});
