// The widget's storage (issue 14): everything in IndexedDB, a large register that survives a
// reload, 0.2.0's localStorage data moved in (also after a move cut short), a full storage, two
// tabs, and closing the page with a write still pending.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openContext, useBrowser } from './harness.mjs';
import { Checklist, readDatabase, storageKeyOf, stored, storedNames, writeDatabase } from './checklist.page.mjs';

const env = useBrowser(before, after);

// The widget's English notices (src/core/i18n/catalog/en.json).
const FULL =
  "The browser's storage is full, so your latest change was not saved. Export your work now, then free some space.";
const OTHER_TAB = 'This work was changed in another tab or window; what you see now includes those changes.';

const notice = (page) => page.locator('p.att-notice[role="alert"]');

/** Waits for the widget's notice to say `text`; on a timeout, fails showing what it says. */
async function expectNotice(page, text, message) {
  try {
    await notice(page).filter({ hasText: text }).waitFor({ timeout: 5_000 });
  } catch {
    assert.equal(((await notice(page).textContent()) ?? '').trim(), text, message);
  }
}

const status = (c, id) => c.item(id).getAttribute('data-status');
const responsesOf = (text) => (text === undefined ? {} : JSON.parse(text).responses);

/** The keys this origin's localStorage holds for the default storage key. */
const localKeys = (page) =>
  page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)), storageKeyOf(''));

const A1 = 'prog.gov.management-commitment';
const A2 = 'prog.gov.hr-ihl-policy';
const A3 = 'prog.gov.needs-assessment';

test('a register of 20,000 shipments from a batch CSV is all back after a reload', async (t) => {
  const started = Date.now();
  const N = 20_000;
  // Three kinds of row, each with a known finding under the UN's embargoes alone (as in
  // screening.test.mjs): Libya stops, Sudan (Darfur only) asks, Freedonia is left to the screener.
  const kinds = [
    ['sea', 'MoD', 'Army', 'Training', 'Libya', '', 'salw', 'verified', 'verified', 'Stop'],
    ['sea', 'MoD', 'Army', 'Training', 'Sudan', 'Djibouti', 'parts', 'verified', 'verified', 'Inquire'],
    ['road', 'MoD', 'Army', 'Training', 'Freedonia', '', 'tanks', 'verified', 'verified', 'Incomplete'],
  ];
  const kindOf = (i) => kinds[i % 3];
  const rows = ['reference,mode,consignee,end_user,end_use,destination,transit,category,end_user_certificate,export_licence'];
  for (let i = 1; i <= N; i++) rows.push([`R${String(i).padStart(5, '0')}`, ...kindOf(i).slice(0, 9)].join(','));
  const file = join(mkdtempSync(join(tmpdir(), 'att-e2e-')), 'large.csv');
  writeFileSync(file, rows.join('\n'));
  const expected = { Stop: 0, Inquire: 0, Incomplete: 0 };
  for (let i = 1; i <= N; i++) expected[kindOf(i)[9]] += 1;

  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  const c = await new Checklist(page, env.server.origin).open();
  await c.openModule('att-screening');
  await page.getByRole('button', { name: 'Screen a batch (CSV or Excel file)' }).click();
  await page.locator('.att-batch input[type=file]').setInputFiles(file);
  await page.locator('.att-batch-map').waitFor();
  await page.getByRole('button', { name: 'Screen these rows' }).click();
  const result = page.locator('.att-batch-result');
  await result.waitFor({ timeout: 60_000 });
  assert.match(await result.getByRole('status').textContent(), /^20,000 rows screened/);
  const screened = Date.now();

  const index = await stored(page, 'register', 'default', {
    until: (v) => v !== undefined && JSON.parse(v).ids?.length === N,
    timeout: 60_000,
  });
  assert.equal(JSON.parse(index).version, 2, 'the register is saved as an index (format 2)');
  const shipments = await storedNames(page, 'register/', 'default', { until: (n) => n.length === N, timeout: 30_000 });
  assert.equal(shipments.length, N, 'one stored value per shipment');
  const written = Date.now();

  await c.reload();
  await c.openModule('att-screening');
  const count = page.locator('span.att-count[role="status"]');
  await count.waitFor({ timeout: 30_000 });
  assert.equal(await count.textContent(), '20,000 of 20,000 shipments');
  const reloaded = Date.now();

  const table = page.locator('.att-register-table tr[data-shipment]');
  const levelOf = async (reference) =>
    page.locator('.att-register-table tr[data-shipment]').filter({ hasText: reference }).getAttribute('data-level');
  assert.deepEqual(
    [await levelOf('R00001'), await levelOf('R00002'), await levelOf('R00003')],
    [kindOf(1)[9], kindOf(2)[9], kindOf(3)[9]],
    'the first shipments, with their findings',
  );
  // The table draws only the rows in view: scroll to its end for the last shipments.
  await page.locator('.att-register-scroll').evaluate((e) => {
    e.scrollTop = e.scrollHeight;
  });
  await table.filter({ hasText: 'R20000' }).waitFor();
  assert.deepEqual([await levelOf('R19999'), await levelOf('R20000')], [kindOf(19_999)[9], kindOf(20_000)[9]]);
  for (const level of ['Stop', 'Inquire', 'Incomplete']) {
    await page.getByLabel('Finding', { exact: true }).selectOption({ label: level });
    const n = expected[level].toLocaleString('en');
    await page.locator('span.att-count[role="status"]', { hasText: `${n} of 20,000 shipments` }).waitFor();
  }
  await session.close();
  const s = (a, b) => ((b - a) / 1000).toFixed(1);
  t.diagnostic(
    `20,000 shipments: import and screening ${s(started, screened)} s, written to IndexedDB ` +
      `${s(screened, written)} s, reload ${s(written, reloaded)} s, total ${s(started, Date.now())} s`,
  );
});

