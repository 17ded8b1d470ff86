// A user's only copy of their work is in the browser: they download a full backup and restore it
// in a fresh browser profile, where everything is back (answers, the register, their list edit,
// their jurisdiction) and the "last backup" line shows a date.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openContext, useBrowser } from './harness.mjs';
import { Checklist, stored } from './checklist.page.mjs';
import { fillJourney, S2, TOTAL } from './journey.mjs';

const env = useBrowser(before, after);

/** The "Your data" panel in the widget's footer, opened. */
async function openYourData(page) {
  const panel = page.locator('details.att-your-data');
  if (!(await panel.evaluate((d) => d.open))) await panel.locator(':scope > summary').click();
  return panel;
}

async function downloadBackup(page) {
  const panel = await openYourData(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Download a full backup' }).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

const lists = 'Reference lists used by the automatic checks';

test('a full backup restores everything in a fresh browser profile', async () => {
  const first = await openContext(env.browser, env.server.origin);
  const page = await first.newPage();
  const c = await new Checklist(page, env.server.origin).open();
  const panel = await openYourData(page);
  assert.equal(
    (await panel.locator('.att-last-backup').textContent()).trim(),
    'Not yet backed up or exported from this browser.',
  );
  await fillJourney(c);

  // A shipment, a list edit and a jurisdiction.
  await c.openModule('att-screening');
  await c.newShipment();
  const shipment = page.locator('.att-shipment');
  await shipment.getByLabel('Reference', { exact: true }).fill('BK-BACKUP-1');
  await shipment.getByLabel('Country of destination').fill('Sudan');
  await page.getByRole('button', { name: lists }).click();
  await page.getByLabel('European Union', { exact: true }).check();
  const embargoes = page.locator('details[data-list="embargoes"]');
  await embargoes.locator('summary').click();
  await embargoes.locator('li[data-entry="sudan"] button').click();
  await page.getByRole('alert').getByText('Your edited lists are in use; every shipment was screened again.').waitFor();
  await stored(page, 'lists');

  const backup = await downloadBackup(page);
  assert.match(backup.name, /^att-diligence-backup-\d{4}-\d\d-\d\d\.json$/);
  const doc = JSON.parse(backup.text);
  assert.equal(doc.kind, 'att-diligence/backup');
  assert.equal(doc.format, 1);
  assert.match(doc.fingerprint, /^[0-9a-f]{64}$/);
  assert.equal(doc.state.kind, 'att-diligence/state');
  assert.equal(doc.state.lang, 'en');
  assert.ok(doc.state.assessments.some((a) => a.assessment.details.organisation === 'Acme Defence <Ltd>'));
  assert.deepEqual(doc.state.register.shipments.map((s) => s.shipment.reference), ['BK-BACKUP-1']);
  assert.deepEqual(doc.lists.removed, { embargoes: ['sudan'] });
  assert.deepEqual(doc.jurisdictions, ['eu']);
  // The download is recorded as the last time the work was saved to a file.
  assert.match((await panel.locator('.att-last-backup').textContent()).trim(), /^Last backed up or exported: .*\d{4}/);
  assert.match(await stored(page, 'last-backup'), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.equal(await panel.locator('.att-reminder').isHidden(), true, 'no reminder right after a backup');
  await first.close();

  // Another browser profile: nothing there until the backup is restored, and only on confirming.
  const dir = mkdtempSync(join(tmpdir(), 'att-e2e-backup-'));
  const file = join(dir, backup.name);
  writeFileSync(file, backup.text);
  const second = await openContext(env.browser, env.server.origin);
  const page2 = await second.newPage();
  const c2 = await new Checklist(page2, env.server.origin).open();
  assert.equal(await c2.progress(), `0 of ${TOTAL} answered`);
  const panel2 = await openYourData(page2);
  await panel2.locator('.att-backup-restore input[type=file]').setInputFiles(file);
  const preview = panel2.locator('.att-backup-preview');
  await preview.waitFor();
  const n = doc.state.assessments.length;
  assert.equal(
    (await preview.locator('.att-backup-holds').textContent()).trim(),
    `This backup holds ${n} assessment${n === 1 ? '' : 's'}, 1 shipment and 0 custom question sets. Restoring it replaces the work in this browser.`,
  );
  assert.equal(await preview.locator('.att-integrity').getAttribute('data-integrity'), 'Intact');
  assert.equal(await c2.progress(), `0 of ${TOTAL} answered`, 'nothing changes before the user confirms');
  await preview.getByRole('button', { name: 'Replace my work with this backup' }).click();
  await page2.getByRole('alert').getByText(`Backup restored: ${n} assessment${n === 1 ? '' : 's'} and 1 shipment.`).waitFor();
  assert.equal(await preview.isHidden(), true);

  // Everything is back: the answers and details, the register, the list edit, the jurisdiction.
  await c2.settled();
  assert.equal(await c2.progress(), `4 of ${TOTAL} answered`);
  const gap = c2.itemsOf(S2.id).nth(0);
  assert.equal(await gap.getByLabel('Owner', { exact: true }).inputValue(), 'Head of compliance');
  assert.match((await panel2.locator('.att-last-backup').textContent()).trim(), /^Last backed up or exported: .*\d{4}/);
  await c2.openModule('att-screening');
  const row = page2.locator('.att-register-table tr[data-shipment]').filter({ hasText: 'BK-BACKUP-1' });
  await row.waitFor();
  await page2.getByRole('button', { name: lists }).click();
  assert.equal(await page2.getByLabel('European Union', { exact: true }).isChecked(), true);
  await page2.locator('details[data-list="embargoes"] summary').click();
  assert.equal(await page2.locator('details[data-list="embargoes"] li[data-entry="sudan"]').count(), 0);
  assert.deepEqual(JSON.parse(await stored(page2, 'lists')).removed, { embargoes: ['sudan'] });
  assert.deepEqual(JSON.parse(await stored(page2, 'jurisdictions')).selected, ['eu']);

  // And it survives a reload (it is in storage, not only on screen); backing up again gives the
  // same file.
  await c2.reload();
  const again = await downloadBackup(page2);
  assert.equal(again.text, backup.text, 'backup, restore, backup: identical bytes');

  // A file that is not a backup is refused with its reason, and nothing changes.
  const single = join(dir, 'assessment.json');
  writeFileSync(single, JSON.stringify(doc.state.assessments[0]));
  await panel2.locator('.att-backup-restore input[type=file]').setInputFiles(single);
  await page2.getByRole('alert').getByText(/This backup was not restored: it is not a full backup of this widget/).waitFor();
  await second.close();
});
