// Saved work from the current release loads unchanged (issue 18): a fresh browser profile gets the
// IndexedDB values the 0.3.0 widget wrote after a user's day (tests/fixtures/storage-0.3.0.json,
// recorded by tests/fixtures/record-storage-0.3.0.mjs) before the widget first runs there; the
// widget then shows that work as it was, returns from getState() what 0.3.0 returned, sets
// nothing aside as unreadable and says nothing of unreadable work.
//
// ATT_UPGRADE_FIXTURE=<file> runs it on another fixture file (to see it fail on a corrupted copy).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, openContext, useBrowser } from './harness.mjs';
import { Checklist, readDatabase, storageKeyOf } from './checklist.page.mjs';

const env = useBrowser(before, after);
const FIXTURE = JSON.parse(
  readFileSync(process.env.ATT_UPGRADE_FIXTURE ?? join(ROOT, 'tests/fixtures/storage-0.3.0.json'), 'utf8'),
);
const HOSTILE = '<img src=x onerror=alert(1)>';
const PROGRAMME = JSON.parse(readFileSync(join(ROOT, 'seeds/sets/programme.json'), 'utf8'));
const TOTAL = PROGRAMME.sections.reduce((n, s) => n + s.items.length, 0);

// The notices of saved work that could not be read (src/core/i18n/fr.rs, and English's words).
const UNREADABLE = /Impossible de lire|could not be read/;

/**
 * A fresh profile whose origin holds the fixture's database (made as the widget made it: same
 * version and stores) before the widget first runs there, written from a page of the origin
 * that does not load the widget. `window.alert` only records, so markup run as code would show.
 */
async function profileWith0_3_0() {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  await page.addInitScript(() => {
    window.alerts = [];
    window.alert = (m) => window.alerts.push(String(m));
  });
  const blank = `${env.server.origin}/blank.html`;
  await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>blank</title>' }));
  await page.goto(blank);
  await page.unroute(blank);
  await page.evaluate(
    ({ database, entries }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(database.name, database.version);
        open.onupgradeneeded = () => database.stores.forEach((s) => open.result.createObjectStore(s));
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const t = db.transaction('kv', 'readwrite');
          for (const [k, v] of Object.entries(entries)) t.objectStore('kv').put(v, k);
          t.oncomplete = () => { db.close(); resolve(); };
          t.onerror = () => { db.close(); reject(t.error); };
        };
      }),
    FIXTURE,
  );
  const c = await new Checklist(page, env.server.origin).open();
  return { session, page, c };
}

/** Every stored value of the default instance (full key → text). */
const storedNow = (page) => readDatabase(page, storageKeyOf(''));

const getState = (page) => page.evaluate(() => document.querySelector('att-diligence').widget.getState());

/**
 * getState as a later release may legitimately give it for the same work: `widget` names the
 * version that answers, and each `fingerprint` is taken over a document that includes it. Under
 * 0.3.0 itself nothing is left out (no field changes from one run to the next).
 */
function comparable(state) {
  if (state.widget === FIXTURE.widget) return state;
  const strip = (v) =>
    Array.isArray(v) ? v.map(strip)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'widget' && k !== 'fingerprint').map(([k, x]) => [k, strip(x)]))
        : v;
  return strip(state);
}

/** No notice of unreadable work on screen, and no markup from a stored text run or drawn. */
async function nothingUnreadableNorRun(page) {
  const notices = await page.locator('att-diligence [role="alert"]').allTextContents();
  assert.deepEqual(notices.filter((t) => UNREADABLE.test(t)), [], 'no notice of unreadable saved work');
  assert.deepEqual(notices.map((t) => t.trim()).filter(Boolean), [], 'no notice at all');
  assert.equal(await page.locator('att-diligence img').count(), 0, 'no <img> from a stored text');
  assert.deepEqual(await page.evaluate(() => window.alerts), [], 'no stored text ran as code');
}