// What 0.2.0 wrote to localStorage (the saved formats of src/core/saved.rs, the register and
// list edits of tests/embargo.rs's 0.2.0 test), under the default storage key.
const V020 = {
  workspace:
    '{"kind":"att-diligence/workspace","version":1,"counter":1,"entries":[{"id":"att-programme-1","name":"FY2025 review","set":"att-programme"}],"open":{"att-programme":"att-programme-1"}}',
  'assessment:att-programme-1':
    `{"kind":"att-diligence/assessment","version":1,"set":{"id":"att-programme","version":"1.1.0"},"responses":{"${A1}":{"status":"in_place","note":"Board minute 2025/7"},"${A2}":{"status":"not_in_place"}},"created":"2025-11-02T09:00:00Z","modified":"2025-11-03T10:00:00Z"}`,
  register:
    '{"kind":"att-diligence/register","version":1,"counter":2,"entries":[' +
    '{"id":"s1","shipment":{"reference":"B1","date":"2026-11-20","mode":"sea","consignor":"Acme","consignee":"MoD","end_user":"Army","end_use":"Training","destination":"Khartoum","transit":["Djibouti"],"category":"parts_components","description":"","quantity":"","value":"","documents":{"end_user_certificate":"verified","export_licence":"verified","transport_documents":"not_seen"}},"gbv":{"completed":0}},' +
    '{"id":"s2","shipment":{"reference":"B2","date":"","mode":null,"consignor":"","consignee":"","end_user":"","end_use":"","destination":"Zembla","transit":[],"category":null,"description":"","quantity":"","value":"","documents":{"end_user_certificate":"not_seen","export_licence":"not_seen","transport_documents":"not_seen"}},"gbv":{"completed":0}}]}',
  lists:
    '{"kind":"att-diligence/list-edits","version":1,"removed":{},"added":{"embargoes":[{"id":"user-24","name":{"en":"Zembla","zh":"Zembla"},"aliases":[],"scope":"full","sources":["user"]}]}}',
  lang: 'fr',
};

/** A fresh profile whose origin holds `local` in localStorage and `database` in IndexedDB
 * before the widget first runs there (set from a page of the origin without the widget). */
async function profileWith(local, database = {}) {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  // A page of the origin without the widget.
  const blank = `${env.server.origin}/blank.html`;
  await page.route(blank, (route) => route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><title>blank</title>' }));
  await page.goto(blank);
  await page.unroute(blank);
  await page.evaluate((values) => {
    for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v);
  }, local);
  if (Object.keys(database).length > 0) await writeDatabase(page, database);
  return { session, page };
}

