// Party screening through the interface, as a forwarder would do it: the UN and OFAC samples
// loaded (and a file of another kind refused, the lists kept), a consignee spelled otherwise
// than the list found, each kind of decision recorded, remembered across shipments and a
// reload, revoked, exported; then a batch screened with its progress, cancelled, and resumed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, openContext, useBrowser } from './harness.mjs';
import { Checklist } from './checklist.page.mjs';

const SAMPLES = join(ROOT, 'lists/tests/samples');
const env = useBrowser(before, after);

const UN = join(SAMPLES, 'un-consolidated-excerpt.xml');
const OFAC = ['ofac-sdn-excerpt.csv', 'ofac-alt-excerpt.csv', 'ofac-add-excerpt.csv'].map((f) => join(SAMPLES, f));

async function openLists(page) {
  await page.locator('button[data-panel="parties"]').click();
  await page.locator('.att-party-lists').waitFor();
}

async function load(page, files) {
  const before = await page.locator('.att-party-list').count();
  await page.locator('.att-party-lists input[type=file]').setInputFiles(files);
  return before;
}

const loadedSources = (page) => page.locator('.att-party-list').evaluateAll((li) => li.map((l) => l.dataset.source));

/** A new shipment with these fields (by label), opened in the editor. */
async function shipment(c, page, fields) {
  await c.newShipment();
  for (const [label, value] of Object.entries(fields)) {
    await page.locator('.att-shipment').getByLabel(label, { exact: true }).fill(value);
  }
}

const finding = (page) => page.locator('.att-finding').getAttribute('data-level');
const match = (page, role) => page.locator(`.att-party[data-role="${role}"] .att-match`).first();

async function back(page) {
  await page.getByRole('button', { name: 'Back to the register' }).click();
}

