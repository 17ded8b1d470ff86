// The user guides' steps, done as written (docs/guide-self-assessment.md,
// docs/guide-screening.md, docs/guide-party-screening.md), photographing each step. The test
// run writes its pictures to tests/e2e/artifacts/guides/ (ignored), so it leaves the working
// tree clean; ATT_REFRESH_IMAGES=1 (scripts/refresh-images.sh) writes them into docs/images/,
// the pictures the guides show, so they can be refreshed to the current interface.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FOCUSED, openContext, ROOT, useBrowser } from './harness.mjs';
import { Checklist } from './checklist.page.mjs';

const env = useBrowser(before, after);
const REFRESH = process.env.ATT_REFRESH_IMAGES === '1';
const IMAGES = join(ROOT, REFRESH ? 'docs/images' : 'tests/e2e/artifacts/guides');
/** Photographs `locator` with nothing focused (a focus ring or caret would make each run's
 * picture differ), so an unchanged interface gives unchanged images. */
async function shot(locator, name) {
  await locator.page().evaluate(`${FOCUSED}?.blur()`);
  await locator.screenshot({ path: join(IMAGES, `${name}.png`), animations: 'disabled' });
}

/** A fresh profile on the standalone page, the first screen answered with `role` as the
 * guide says, and `take(locator, name)` that photographs and records the name. */
async function openGuide(role, firstScreen) {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  const written = [];
  const take = async (locator, name) => { await shot(locator, name); written.push(name); };
  await page.goto(`${env.server.origin}/`);
  const screen = page.locator('.att-roles');
  await screen.waitFor();
  if (firstScreen) await take(screen, firstScreen);
  await screen.getByRole('button', { name: role }).click();
  const c = new Checklist(page, env.server.origin);
  await c.settled();
  return { session, page, c, written, take };
}

/** Every image a guide shows must be one this test writes. */
function imagesOf(guide) {
  return [...readFileSync(join(ROOT, 'docs', guide), 'utf8').matchAll(/\(images\/([\w-]+)\.png\)/g)].map((m) => m[1]);
}

test('the self-assessment guide, step by step', async () => {
  mkdirSync(IMAGES, { recursive: true });
  const { session, page, c, written, take } = await openGuide('An exporter or manufacturer', 'first-screen');
  assert.equal(await page.locator('.att-set').getAttribute('data-set'), 'att-programme');

  await page.screenshot({ path: join(IMAGES, 'overview.png') });
  written.push('overview');
  // Step 1: name the assessment and fill in its details.
  await c.bar('Rename');
  const rename = page.locator('.att-assessment-bar .att-panel');
  await rename.getByLabel('Name of the assessment').fill('FY 2026 / Land');
  await rename.getByRole('button', { name: 'Save' }).click();
  await c.fillDetail('Organisation', 'Acme Defence Ltd');
  await c.fillDetail('Assessor', 'J. Doe');
  await c.fillDetail('Date of assessment', '2026-11-27');
  await take(page.locator('.att-details'), 'self-assessment-1-details');
  // Step 2: answer an item, with its evidence.
  const first = c.firstItem();
  await c.answer(first, 'In place');
  await c.fill(first, 'Document', 'Board resolution 2026/14');
  await c.fill(first, 'Where it is kept', 'Compliance SharePoint /policies');
  await take(first, 'self-assessment-2-answer');
  // Step 3: a gap gets an owner and a date: it goes into the action plan.
  const gap = page.locator('fieldset.att-item').nth(1);
  await c.answer(gap, 'Not in place');
  await c.fill(gap, 'Owner', 'Head of compliance');
  await c.fill(gap, 'Target date', '2027-03-31');
  await take(gap, 'self-assessment-3-gap');
  // Step 4: the summary and action plan.
  await c.showSummary();
  await take(page.locator('.att-summary'), 'self-assessment-4-summary');
  // Step 5: export.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.att-export').getByRole('button', { name: 'Printable report (HTML)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'FY-2026-Land.html');
  await take(page.locator('.att-export'), 'self-assessment-5-export');

  assert.deepEqual(imagesOf('guide-self-assessment.md').sort(), written.filter((n) => n !== 'overview').sort());
  await session.close();
});

