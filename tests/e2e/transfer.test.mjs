// Exports a licensing authority or an auditor receives, and re-import on another machine.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openContext, useBrowser } from './harness.mjs';
import { Checklist } from './checklist.page.mjs';
import { fillJourney, S2, TOTAL } from './journey.mjs';

const env = useBrowser(before, after);

async function exportAs(page, label) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.att-export').getByRole('button', { name: label }).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

async function importFile(page, path) {
  await page.locator('.att-import input[type=file]').setInputFiles(path);
}

test('every format exports; the JSON re-imports in a fresh profile with everything, tampering is flagged', async () => {
  const first = await openContext(env.browser, env.server.origin);
  const page = await first.newPage();
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const c = await new Checklist(page, env.server.origin).open();
  assert.ok(!fetched.some((p) => p.includes('xlsx')), 'the XLSX writer is not part of the initial download');
  await fillJourney(c);
  await c.bar('Rename');
  await page.getByLabel('Name of the assessment').fill('FY 2026 / Land');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  const json = await exportAs(page, 'JSON (to re-import)');
  assert.equal(json.name, 'FY-2026-Land.json');
  const doc = JSON.parse(json.text);
  assert.equal(doc.kind, 'att-diligence/export');
  assert.equal(doc.assessment.details.organisation, 'Acme Defence <Ltd>');
  assert.match(doc.fingerprint, /^[0-9a-f]{64}$/);
  assert.match(doc.assessment.created, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

  const csv = await exportAs(page, 'CSV (spreadsheet)');
  assert.equal(csv.name, 'FY-2026-Land.csv');
  assert.equal(csv.text.charCodeAt(0), 0xfeff, 'BOM');
  assert.equal(csv.text.trim().split('\n').length - 1 >= TOTAL, true);
  const md = await exportAs(page, 'Markdown (summary)');
  assert.match(md.text, /^# FY 2026 \/ Land/);
  assert.match(md.text, /Acme Defence &lt;Ltd&gt;/);
  const html = await exportAs(page, 'Printable report (HTML)');
  assert.match(html.text, /^<!DOCTYPE html>/);
  assert.ok(html.text.includes(doc.fingerprint), 'the report carries the fingerprint');
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.att-export').getByRole('button', { name: 'Excel workbook (XLSX)' }).click(),
  ]);
  assert.equal(xlsx.suggestedFilename(), 'FY-2026-Land.xlsx');
  const book = readFileSync(await xlsx.path());
  assert.equal(book.subarray(0, 2).toString(), 'PK', 'a zip container, as XLSX is');
  assert.ok(fetched.some((p) => p.endsWith('att-xlsx.wasm')), 'loaded when asked for');
  await first.close();

  // Another machine: a fresh browser profile.
  const dir = mkdtempSync(join(tmpdir(), 'att-e2e-'));
  const file = join(dir, json.name);
  writeFileSync(file, json.text);
  const second = await openContext(env.browser, env.server.origin);
  const page2 = await second.newPage();
  const c2 = await new Checklist(page2, env.server.origin).open();
  await importFile(page2, file);
  const preview = page2.locator('.att-import-preview');
  assert.match(await preview.textContent(), /“FY 2026 \/ Land” \(Acme Defence <Ltd>\), 4 of \d+ items answered/);
  assert.equal(await preview.locator('.att-integrity').getAttribute('data-integrity'), 'Intact');
  await preview.getByRole('button', { name: 'Add as a new assessment' }).click();
  assert.deepEqual(await c2.assessmentNames(), ['Assessment 1', 'FY 2026 / Land']);
  const gap = c2.itemsOf(S2.id).nth(0);
  assert.equal(await gap.getByLabel('Owner', { exact: true }).inputValue(), 'Head of compliance');
  assert.equal(await c2.progress(), `4 of ${TOTAL} answered`);
  const again = await exportAs(page2, 'JSON (to re-import)');
  assert.equal(again.text, json.text, 'export, import, export: identical bytes');

  const tampered = join(dir, 'tampered.json');
  writeFileSync(tampered, json.text.replace('Head of compliance', 'Nobody'));
  await importFile(page2, tampered);
  assert.equal(await preview.locator('.att-integrity').getAttribute('data-integrity'), 'Altered');
  assert.match(await preview.textContent(), /changed after it was exported/);
  await preview.getByRole('button', { name: 'Cancel' }).click();

  const junk = join(dir, 'junk.json');
  writeFileSync(junk, Buffer.from([0xff, 0xfe, 0x00, 0x41]));
  await importFile(page2, junk);
  // Told beside the import control (the notice above still says what the last import did).
  const alert = page2.locator('.att-import').getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /not imported: it is not UTF-8 text.*Your current work is unchanged/);
  // A good file picked next: its preview, and the refusal of the one before is gone.
  await importFile(page2, file);
  await preview.waitFor();
  assert.equal(await alert.isHidden(), true, 'the old error does not stay beside the new preview');
  await preview.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await c2.progress(), `4 of ${TOTAL} answered`);
  await second.close();
});