test('lists load, a variant is found, each decision counts and is remembered', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  const c = await new Checklist(page, env.server.origin).open();
  await c.openModule('att-screening');
  await openLists(page);
  assert.equal(await page.locator('.att-party-lists .att-empty').first().textContent(), 'No list loaded: parties are not screened.');

  await load(page, [UN]);
  await page.locator('.att-party-list[data-source="un"]').waitFor();
  const un = page.locator('.att-party-list[data-source="un"]');
  assert.equal(await un.locator('strong').textContent(), 'UN Security Council Consolidated List');
  assert.equal(await un.locator('.att-list-date').textContent(), 'List generated on 2026-02-27');
  assert.match(await un.locator('.att-list-size').textContent(), /^37 entries, \d+ names with aliases$/);

  // OFAC's three files together; the legacy CSVs state no date, so the file's stands in.
  await load(page, OFAC);
  await page.locator('.att-party-list[data-source="ofac_sdn"]').waitFor();
  assert.match(await page.locator('.att-party-list[data-source="ofac_sdn"] .att-list-date').textContent(), /^File dated \d{4}-\d\d-\d\d \(the list itself states no date\)$/);

  // A file of another kind: refused in words, the lists loaded stay.
  await load(page, [join(ROOT, 'tests/fixtures/batch/semicolon.csv')]);
  const alert = page.locator('.att-party-lists [role=alert]');
  await alert.filter({ hasText: 'not loaded' }).waitFor();
  assert.equal(
    await alert.textContent(),
    'The list was not loaded. semicolon.csv is not one of the lists this widget reads: the UN Consolidated List (XML), OFAC\u2019s sdn.csv (with alt.csv and add.csv) or the Consolidated Screening List (CSV). The lists already loaded are unchanged.'.replace('\u2019', "'"),
  );
  assert.deepEqual(await loadedSources(page), ['un', 'ofac_sdn']);

  // A consignee as an office spells a listed name: found, with the entry, and an inquiry.
  await shipment(c, page, { Reference: 'P-1', Consignee: 'Amir Ali Choudri' });
  const m = match(page, 'consignee');
  await m.waitFor();
  assert.equal(await m.getAttribute('data-reference'), 'QDi.312');
  assert.match(await m.locator('.att-match-head').textContent(), /^Possible match: .*, UN QDi\.312, score \d+\.\d$/);
  assert.match(await m.locator('.att-match-entry').textContent(), /AAMIR ALI CHAUDHRY/);
  assert.match(await m.locator('.att-match-entry').textContent(), /Al-Qaida/);
  assert.equal(await finding(page), 'Inquire');
  // Confirmed: the UN-listed indicator drives the finding to stop, and says which entry.
  await m.getByRole('button', { name: 'Confirmed match' }).click();
  await page.locator('.att-finding[data-level="Stop"]').waitFor();
  assert.match(
    await page.locator('[data-item="scr.parties.un-listed"] .att-auto').textContent(),
    /Consignee \u201cAmir Ali Choudri\u201d is confirmed as UN QDi\.312 \u201cAAMIR ALI CHAUDHRY\u201d/,
  );
  // The shipment's report carries its party screening and the decision.
  const [report] = await Promise.all([page.waitForEvent('download'), page.locator('.att-export-shipment button[data-format="html"]').click()]);
  const html = readFileSync(await report.path(), 'utf8');
  assert.match(html, /Party screening/);
  assert.match(html, /QDi\.312/);
  assert.match(html, /Confirmed match/);
  await back(page);

  // A carrier on the OFAC list: "not the same party" needs a reason, then is not asked again.
  await shipment(c, page, { Reference: 'P-2', 'Carrier (shipping line, airline, haulier)': 'Aero Caribbean Airlines' });
  const carrier = match(page, 'carrier');
  await carrier.waitFor();
  assert.equal(await carrier.getAttribute('data-reference'), '36');
  await carrier.getByRole('button', { name: 'Not the same party' }).click();
  assert.match(await carrier.getByRole('alert').textContent(), /Give the reason/);
  await carrier.getByLabel(/^Reason/).fill('A cargo handler in Panama, registration PA-55821, not the Cuban airline');
  await carrier.getByRole('button', { name: 'Not the same party' }).click();
  await page.locator('.att-match[data-verdict="not_same"]').waitFor();
  // No party flag left: the similar-name indicator is answered "not present", saying on what.
  assert.match(
    await page.locator('[data-item="scr.parties.similar-name"] .att-auto').textContent(),
    /Not present.*1 party name screened against UN \(2026-02-27\), OFAC SDN \(\d{4}-\d\d-\d\d\) at threshold 85\.0: no possible match left open/,
  );
  await back(page);
  await shipment(c, page, { Reference: 'P-3', 'Carrier (shipping line, airline, haulier)': 'AERO CARIBBEAN  AIRLINES' });
  await match(page, 'carrier').waitFor();
  assert.equal(await match(page, 'carrier').getAttribute('data-verdict'), 'not_same');
  // Escalated: still an inquiry.
  await page.locator('.att-shipment').getByLabel('Consignee', { exact: true }).fill('Aamir Ali Chaudary');
  const escalate = match(page, 'consignee');
  await escalate.waitFor();
  await escalate.getByRole('button', { name: 'Escalated' }).click();
  await page.locator('.att-party[data-role="consignee"] .att-match[data-verdict="escalated"]').waitFor();
  assert.equal(await finding(page), 'Inquire');
  await back(page);

  // After a reload: the lists, the decisions and the findings are as they were.
  await c.reload();
  await c.openModule('att-screening');
  const levels = () => page.locator('.att-register-table tr[data-shipment]').evaluateAll((trs) => trs.map((t) => [t.cells[0].textContent, t.dataset.level]));
  await page.waitForFunction(() => {
    const host = document.querySelector('att-diligence');
    const root = host?.shadowRoot ?? document;
    return [...root.querySelectorAll('.att-register-table tr[data-shipment]')].some((t) => t.dataset.level === 'Stop');
  }).catch(() => {});
  assert.deepEqual(await levels(), [['P-1', 'Stop'], ['P-2', 'Inquire'], ['P-3', 'Inquire']]);
  await openLists(page);
  assert.deepEqual(await loadedSources(page), ['un', 'ofac_sdn']);
  const decisions = page.locator('.att-decision');
  assert.equal(await decisions.count(), 3);
  assert.deepEqual(await decisions.evaluateAll((d) => d.map((x) => x.dataset.verdict).sort()), ['confirmed', 'escalated', 'not_same']);
  assert.match(await page.locator('.att-decision[data-verdict="not_same"]').textContent(), /registration PA-55821.*2026|\d{4}-\d\d-\d\d/);

  // The register export carries the screening and the decisions' effect.
  await page.locator('button[data-panel="register"]').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.att-export button[data-format="json"]').click()]);
  const doc = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const p1 = doc.shipments.find((s) => s.shipment.reference === 'P-1');
  assert.equal(p1.parties.parties[0].matches[0].reference, 'QDi.312');
  assert.deepEqual(p1.parties.lists.map((l) => l.source), ['un', 'ofac_sdn']);

  // Revoked: the match is asked about again.
  await openLists(page);
  await page.locator('.att-decision[data-verdict="confirmed"]').getByRole('button', { name: 'Revoke' }).click();
  assert.equal(await page.locator('.att-decision').count(), 2);
  await page.locator('button[data-panel="register"]').click();
  assert.deepEqual((await levels())[0], ['P-1', 'Inquire']);
  await session.close();
});

