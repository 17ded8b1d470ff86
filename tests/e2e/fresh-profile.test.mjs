// A first visit, as a user makes it in a fresh browser profile: every module opened, every export
// format downloaded, every language shown, so every chunk and every language pack is needed once.
// Served under the strict CSP (each chunk and pack fetched, none refused or failed) and as the
// single file from file:// (nothing fetched at all). openContext fails on any CSP violation,
// page error or request to another origin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, openContext, passFirstScreen, ROOT, STRICT_CSP, useBrowser } from './harness.mjs';

const env = useBrowser(before, after);
const SEAMS = JSON.parse(readFileSync(join(DIST, 'att-diligence.chunks.json'), 'utf8'));
const CHUNKS = [...new Set(Object.values(SEAMS).flat())].sort();
const PACK_LANGS = ['ar', 'fr', 'ru', 'es'];
const PACKS = PACK_LANGS.map((l) => `att-diligence.${l}.json`);
// English last: back from every other language.
const LANGS = ['zh', 'ar', 'fr', 'ru', 'es', 'en'];
const seed = (file) => JSON.parse(readFileSync(join(ROOT, 'seeds/sets', file), 'utf8'));
// Every built-in set's tab, its seed, and how its module shows an item.
const MODULES = [
  ['att-programme', 'programme.json', 'fieldset.att-item'],
  ['att-logistics-programme', 'programme_logistics.json', 'fieldset.att-item'],
  ['att-screening', 'screening.json', '.att-shipment fieldset.att-item'],
  ['att-gbv74', 'gbv74.json', 'li.att-ref-item'],
  ['att-reassessment', 'reassessment.json', 'li.att-ref-item'],
  ['att-resources', 'resources.json', 'li.att-ref-item'],
].map(([set, file, item]) => ({ set, first: seed(file).sections[0].items[0], item }));
const NAME = 'Fresh profile check';
const REFERENCE = 'FP 0001';

const widget = (page) => page.locator('att-diligence');
const tab = (page, set) => widget(page).locator(`[role="tab"][data-set="${set}"]`);

