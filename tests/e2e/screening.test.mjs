// A freight forwarder screens one shipment by hand, runs the Article 7(4) flow, and imports a
// batch CSV with good and bad rows.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, openContext, useBrowser } from './harness.mjs';
import { Checklist, stored } from './checklist.page.mjs';

const SET = JSON.parse(readFileSync(join(ROOT, 'seeds/sets/screening.json'), 'utf8'));
const ITEMS = SET.sections.flatMap((s) => s.items);

const env = useBrowser(before, after);

async function openScreening(page) {
  const c = await new Checklist(page, env.server.origin).open();
  await c.openModule('att-screening');
  return c;
}

const finding = (page) => page.locator('.att-finding h3').textContent();

test('one shipment screened by hand: red flags, questions to ask, and every finding', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  const c = await openScreening(page);
  await c.newShipment();
  const shipment = page.locator('.att-shipment');
  await shipment.getByLabel('Reference', { exact: true }).fill('AWB 176-1234 5675');
  await shipment.getByLabel('Country of destination').fill('Freedonia');
  await shipment.getByLabel('Declared end user', { exact: true }).fill('Freedonia Border Police');
  await shipment.getByLabel('Declared end use', { exact: true }).fill('Border patrol');
  await shipment.getByLabel('Transport mode').selectOption('air');
  await shipment.getByLabel('End-user certificate').selectOption('verified');
  await shipment.getByLabel('Export licence').selectOption('verified');

  const air = ITEMS.filter((i) => i.modes.includes('air'));
  const seaOnly = ITEMS.find((i) => !i.modes.includes('air'));
  assert.equal(await page.locator(`fieldset[data-item="${seaOnly.id}"]`).isVisible(), false, 'other modes hidden');
  assert.match(await finding(page), /^Finding: Incomplete$/);

  for (const item of air) {
    const box = page.locator(`fieldset[data-item="${item.id}"]`);
    await box.getByLabel('Not present', { exact: true }).check();
  }
  assert.equal(await finding(page), 'Finding: No red flags found');
  assert.match(await page.locator('.att-finding').textContent(), /not an approval/);

  const flag = air.find((i) => i.severity === 'inquire' && i.inquiry);
  await page.locator(`fieldset[data-item="${flag.id}"]`).getByLabel('Present', { exact: true }).check();
  assert.equal(await finding(page), 'Finding: Inquire');
  assert.deepEqual(await page.locator('.att-drivers li').allTextContents(), [flag.text.en]);
  assert.deepEqual(await page.locator('.att-questions li').allTextContents(), [flag.inquiry.en]);

  // Article 7(4): step 6 stays closed until mitigation (step 5) is answered.
  const gbv = page.locator('.att-gbv');
  assert.equal(await gbv.locator('[data-step="6"] input[type=radio]').first().isDisabled(), true);
  for (const n of [1, 2, 3, 4]) await gbv.getByRole('button', { name: `Step ${n} done` }).click();
  assert.equal(await gbv.locator('[data-step="6"] input[type=radio]').first().isDisabled(), true, 'still closed');
  await gbv.locator('[data-step="5"]').getByLabel('No', { exact: true }).check();
  await gbv.locator('[data-step="6"]').getByLabel('Yes', { exact: true }).check();
  assert.equal(await finding(page), 'Finding: Stop');
  assert.match(await page.locator('.att-drivers').textContent(), /overriding risk/);

  await c.reload();
  const row = page.locator('.att-register-table tr[data-shipment]');
  assert.equal(await row.count(), 1);
  assert.equal(await row.locator('.att-level').textContent(), 'Stop');
  await row.getByRole('button').click();
  assert.equal(await finding(page), 'Finding: Stop', 'the screening is kept');
  const [one] = await Promise.all([page.waitForEvent('download'), page.locator('button.att-export-one').click()]);
  assert.equal(one.suggestedFilename(), 'AWB-176-1234-5675.json');
  const doc = JSON.parse(readFileSync(await one.path(), 'utf8'));
  assert.deepEqual([doc.kind, doc.shipments.length, doc.shipments[0].gbv.overriding_risk], ['att-diligence/register-export', 1, true]);

  await page.locator('.att-toolbar').getByRole('button', { name: 'Remove from the register' }).click();
  const dialog = page.getByRole('alertdialog');
  assert.match(await dialog.textContent(), /Remove shipment “AWB 176-1234 5675” and its screening\?/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await page.locator('.att-shipment').count(), 1, 'cancel keeps it');
  await page.locator('.att-toolbar').getByRole('button', { name: 'Remove from the register' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove from the register' }).click();
  assert.equal(await page.locator('.att-register-table tr[data-shipment]').count(), 0);
  await session.close();
});

test('a batch CSV: good rows screened, bad rows reported by line, the rest untouched', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  const c = await openScreening(page);
  const dir = mkdtempSync(join(tmpdir(), 'att-e2e-'));
  const file = join(dir, 'batch.csv');
  writeFileSync(
    file,
    [
      'Booking No,Mode of transport,Receiver,End user,End use,Country of destination,Via,Category,EUC,Licence',
      'B1,sea,MoD,Army,Training,Sudan,Djibouti,parts,verified,verified',
      'B2,air,"P.O. Box 12, Lomé",Police,Patrol,Freedonia,,salw,seen,verified',
      'B3,truck,MoD,Army,Training,Freedonia,,salw,verified,verified',
      'B4,rail,MoD,Army,Training,,,salw,verified,verified',
      'B5,road,MoD,Army,Training,Freedonia,,tanks,verified,verified',
    ].join('\n'),
  );
  await page.getByRole('button', { name: 'Screen a batch (CSV or Excel file)' }).click();
  await page.locator('.att-batch input[type=file]').setInputFiles(file);
  const mapping = page.locator('.att-batch-map');
  await mapping.waitFor();
  assert.equal(await mapping.getByLabel('Booking No').inputValue(), 'reference', 'mapped by alias');
  assert.equal(await mapping.getByLabel('End user', { exact: true }).inputValue(), 'end_user');
  await page.getByRole('button', { name: 'Screen these rows' }).click();
  const result = page.locator('.att-batch-result');
  await result.waitFor();
  assert.match(await result.getByRole('status').textContent(), /^3 rows screened.*; 2 rows not screened/);
  assert.deepEqual(await result.locator('.att-row-errors li').allTextContents(), [
    'Line 4: “truck” is not a transport mode (sea, air, road, rail, multimodal)',
    'Line 5: the destination is empty',
  ]);

  await page.getByRole('button', { name: 'Register of screened shipments' }).click();
  const rows = page.locator('.att-register-table tr[data-shipment]');
  assert.equal(await rows.count(), 3);
  const levels = Object.fromEntries(
    await rows.evaluateAll((trs) => trs.map((tr) => [tr.cells[0].textContent, tr.dataset.level])),
  );
  // Sudan: the UN's embargo covers Darfur only, so the UN alone asks questions rather than stops.
  assert.deepEqual(levels, { B1: 'Inquire', B2: 'Inquire', B5: 'Incomplete' });
  assert.equal(await page.locator('.att-counted').textContent(), 'Embargoes counted: UN Security Council');
  await page.getByLabel('Finding', { exact: true }).selectOption({ label: 'Inquire' });
  assert.deepEqual(await rows.evaluateAll((trs) => trs.map((tr) => tr.cells[0].textContent)), ['B1', 'B2']);

  // An EU firm says so once: the EU's whole-country embargo on Sudan now stops B1.
  await page.getByRole('button', { name: 'Reference lists used by the automatic checks' }).click();
  await page.getByLabel('European Union', { exact: true }).check();
  await page.getByRole('button', { name: 'Register of screened shipments' }).click();
  await page.getByLabel('Finding', { exact: true }).selectOption({ label: 'All findings' });
  const stopped = page.locator('.att-register-table tr[data-shipment]').filter({ hasText: 'B1' });
  assert.equal(await stopped.getAttribute('data-level'), 'Stop', 'the EU embargo binds this user');
  assert.equal(
    await page.locator('.att-counted').textContent(),
    'Embargoes counted: UN Security Council, European Union',
  );
  await c.reload();
  assert.equal(
    await page.locator('.att-register-table tr[data-shipment]').filter({ hasText: 'B1' }).getAttribute('data-level'),
    'Stop',
    'the choice is remembered',
  );
  assert.deepEqual(
    JSON.parse(await stored(page, 'jurisdictions')).selected,
    ['eu'],
  );

  // The user edits a reference list: every shipment is screened again with it.
  await page.getByRole('button', { name: 'Reference lists used by the automatic checks' }).click();
  assert.equal(await page.getByLabel('European Union', { exact: true }).isChecked(), true);
  const embargoes = page.locator('details[data-list="embargoes"]');
  await embargoes.locator('summary').click();
  assert.match(await embargoes.textContent(), /verif/i, 'marked as needing verification');
  await embargoes.locator('li[data-entry="sudan"] button').click();
  await page.getByRole('alert').getByText('Your edited lists are in use; every shipment was screened again.').waitFor();
  await page.getByRole('button', { name: 'Register of screened shipments' }).click();
  await page.getByLabel('Finding', { exact: true }).selectOption({ label: 'All findings' });
  const b1 = page.locator('.att-register-table tr[data-shipment]').filter({ hasText: 'B1' });
  assert.equal(await b1.getAttribute('data-level'), 'Inquire', 'no longer stopped by the removed entry');
  await c.reload();
  const again = page.locator('.att-register-table tr[data-shipment]').filter({ hasText: 'B1' });
  assert.equal(await again.getAttribute('data-level'), 'Inquire', 'the edit is kept across a reload');
  assert.deepEqual(JSON.parse(await stored(page, 'lists')).removed, { embargoes: ['sudan'] }, 'only the change is stored');
  await session.close();
});

