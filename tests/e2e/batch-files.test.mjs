// Batch files as offices write them, imported through the interface: Windows-1252, semicolons,
// Excel's Unicode text (UTF-16, tabs), CRLF and CR-only line ends, and an .xlsx workbook; in
// English and in French. The fixtures and what each must read as: tests/fixtures/batch/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, openContext, useBrowser } from './harness.mjs';
import { Checklist } from './checklist.page.mjs';

const FIXTURES = join(ROOT, 'tests/fixtures/batch');
const env = useBrowser(before, after);

async function openBatch(page) {
  const c = await new Checklist(page, env.server.origin).open();
  await c.openModule('att-screening');
  await page.locator('button[data-panel="batch"]').click();
  return c;
}

/** Picks a fixture and waits for the mapping step (or a refusal). */
async function pick(page, name) {
  await page.locator('.att-batch input[type=file]').setInputFiles(join(FIXTURES, name));
  await page.locator('.att-batch-map, .att-batch .att-notice').first().waitFor();
}

const format = (page) => page.locator('.att-batch-format').textContent();

async function screen(page, button = 'Screen these rows') {
  await page.getByRole('button', { name: button }).click();
  const result = page.locator('.att-batch-result');
  await result.waitFor();
  return {
    status: (await result.getByRole('status').textContent()).trim(),
    errors: await result.locator('.att-row-errors li').allTextContents(),
  };
}

/** The register's references, in order, and one shipment's field as its editor shows it. */
const references = (page) =>
  page.locator('.att-register-table tr[data-shipment]').evaluateAll((trs) => trs.map((tr) => tr.cells[0].textContent));

async function field(page, reference, label) {
  await page.locator('.att-register-table tr[data-shipment]').filter({ hasText: reference }).locator('button, a').first().click();
  const value = await page.locator('.att-shipment').getByLabel(label, { exact: true }).inputValue();
  await page.getByRole('button', { name: /Back to the register|Retour au registre/ }).click();
  return value;
}

test('each kind of file an office writes is read with its accents, columns and line numbers', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  await openBatch(page);

  await pick(page, 'windows-1252.csv');
  assert.equal(
    await format(page),
    'Read as CSV: Windows-1252 (Western European: the file is not UTF-8) encoding, fields separated by commas (,).',
  );
  let result = await screen(page);
  assert.equal(result.status, '5 rows screened and added to the register; 0 rows not screened (listed below).');

  await pick(page, 'semicolon.csv');
  assert.match(await format(page), /UTF-8 with a byte-order mark encoding, fields separated by semicolons/);
  assert.equal(await page.getByLabel('Fields separated by').inputValue(), 'semicolon');
  assert.equal(await page.locator('.att-batch-map').getByLabel('consignee', { exact: true }).inputValue(), 'consignee');
  result = await screen(page);
  assert.match(result.status, /^4 rows screened/);

  await pick(page, 'utf16-tab.txt');
  assert.match(await format(page), /UTF-16 \(Unicode text\) encoding, fields separated by tabs/);
  result = await screen(page);
  assert.match(result.status, /^4 rows screened/);

  await pick(page, 'crlf.csv');
  result = await screen(page);
  assert.match(result.status, /^4 rows screened.*; 1 row not screened/);
  assert.deepEqual(result.errors, [
    'Line 6: the row has 18 fields but the header has 17: look for a separator or quotation mark too many or too few',
  ]);

  await pick(page, 'cr.csv');
  result = await screen(page);
  assert.match(result.status, /^4 rows screened.*; 0 rows not screened/);

  await pick(page, 'shipments.xlsx');
  assert.equal(
    await format(page),
    'Read from the first sheet of the workbook, “Shipments”. The workbook has 2 sheets; only the first is read.',
  );
  assert.equal(await page.locator('.att-batch-map select').count(), 17, 'no delimiter choice for a workbook');
  result = await screen(page);
  assert.match(result.status, /^4 rows screened/);

  await page.getByRole('button', { name: 'Register of screened shipments' }).click();
  const refs = await references(page);
  for (const r of ['BK-2026-0101', 'BK-2026-0201', 'BK-2026-0301', 'BK-2026-0402', 'BK-2026-0504', 'BK-2026-0601']) {
    assert.ok(refs.includes(r), `${r} is in the register`);
  }
  assert.equal(refs.length, 5 + 4 + 4 + 4 + 4 + 4);
  assert.equal(await field(page, 'BK-2026-0102', 'Consignor'), 'Müller GmbH');
  assert.equal(await field(page, 'BK-2026-0301', 'Consignee'), '上海物流有限公司');
  await session.close();
});