test('a batch is screened in the background with progress, cancel and resume', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  const c = await new Checklist(page, env.server.origin).open();
  await c.openModule('att-screening');
  await openLists(page);
  await load(page, [UN]);
  await page.locator('.att-party-list[data-source="un"]').waitFor();

  // 20,000 shipments (some seconds of screening), every 2,500th with a listed consignee
  // spelled differently.
  const dir = mkdtempSync(join(tmpdir(), 'att-party-'));
  const rows = ['reference,date,mode,consignor,consignee,end_user,destination,carrier'];
  for (let i = 1; i <= 20000; i++) {
    const consignee = i % 2500 === 0 ? 'Amir Ali Choudri' : `Harbour Trading ${i} Ltd`;
    // Every 5,000th (from the first) carried by an airline on OFAC's list, not loaded yet.
    const carrier = i % 5000 === 1 ? 'Aerocaribbean Airlines' : `Blue Ocean Lines ${i % 40}`;
    rows.push(`B-${i},2026-11-01,sea,Nordic Arms AB,${consignee},Ministry of Defence,Freedonia,${carrier}`);
  }
  const file = join(dir, 'batch.csv');
  writeFileSync(file, rows.join('\n') + '\n');
  await page.locator('button[data-panel="batch"]').click();
  await page.locator('.att-batch input[type=file]').setInputFiles(file);
  await page.locator('.att-batch-map').waitFor();
  await page.getByRole('button', { name: 'Screen these rows' }).click();
  await page.locator('.att-batch-result').waitFor();
  await page.locator('button[data-panel="register"]').click();

  // The page stays responsive while the worker screens: the progress bar moves, cancel works.
  const progress = page.locator('.att-party-run progress');
  await progress.waitFor();
  await page.locator('.att-party-cancel').click();
  const outcome = page.locator('.att-party-outcome');
  await outcome.waitFor();
  const cancelled = await outcome.textContent();
  const m = cancelled.match(/^Screening cancelled after ([\d,]+) of 20,000 shipments; the others keep their earlier screening\.$/);
  assert.ok(m, cancelled);
  assert.ok(Number(m[1].replace(',', '')) < 20000);

  await page.locator('.att-party-screen').click();
  await outcome.filter({ hasText: 'Every party screened' }).waitFor({ timeout: 120_000 });
  assert.match(await outcome.textContent(), /^Every party screened: [\d,]+ shipments have possible matches/);
  // Each listed consignee's shipment is flagged, and no other: read from the register export.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.att-export button[data-format="json"]').click()]);
  const doc = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(doc.shipments.length, 20000);
  const flagged = doc.shipments.filter((s) => (s.parties?.parties ?? []).length > 0).map((s) => s.shipment.reference);
  assert.deepEqual(flagged, [2500, 5000, 7500, 10000, 12500, 15000, 17500, 20000].map((n) => `B-${n}`));
  assert.ok(doc.shipments.every((s) => s.parties?.lists?.[0]?.source === 'un'), 'every shipment screened');

  // A list loaded later: the whole register is screened again, and says what is new.
  await openLists(page);
  await load(page, OFAC);
  await page.locator('.att-party-list[data-source="ofac_sdn"]').waitFor();
  await page.locator('button[data-panel="register"]').click();
  await outcome.filter({ hasText: 'of them new' }).filter({ hasText: /^Every party screened: 12 shipments have possible matches, 4 of them new/ }).waitFor({ timeout: 120_000 });
  // The first shipment is one of them: marked new, with its open match counted.
  const firstRow = page.locator('.att-register-table tr[data-shipment]').first();
  assert.equal(await firstRow.locator('td').first().textContent(), 'B-1');
  const first = firstRow.locator('.att-open-matches');
  assert.equal(await first.getAttribute('data-new'), 'true');
  assert.equal(await first.getAttribute('data-open'), '1');
  await session.close();
});