test('the shipment-screening guide, step by step', async () => {
  const { session, page, c, written, take } = await openGuide('A logistics firm');
  assert.equal(await page.locator('.att-set').getAttribute('data-set'), 'att-screening');

  // Step 1: a new shipment and its record.
  await c.newShipment();
  const shipment = page.locator('.att-shipment');
  await shipment.getByLabel('Reference', { exact: true }).fill('AWB 176-1234 5675');
  await shipment.getByLabel('Transport mode').selectOption('air');
  await shipment.getByLabel('Country of destination').fill('Freedonia');
  await shipment.getByLabel('Declared end user', { exact: true }).fill('Freedonia Border Police');
  await shipment.getByLabel('End-user certificate').selectOption('seen');
  await take(shipment.locator('.att-record'), 'screening-1-record');
  // Step 2: answer the red flags; the finding says what drove it.
  const flags = shipment.locator('fieldset.att-item:visible');
  const n = await flags.count();
  for (let i = 0; i < n; i++) await flags.nth(i).getByLabel('Not present', { exact: true }).check();
  await flags.nth(0).getByLabel('Present', { exact: true }).check();
  await take(shipment.locator('.att-finding'), 'screening-2-finding');
  // Step 3: the Article 7(4) steps, in the treaty's order.
  await take(shipment.locator('.att-gbv'), 'screening-3-gbv');
  // Step 4: a batch of shipments from a CSV file.
  const dir = mkdtempSync(join(tmpdir(), 'att-guide-'));
  const file = join(dir, 'shipments.csv');
  writeFileSync(file, [
    'reference,mode,destination,end_user,end_use,transit,category,end_user_certificate,export_licence',
    'B1,sea,Freedonia,Army,Training,Djibouti,parts_components,verified,verified',
    'B2,air,Sylvania,Police,Patrol,,small_arms_light_weapons,seen,verified',
  ].join('\n'));
  await page.locator('button[data-panel="batch"]').click();
  await page.locator('.att-batch input[type=file]').setInputFiles(file);
  await page.locator('.att-batch-map').waitFor();
  await take(page.locator('.att-batch'), 'screening-4-batch');
  await page.getByRole('button', { name: 'Screen these rows' }).click();
  await page.locator('.att-batch-result').waitFor();
  // Step 5: the register.
  await page.locator('button[data-panel="register"]').click();
  await page.locator('.att-register-table tr[data-shipment]').nth(2).waitFor();
  await take(page.locator('.att-register'), 'screening-5-register');

  assert.deepEqual(imagesOf('guide-screening.md').sort(), written.sort());
  await session.close();
});

test('the party-screening guide, step by step', async () => {
  const { session, page, c, written, take } = await openGuide('A logistics firm');
  // Decisions and OFAC's files are dated: fixed days keep the pictures the same from run to run.
  await page.clock.setFixedTime(new Date('2026-11-27T09:00:00Z'));
  const samples = join(ROOT, 'lists/tests/samples');
  const dir = mkdtempSync(join(tmpdir(), 'att-guide-lists-'));
  const downloaded = new Date('2026-11-26T08:00:00Z');
  const ofac = ['sdn', 'alt', 'add'].map((f) => {
    const file = join(dir, `${f}.csv`);
    copyFileSync(join(samples, `ofac-${f}-excerpt.csv`), file);
    utimesSync(file, downloaded, downloaded);
    return file;
  });

  // Step 2: load the UN list, then OFAC's three files together.
  await page.locator('button[data-panel="parties"]').click();
  const panel = page.locator('.att-party-lists');
  const input = panel.locator('input[type=file]');
  await input.setInputFiles(join(samples, 'un-consolidated-excerpt.xml'));
  await panel.locator('.att-party-list[data-source="un"]').waitFor();
  await input.setInputFiles(ofac);
  await panel.locator('.att-party-list[data-source="ofac_sdn"]').waitFor();
  await panel.locator('input[type=file]:not([disabled])').waitFor();
  assert.match(await panel.locator('.att-party-list[data-source="ofac_sdn"] .att-list-date').textContent(), /2026-11-26/);
  await take(panel, 'party-screening-1-lists');

  // Step 3: a shipment whose consignee and carrier are possible matches.
  await c.newShipment();
  const shipment = page.locator('.att-shipment');
  await shipment.getByLabel('Reference', { exact: true }).fill('AWB 176-1234 5675');
  await shipment.getByLabel('Consignee', { exact: true }).fill('Amir Ali Choudri');
  await shipment.getByLabel('Carrier (shipping line, airline, haulier)', { exact: true }).fill('Aero Caribbean Airlines');
  const parties = page.locator('.att-party-check');
  const consignee = parties.locator('.att-party[data-role="consignee"] .att-match').first();
  const carrier = parties.locator('.att-party[data-role="carrier"] .att-match').first();
  await consignee.waitFor();
  await carrier.waitFor();
  assert.equal(await consignee.getAttribute('data-reference'), 'QDi.312');
  assert.equal(await shipment.locator('.att-finding').getAttribute('data-level'), 'Inquire');
  await take(parties, 'party-screening-2-match');

  // Step 4: decide each: the carrier is another firm (with the reason), the consignee the listed man.
  await carrier.getByLabel(/^Reason/).fill('A cargo handler in Panama, registration PA-55821, not the Cuban airline');
  await carrier.getByRole('button', { name: 'Not the same party' }).click();
  await consignee.getByRole('button', { name: 'Confirmed match' }).click();
  await parties.locator('.att-party[data-role="carrier"] .att-match[data-verdict="not_same"]').waitFor();
  await parties.locator('.att-party[data-role="consignee"] .att-match[data-verdict="confirmed"]').waitFor();
  assert.equal(await shipment.locator('.att-finding').getAttribute('data-level'), 'Stop');
  await take(parties, 'party-screening-3-decided');

  assert.deepEqual(imagesOf('guide-party-screening.md').sort(), written.sort());
  await session.close();
});