test('a wrong separator guess is put right in the mapping step', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  await openBatch(page);
  await pick(page, 'semicolon.csv');
  const columns = page.locator('.att-batch-map tbody tr');
  assert.equal(await columns.count(), 17);
  await page.getByLabel('Fields separated by').selectOption('comma');
  await page.locator('.att-batch-format').filter({ hasText: 'commas' }).waitFor();
  assert.ok((await columns.count()) < 17, 'read again with commas: the columns no longer line up');
  await page.getByLabel('Fields separated by').selectOption('semicolon');
  await page.locator('.att-batch-format').filter({ hasText: 'semicolons' }).waitFor();
  assert.equal(await columns.count(), 17);
  const result = await screen(page);
  assert.match(result.status, /^4 rows screened/);
  await session.close();
});

test('in French: how the file was read, its errors by line, and a file that is not a batch', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  const c = await openBatch(page);
  await c.switchLanguage('Français');
  // The French content comes as a pack: the module is shown again with it.
  await page.locator('.att-review').filter({ hasText: 'Traduction à réviser' }).waitFor();
  await page.locator('button[data-panel="batch"]').filter({ hasText: 'Examiner un lot (fichier CSV ou Excel)' }).click();
  await page.locator('.att-batch h3').filter({ hasText: 'Examiner un lot (fichier CSV ou Excel)' }).waitFor();

  await pick(page, 'windows-1252.csv');
  assert.equal(
    await format(page),
    'Lu comme CSV : encodage Windows-1252 (Europe occidentale : le fichier n’est pas en UTF-8), champs séparés par des virgules (,).',
  );
  await page.getByRole('button', { name: 'Examiner ces lignes' }).click();
  await page.locator('.att-batch-result').waitFor();

  await pick(page, 'crlf.csv');
  await page.getByRole('button', { name: 'Examiner ces lignes' }).click();
  const errors = await page.locator('.att-batch-result .att-row-errors li').allTextContents();
  assert.deepEqual(errors, [
    'Ligne 6 : la ligne compte 18 champs alors que l’en-tête en compte 17 : vérifiez s’il manque ou s’il y a en trop un séparateur ou un guillemet',
  ]);

  await pick(page, 'shipments.xlsx');
  assert.match(await format(page), /^Lu depuis la première feuille du classeur, « Shipments »\. Le classeur compte 2 feuilles/);
  await page.getByRole('button', { name: 'Examiner ces lignes' }).click();
  await page.locator('.att-batch-result').waitFor();

  // A PNG picked by mistake: a reason in French, nothing in English, nothing added.
  await page.locator('.att-batch input[type=file]').setInputFiles({
    name: 'photo.png',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0, 0, 0, 0, 0]),
  });
  const notice = page.locator('.att-batch .att-notice');
  await notice.waitFor();
  assert.equal(
    (await notice.textContent()).trim(),
    'Ce fichier n’est ni un fichier CSV ni un classeur (ce n’est pas du texte). Choisissez un fichier .csv, .txt ou .xlsx.',
  );
  await page.locator('button[data-panel="register"]').click();
  assert.equal(await page.locator('.att-register-table tr[data-shipment]').count(), 5 + 4 + 4);
  await session.close();
});