test("0.3.0's stored values are read as they are: getState as 0.3.0 gave it, nothing set aside or rewritten", async () => {
  const { session, page, c } = await profileWith0_3_0();
  await page.locator('.att-diligence[lang="fr"]').waitFor();
  assert.deepEqual(comparable(await getState(page)), comparable(FIXTURE.getState), 'getState() as 0.3.0 returned it');
  await nothingUnreadableNorRun(page);

  // The widget's writes are behind the screen: give any a moment to land before looking.
  await page.waitForTimeout(1_000);
  const now = await storedNow(page);
  assert.deepEqual(Object.keys(now).filter((k) => k.includes('.unreadable')), [], 'nothing set aside as unreadable');
  // Opening writes nothing over the work (a release that moves a saved format forward on opening
  // changes this line on purpose, and says so).
  for (const [k, v] of Object.entries(FIXTURE.entries)) assert.equal(now[k], v, `${k} left as 0.3.0 wrote it`);

  await c.reload();
  await page.locator('.att-diligence[lang="fr"]').waitFor();
  assert.deepEqual(comparable(await getState(page)), comparable(FIXTURE.getState), 'the same after a reload');
  await nothingUnreadableNorRun(page);
  await session.close();
});

const item = (page, id) => page.locator(`fieldset.att-item[data-item="${id}"]`);
const field = (page, id, token) => item(page, id).locator(`.att-field-${token} :is(input, textarea)`);