/** Clicks `button` and returns the file it downloads: its suggested name and bytes. */
async function download(page, button) {
  const [d] = await Promise.all([page.waitForEvent('download'), button.click()]);
  assert.equal(await d.failure(), null, `the download of ${d.suggestedFilename()} completed`);
  const bytes = readFileSync(await d.path());
  assert.ok(bytes.length > 0, `${d.suggestedFilename()} is not empty`);
  return { name: d.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** Opens a module from its tab; its first item is there, in `lang`. */
async function openModule(page, { set, first, item }, lang = 'en') {
  await tab(page, set).click();
  const shown = widget(page).locator(`.att-set[data-set="${set}"]`);
  await shown.waitFor();
  if (set === 'att-screening') {
    // The register shows no item of the set until a shipment is open: open the first one.
    const row = shown.locator('.att-register-table tr[data-shipment]').first();
    if (await row.count()) await row.getByRole('button').click();
    else await shown.locator('button.att-new-shipment').click();
  }
  const text = first.text[lang].slice(0, 30);
  await shown.locator(`${item}[data-item="${first.id}"]`, { hasText: text }).waitFor();
  assert.equal(await shown.locator(item).first().getAttribute('data-item'), first.id, `${set}: its first item comes first`);
}

const formats = (toolbar) => toolbar.locator('button[data-format]').evaluateAll((bs) => bs.map((b) => b.dataset.format));

/** The programme assessment in every format its export toolbar offers. */
async function exportAssessment(page) {
  const programme = widget(page).locator('.att-set[data-set="att-programme"]');
  await programme.locator('.att-assessment-bar').getByRole('button', { name: 'Rename', exact: true }).click();
  await programme.getByLabel('Name of the assessment').fill(NAME);
  await programme.getByRole('button', { name: 'Save', exact: true }).click();
  const toolbar = programme.locator('.att-export');
  assert.deepEqual(await formats(toolbar), ['json', 'csv', 'markdown', 'html', 'xlsx']);
  const get = (format) => download(page, toolbar.locator(`button[data-format="${format}"]`));
  const stem = 'Fresh-profile-check';

  const json = await get('json');
  assert.equal(json.name, `${stem}.json`);
  const doc = JSON.parse(json.text);
  assert.equal(doc.kind, 'att-diligence/export');
  assert.equal(doc.question_set.id, 'att-programme', 'the export names its question set');
  assert.equal(doc.assessment.name, NAME);
  const csv = await get('csv');
  assert.equal(csv.name, `${stem}.csv`);
  assert.match(csv.text, /^\uFEFFsection,item_id,question,status,/, 'a header row');
  assert.ok(csv.text.includes(`,${MODULES[0].first.id},`), 'a row per item');
  const md = await get('markdown');
  assert.equal(md.name, `${stem}.md`);
  assert.match(md.text, new RegExp(`^# ${NAME}\\n`));
  const html = await get('html');
  assert.equal(html.name, `${stem}.html`);
  assert.match(html.text, /^<!DOCTYPE html>/);
  assert.ok(html.text.includes(NAME), "the report carries the assessment's name");
  const xlsx = await get('xlsx');
  assert.equal(xlsx.name, `${stem}.xlsx`);
  assert.equal(xlsx.bytes.subarray(0, 2).toString(), 'PK', 'a zip container, as XLSX is');
}

/** One shipment recorded, exported on its own in every format offered, then the register. */
async function exportRegister(page) {
  const screening = widget(page).locator('.att-set[data-set="att-screening"]');
  const shipment = screening.locator('.att-shipment');
  await shipment.getByLabel('Reference', { exact: true }).fill(REFERENCE);
  await shipment.getByLabel('Country of destination').fill('Freedonia');
  const stem = 'FP-0001';

  const one = await download(page, screening.locator('button.att-export-one'));
  assert.equal(one.name, `${stem}.json`);
  const oneDoc = JSON.parse(one.text);
  assert.equal(oneDoc.kind, 'att-diligence/register-export');
  assert.deepEqual(oneDoc.shipments.map((s) => s.shipment.reference), [REFERENCE]);
  const asFormats = await formats(screening.locator('.att-export-shipment'));
  assert.deepEqual(asFormats, ['html', 'markdown', 'csv']);
  const ext = { html: 'html', markdown: 'md', csv: 'csv' };
  for (const format of asFormats) {
    const file = await download(page, screening.locator(`.att-export-shipment button[data-format="${format}"]`));
    assert.equal(file.name, `${stem}.${ext[format]}`);
    if (format === 'csv') assert.match(file.text, /^\uFEFFreference,/, 'a header row');
    else assert.ok(file.text.includes(REFERENCE), `the ${format} report names the shipment`);
  }

  await screening.getByRole('button', { name: 'Back to the register' }).click();
  const toolbar = screening.locator('.att-transfer .att-export');
  assert.deepEqual(await formats(toolbar), ['json', 'csv', 'xlsx', 'html']);
  const get = (format) => download(page, toolbar.locator(`button[data-format="${format}"]`));
  const json = await get('json');
  assert.equal(json.name, 'att-register.json');
  const doc = JSON.parse(json.text);
  assert.equal(doc.kind, 'att-diligence/register-export');
  assert.deepEqual(doc.shipments.map((s) => s.shipment.reference), [REFERENCE]);
  const csv = await get('csv');
  assert.equal(csv.name, 'att-register.csv');
  assert.match(csv.text, /^\uFEFFreference,/, 'a header row');
  assert.ok(csv.text.includes(`\n${REFERENCE},`), 'the shipment is a row');
  const xlsx = await get('xlsx');
  assert.equal(xlsx.name, 'att-register.xlsx');
  assert.equal(xlsx.bytes.subarray(0, 2).toString(), 'PK', 'a zip container, as XLSX is');
  const html = await get('html');
  assert.equal(html.name, 'att-register.html');
  assert.match(html.text, /^<!DOCTYPE html>/);
  assert.ok(html.text.includes(REFERENCE), 'the report names the shipment');
}

/**
 * The same files through the JS API a host page calls (`exportAs`, on the element's handle),
 * which fetches whatever part of the widget it needs the first time.
 */
async function exportThroughApi(page) {
  const files = await page.evaluate(async (targets) => {
    const handle = document.querySelector('att-diligence').widget;
    const out = [];
    for (const [target, formats] of targets) {
      for (const format of formats) {
        const file = await handle.exportAs(format, target);
        const bytes = new Uint8Array(await file.arrayBuffer());
        out.push({ target, format, name: file.name, size: bytes.length, head: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, 200)) });
      }
    }
    return out;
  }, [['assessment', ['json', 'csv', 'markdown', 'html', 'xlsx']], ['register', ['json', 'csv', 'xlsx', 'html']]]);
  const ext = { json: 'json', csv: 'csv', markdown: 'md', html: 'html', xlsx: 'xlsx' };
  for (const f of files) {
    const stem = f.target === 'assessment' ? 'Fresh-profile-check' : 'att-register';
    assert.equal(f.name, `${stem}.${ext[f.format]}`, `exportAs(${f.format}, ${f.target}): its name`);
    assert.ok(f.size > 0, `exportAs(${f.format}, ${f.target}): not empty`);
    if (f.format === 'xlsx') assert.ok(f.head.startsWith('PK'), `exportAs(xlsx, ${f.target}): a zip container`);
    if (f.format === 'json') assert.match(f.head, /^\{"/, `exportAs(json, ${f.target}): JSON`);
    if (f.format === 'csv') assert.match(f.head, /^\uFEFF(section|reference),/, `exportAs(csv, ${f.target}): a header row`);
  }
}

/** Every interface language chosen: the interface and every module's content in it. */
async function showLanguages(page) {
  const root = widget(page).locator('.att-diligence');
  const english = { title: await root.locator('.att-header h1').textContent(), tabs: await widget(page).locator('[role="tab"]').allTextContents() };
  for (const lang of LANGS) {
    await widget(page).locator('.att-lang select').selectOption(lang);
    await widget(page).locator(`.att-diligence[lang="${lang}"]`).waitFor();
    // Its content first (a pack language's arrives with its pack), then the interface around it.
    for (const module of MODULES) await openModule(page, module, lang);
    assert.equal(await root.getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr', `${lang}: its direction`);
    const title = await root.locator('.att-header h1').textContent();
    const tabs = await widget(page).locator('[role="tab"]').allTextContents();
    if (lang === 'en') {
      assert.deepEqual({ title, tabs }, english, 'English again, as it was');
    } else {
      assert.notEqual(title, english.title, `${lang}: the heading is translated`);
      tabs.forEach((t, i) => assert.notEqual(t, english.tabs[i], `${lang}: the module tab “${english.tabs[i]}” is translated`));
    }
  }
}

/** The whole first visit; `page` already on the widget. */
async function firstVisit(page) {
  await passFirstScreen(widget(page));
  await openModule(page, MODULES[0]);
  await exportAssessment(page);
  for (const module of MODULES.slice(1)) await openModule(page, module);
  // Back to the register: the shipment made when the module was first shown, opened again.
  await openModule(page, MODULES[2]);
  await exportRegister(page);
  await exportThroughApi(page);
  await showLanguages(page);
}

test('a fresh profile served under the strict CSP: every module, export and language; each chunk and pack fetched once', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  const responses = [];
  const failed = [];
  session.context.on('response', (r) => responses.push({ path: new URL(r.url()).pathname, status: r.status() }));
  session.context.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`));
  const response = await page.goto(`${env.server.origin}/`);
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  await firstVisit(page);

  assert.deepEqual(failed, [], 'no request failed');
  assert.deepEqual(responses.filter((r) => r.status !== 200), [], 'every response was a 200');
  const statuses = (file) => responses.filter((r) => r.path === `/${file}`).map((r) => r.status);
  for (const file of [...CHUNKS, ...PACKS]) assert.deepEqual(statuses(file), [200], `${file} fetched once`);
  // The XLSX writer is a worker started for each workbook (two here), each fetching its wasm.
  assert.ok(statuses('att-xlsx.wasm').length > 0, 'the XLSX writer fetched');
  await session.close();
});

test('a fresh profile on the single file from file://: every module, export and language, nothing fetched', async () => {
  const file = pathToFileURL(join(DIST, 'att-diligence-offline.html')).href;
  // A file:// page's origin is "null": any http(s) request would be foreign and fail the session.
  const session = await openContext(env.browser, 'null');
  const page = await session.newPage();
  const requests = [];
  session.context.on('request', (r) => requests.push(r.url()));
  await page.goto(file);
  await firstVisit(page);
  assert.deepEqual(requests.filter((u) => u !== file && !/^(data|blob):/.test(u)), [], 'nothing but the file itself');
  assert.equal(requests.filter((u) => u === file).length, 1, 'the file, once');
  await session.close();
});