const full = (values) => Object.fromEntries(Object.entries(values).map(([k, v]) => [storageKeyOf(k), v]));

/** The 0.2.0 data on screen: answers, note, shipments (found by the list edits), language. */
async function check020Shown(c, note = 'Board minute 2025/7') {
  const page = c.page;
  await page.locator('.att-diligence[lang="fr"]').waitFor();
  assert.equal(await status(c, A1), 'in_place');
  assert.equal(await status(c, A2), 'not_in_place');
  assert.equal(await c.item(A1).locator('textarea').first().inputValue(), note);
  await c.openModule('att-screening');
  const rows = page.locator('.att-register-table tr[data-shipment]');
  await rows.first().waitFor();
  const levels = Object.fromEntries(await rows.evaluateAll((trs) => trs.map((tr) => [tr.cells[0].textContent, tr.dataset.level])));
  // Khartoum under the UN alone: asked; Zembla: stopped by the user's own embargo entry.
  assert.deepEqual(levels, { B1: 'Inquire', B2: 'Stop' });
  await c.openModule('att-programme');
}

test("0.2.0's localStorage data is moved into IndexedDB and shown", async () => {
  const { session, page } = await profileWith(full(V020));
  const c = await new Checklist(page, env.server.origin).open();
  await check020Shown(c);

  assert.deepEqual(await localKeys(page), [], 'localStorage no longer holds the widget’s data');
  const names = await storedNames(page, '', 'default', { until: (n) => Object.keys(V020).every((k) => n.includes(k)) });
  for (const k of Object.keys(V020)) assert.ok(names.includes(k), `${k} is in IndexedDB`);
  for (const k of ['assessment:att-programme-1', 'lists', 'lang']) {
    assert.equal(await stored(page, k), V020[k], `${k} copied as it was`);
  }
  const ws = JSON.parse(await stored(page, 'workspace'));
  assert.ok(ws.entries.some((e) => e.id === 'att-programme-1' && e.name === 'FY2025 review'), 'the workspace still lists it');

  await c.reload();
  await check020Shown(c);
  assert.deepEqual(await localKeys(page), []);
  await session.close();
});

test('a move from localStorage cut short loses nothing: the database value shown, the other kept beside', async () => {
  const assessment = 'assessment:att-programme-1';
  // Since the earlier start copied the workspace and the assessment, the user changed the note.
  const changed = V020[assessment].replace('Board minute 2025/7', 'Board minute 2025/7, renewed 2026');
  const { session, page } = await profileWith(full(V020), full({ workspace: V020.workspace, [assessment]: changed }));
  const c = await new Checklist(page, env.server.origin).open();
  await check020Shown(c, 'Board minute 2025/7, renewed 2026');

  assert.equal(await stored(page, assessment), changed, 'the database’s value is kept');
  assert.equal(
    await stored(page, `${assessment}.from-localstorage`),
    V020[assessment],
    'localStorage’s differing value is kept beside it',
  );
  assert.equal(await storedNames(page, 'workspace.from-localstorage', 'default', { until: () => true }).then((n) => n.length), 0, 'an equal value is not duplicated');
  for (const k of ['register', 'lists', 'lang']) assert.equal(await stored(page, k), V020[k], `${k} copied`);
  assert.deepEqual(await localKeys(page), [], 'localStorage emptied');
  await c.reload();
  await check020Shown(c, 'Board minute 2025/7, renewed 2026');
  await session.close();
});

/**
 * A fresh profile whose origin gets a tiny storage quota. Chromium 156's IndexedDB only heeds
 * Storage.overrideQuotaForOrigin set before the origin first uses storage in the profile (set
 * once the widget is open, every write still commits), so it is set before the first visit.
 */
async function profileWithTinyQuota() {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  const cdp = await page.context().newCDPSession(page);
  const origin = env.server.origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  const c = await new Checklist(page, origin).open();
  return { session, page, c, lift: () => cdp.send('Storage.overrideQuotaForOrigin', { origin }) };
}