test('the work 0.3.0 saved is on screen as the user left it', async () => {
  const { session, page, c } = await profileWith0_3_0();
  const widget = page.locator('.att-diligence');
  assert.equal(await widget.getAttribute('lang'), 'fr', 'in French, as chosen');
  assert.equal(await page.locator('.att-lang select').inputValue(), 'fr');

  // The first assessment, open as the user left it: details, five answers, notes and evidence.
  const select = page.locator('.att-assessment-bar select');
  assert.deepEqual(await select.locator('option').allTextContents(), ['Assessment 1', 'Unité navale 2026']);
  assert.equal(await select.locator('option:checked').textContent(), 'Assessment 1');
  assert.equal(await c.progress(), `Réponses\u00a0: 4 sur ${TOTAL}`, 'not sure is not counted as an answer');
  const details = page.locator('.att-details');
  assert.deepEqual(await details.locator('input').evaluateAll((is) => is.map((i) => i.value).filter(Boolean)), [
    'Société Acme Défense <SA>', 'J. Doe', '2026-11-30',
  ]);
  const statuses = await page.locator('fieldset.att-item[data-status]').evaluateAll((fs) =>
    Object.fromEntries(fs.filter((f) => f.dataset.status !== '' && f.dataset.status !== 'unanswered').map((f) => [f.dataset.item, f.dataset.status])));
  assert.deepEqual(statuses, {
    'prog.gov.management-commitment': 'in_place',
    'prog.gov.hr-ihl-policy': 'not_in_place',
    'prog.int.icp-integration': 'not_applicable',
    'prog.risk.red-flags': 'partly_in_place',
    'prog.cap.training': 'unsure',
  });
  const A = 'prog.gov.management-commitment';
  assert.equal(await field(page, A, 'note').inputValue(), `قرار مجلس الإدارة ٢٠٢٦/١٤ — ${HOSTILE}`, 'the Arabic note, hostile string as text');
  assert.equal(await field(page, A, 'evidencedocument').inputValue(), 'Board resolution 2026/14');
  assert.equal(await field(page, A, 'evidencedate').inputValue(), '2026-03-02');
  assert.equal(await field(page, A, 'evidencelocation').inputValue(), 'Compliance SharePoint /policies');
  const B = 'prog.gov.hr-ihl-policy';
  assert.equal(await field(page, B, 'note').inputValue(), 'No HR/IHL step in the ICP yet & "quoted"');
  assert.equal(await field(page, B, 'owner').inputValue(), 'Head of compliance');
  assert.equal(await field(page, B, 'due').inputValue(), '2027-03-31');
  await nothingUnreadableNorRun(page);

  // The summary draws the not-applicable note as text.
  await page.getByRole('button', { name: 'Synthèse et plan d’action' }).click();
  await page.locator('.att-summary').waitFor();
  assert.equal(await page.locator('.att-not-applicable tbody tr td').nth(1).textContent(),
    `Spare parts for one government customer only ${HOSTILE}`);
  await nothingUnreadableNorRun(page);
  await page.getByRole('button', { name: 'Liste de contrôle', exact: true }).click();
  await c.settled();

  // The second assessment.
  await select.selectOption({ label: 'Unité navale 2026' });
  await c.settled();
  const first = PROGRAMME.sections[0].items[0].id;
  assert.equal(await item(page, first).getAttribute('data-status'), 'not_in_place');
  assert.equal(await field(page, first, 'note').inputValue(), 'Pas encore de politique signée');
  assert.equal(await c.progress(), `Réponses\u00a0: 1 sur ${TOTAL}`);

  // The custom question set, with its answer.
  await c.openModule('ngo-quick-check');
  assert.equal(await item(page, 'ngo.basics.screening').getAttribute('data-status'), 'partly_in_place');

  // Screening: three shipments with their findings, under the user's lists and jurisdiction.
  await c.openModule('att-screening');
  const rows = page.locator('.att-register-table tr[data-shipment]');
  await rows.first().waitFor();
  const levels = Object.fromEntries(await rows.evaluateAll((trs) => trs.map((tr) => [tr.cells[0].textContent, tr.dataset.level])));
  // Zembla is stopped only by the user's own embargo entry; the first has two red flags.
  assert.deepEqual(levels, { 'AWB 176-1234 5675': 'Inquire', 'BL-ZM-0002': 'Stop', 'CMR-0003': 'NoRedFlags' });
  assert.deepEqual(await rows.locator('.att-level').allTextContents(), ['Vérification', 'Arrêt', 'Aucun signal d’alerte relevé']);
  assert.equal(await page.locator('.att-counted').textContent(), "Embargos pris en compte\u00a0: Conseil de sécurité de l'ONU, Union européenne");

  await rows.filter({ hasText: 'AWB 176-1234 5675' }).getByRole('button').click();
  const shipment = page.locator('.att-shipment');
  await shipment.waitFor();
  assert.equal(await shipment.locator('input[id$="-enduse"]').inputValue(), `Patrouille frontalière ${HOSTILE}`);
  assert.equal(await shipment.locator('input[id$="-description"]').inputValue(), 'قطع غيار');
  assert.equal(await page.locator('.att-finding h3').textContent(), 'Conclusion\u00a0: Vérification');
  assert.deepEqual(
    await page.locator('fieldset.att-indicator:has(input[id$="-present"]:checked)').evaluateAll((fs) => fs.map((f) => f.dataset.item).sort()),
    ['scr.air.route', 'scr.parties.cash'],
    'the two red flags answered present',
  );
  await nothingUnreadableNorRun(page);

  // The list edit and the jurisdiction.
  await page.getByRole('button', { name: 'Listes de référence utilisées par les vérifications automatiques' }).click();
  assert.equal(await page.locator('input[data-jurisdiction="eu"]').isChecked(), true, 'the EU binds the user');
  const embargoes = page.locator('details[data-list="embargoes"]');
  await embargoes.locator('summary').click();
  assert.equal(await embargoes.locator('li[data-entry="sudan"]').count(), 0, 'Sudan removed');
  assert.match(await embargoes.locator('li[data-entry^="user-"]').textContent(), /Zembla/, 'Zembla added');

  // The last backup's date.
  const panel = page.locator('details.att-your-data');
  await panel.locator(':scope > summary').click();
  assert.match((await panel.locator('.att-last-backup').textContent()).trim(), /^Dernière sauvegarde ou exportation\s: .*2026/);
  await nothingUnreadableNorRun(page);
  await session.close();
});