test('the register exports as JSON and CSV and imports into another browser', async () => {
  const first = await openContext(env.browser, env.server.origin);
  const page = await first.newPage();
  const c = await openScreening(page);
  await c.newShipment();
  await page.locator('.att-shipment').getByLabel('Reference', { exact: true }).fill('=SUM(A1)');
  await page.locator('.att-shipment').getByLabel('Country of destination').fill('Libya');
  const grab = async (format) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`.att-export button[data-format="${format}"]`).click()]);
    return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
  };
  const json = await grab('json');
  const csv = await grab('csv');
  const [book] = await Promise.all([page.waitForEvent('download'), page.locator('.att-export button[data-format="xlsx"]').click()]);
  assert.equal(book.suggestedFilename(), 'att-register.xlsx');
  assert.equal(readFileSync(await book.path()).subarray(0, 2).toString(), 'PK');
  assert.equal(json.name, 'att-register.json');
  assert.equal(JSON.parse(json.text).kind, 'att-diligence/register-export');
  assert.match(csv.text, /^\uFEFFreference,/);
  assert.match(csv.text, /\n'=SUM\(A1\),/, 'formula neutralised');
  await first.close();

  const dir = mkdtempSync(join(tmpdir(), 'att-e2e-'));
  writeFileSync(join(dir, json.name), json.text);
  const second = await openContext(env.browser, env.server.origin);
  const page2 = await second.newPage();
  await openScreening(page2);
  await page2.locator('.att-import input[type=file]').setInputFiles(join(dir, json.name));
  await page2.getByRole('alert').getByText(/^1 shipment imported and screened again\. The fingerprint matches/).waitFor();
  const row = page2.locator('.att-register-table tr[data-shipment]');
  assert.equal(await row.count(), 1);
  assert.equal(await row.locator('.att-level').textContent(), 'Stop');
  await second.close();
});