test('a full storage: the widget says so, keeps the change on screen, and writes it once there is room', async () => {
  const { session, page, c, lift } = await profileWithTinyQuota();
  const note = 'Minutes of the board, '.repeat(200);
  await c.answer(c.item(A1), 'In place');
  await c.writeNote(c.item(A1), note);
  await expectNotice(page, FULL, 'the storage-full notice');
  assert.equal(await c.item(A1).getByLabel('In place', { exact: true }).isChecked(), true, 'the answer stays on screen');
  assert.equal(await c.item(A1).locator('textarea').first().inputValue(), note, 'the note stays on screen');
  const refused = await readDatabase(page, storageKeyOf('assessment:'));
  assert.ok(Object.values(refused).every((v) => !(A1 in responsesOf(v))), 'nothing of it reached the database');

  await lift();
  await c.answer(c.item(A2), 'Not in place');
  const saved = await stored(page, 'assessment:att-programme-1', 'default', {
    until: (v) => v !== undefined && A2 in responsesOf(v),
  });
  assert.deepEqual(responsesOf(saved)[A1], { status: 'in_place', note }, 'the earlier change is written too');
  await c.reload();
  assert.equal(await status(c, A1), 'in_place');
  assert.equal(await status(c, A2), 'not_in_place');
  await session.close();
});

test('two tabs: each shows the other’s answer and neither loses its own', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const a = await new Checklist(await session.newPage(), env.server.origin).open();
  const b = await new Checklist(await session.newPage(), env.server.origin).open();

  await a.answer(a.item(A1), 'In place');
  await expectNotice(b.page, OTHER_TAB, 'B is told');
  await b.settled();
  await b.page.locator(`fieldset[data-item="${A1}"][data-status="in_place"]`).waitFor();

  await b.answer(b.item(A2), 'Not in place');
  await expectNotice(a.page, OTHER_TAB, 'A is told');
  await a.page.locator(`fieldset[data-item="${A2}"][data-status="not_in_place"]`).waitFor();
  assert.equal(await status(a, A1), 'in_place', 'A keeps its own answer');
  assert.equal(await status(b, A1), 'in_place', 'B keeps A’s answer');

  const both = await stored(a.page, 'assessment:att-programme-1', 'default', {
    until: (v) => v !== undefined && A1 in responsesOf(v) && A2 in responsesOf(v),
  });
  assert.deepEqual(
    [responsesOf(both)[A1].status, responsesOf(both)[A2].status],
    ['in_place', 'not_in_place'],
    'the stored assessment holds both answers',
  );

  // A third change, in A again, on top of both.
  await a.answer(a.item(A3), 'Partly in place');
  await b.page.locator(`fieldset[data-item="${A3}"][data-status="partly_in_place"]`).waitFor();
  assert.deepEqual(
    [await status(b, A1), await status(b, A2)],
    ['in_place', 'not_in_place'],
  );
  await session.close();
});

test('reloading or closing the page while a write is pending asks first', async () => {
  const { session, page, c, lift } = await profileWithTinyQuota();
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.type());
    d.dismiss();
  });
  await c.answer(c.item(A1), 'In place');
  // The refused write stays pending: reloading now would lose it. Dismissed, the dialog keeps
  // the page, so the reload never finishes (Playwright waits for it until its timeout).
  const reload = await page.reload({ timeout: 3_000 }).then(() => 'reloaded', () => 'stayed');
  assert.deepEqual(dialogs, ['beforeunload'], 'a beforeunload dialog');
  assert.equal(reload, 'stayed', 'dismissed: the page stays');
  assert.equal(await status(c, A1), 'in_place', 'with the answer');

  // Once the write is in, the page closes without asking.
  await lift();
  await c.answer(c.item(A2), 'Not in place');
  await stored(page, 'assessment:att-programme-1', 'default', { until: (v) => v !== undefined && A1 in responsesOf(v) && A2 in responsesOf(v) });
  await page.close({ runBeforeUnload: true });
  await page.waitForEvent('close', { timeout: 5_000 });
  assert.deepEqual(dialogs, ['beforeunload'], 'no second dialog');
  await session.close();
});

test('two tabs: each keeps its own open assessment, and typing is never interrupted by the other', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const a = await new Checklist(await session.newPage(), env.server.origin).open();
  const b = await new Checklist(await session.newPage(), env.server.origin).open();
  const chosen = (c) => c.page.locator('.att-assessment-bar select').first().inputValue();
  const before = await chosen(b);

  // A starts a new assessment: B stays in the one it has open.
  await a.page.locator('.att-assessment-bar').getByRole('button', { name: 'New assessment', exact: true }).first().click();
  await expectNotice(b.page, OTHER_TAB, 'B is told');
  await b.settled();
  assert.notEqual(await chosen(a), before, 'A is in its new assessment');
  assert.equal(await chosen(b), before, 'B keeps its own');
  assert.equal(
    await b.page.locator('.att-assessment-bar select').first().locator('option').count(),
    await a.page.locator('.att-assessment-bar select').first().locator('option').count(),
    'B lists A’s new assessment too',
  );

  // B types a note while A answers: not a keystroke of B's is lost.
  const note = b.item(A1).getByLabel('Note', { exact: true });
  await note.click();
  await note.pressSequentially('typed in B, ');
  await a.answer(a.item(A2), 'In place');
  await b.page.waitForTimeout(300);
  await note.pressSequentially('still typing');
  assert.equal(await note.inputValue(), 'typed in B, still typing');
  await b.page.locator('h1').first().click(); // leaves the field: now B takes in A's change
  await b.settled();
  assert.equal(await b.item(A1).getByLabel('Note', { exact: true }).inputValue(), 'typed in B, still typing');
  await session.close();
});

test("a database written by a newer widget is never written to, and the user is told", async () => {
  const { session, page } = await profileWith({});
  // As a newer widget would leave it: the same database at a higher schema version.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const r = indexedDB.open('att-diligence', 2);
    r.onupgradeneeded = () => {
      r.result.createObjectStore('kv').put('{"kind":"from-the-future"}', 'att-diligence:v1:default:workspace');
    };
    r.onsuccess = () => { r.result.close(); resolve(); };
    r.onerror = () => reject(r.error);
  }));
  const c = await new Checklist(page, env.server.origin).open();
  await expectNotice(page, /written by a newer version of the widget/, 'the user is told');
  await c.answer(c.item(A1), 'In place');
  assert.equal(await status(c, A1), 'in_place', 'the answer stays on screen');
  await page.waitForTimeout(300);
  const keys = await page.evaluate(() => new Promise((resolve) => {
    const r = indexedDB.open('att-diligence');
    r.onsuccess = () => {
      const q = r.result.transaction('kv').objectStore('kv').getAllKeys();
      q.onsuccess = () => { resolve(q.result); r.result.close(); };
    };
  }));
  assert.deepEqual(keys, ['att-diligence:v1:default:workspace'], 'nothing written over it');
  await session.close();
});

test('two tabs in one assessment: typing in one while the other answers keeps both', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const a = await new Checklist(await session.newPage(), env.server.origin).open();
  const b = await new Checklist(await session.newPage(), env.server.origin).open();
  const note = b.item(A1).getByLabel('Note', { exact: true });
  await note.click();
  await note.pressSequentially('typed in B');
  await a.answer(a.item(A2), 'In place');
  await b.page.waitForTimeout(300);
  await note.pressSequentially(', still typing');
  const both = await stored(a.page, 'assessment:att-programme-1', 'default', {
    until: (v) => v !== undefined && responsesOf(v)[A2]?.status === 'in_place'
      && responsesOf(v)[A1]?.note === 'typed in B, still typing',
  });
  assert.ok(both, 'storage holds A’s answer and B’s note');
  await b.page.locator('h1').first().click();
  await b.settled();
  await b.page.locator(`fieldset[data-item="${A2}"][data-status="in_place"]`).waitFor();
  assert.equal(await b.item(A1).getByLabel('Note', { exact: true }).inputValue(), 'typed in B, still typing');
  await a.page.reload();
  await a.settled();
  assert.equal(await a.item(A1).getByLabel('Note', { exact: true }).inputValue(), 'typed in B, still typing');
  assert.equal(await status(a, A2), 'in_place');
  await session.close();
});
