// Pictures where people would rather look than read: the summary's status bars (the whole
// programme and each section), the register's shipments per finding, each named by the
// sentence that says the same counts, and the same bars in the printable report.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openContext, useBrowser } from './harness.mjs';
import { Checklist } from './checklist.page.mjs';
import { SET, TOTAL, S1, S2 } from './journey.mjs';

const env = useBrowser(before, after);
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** In place and partly in place in the first section, not in place and not sure in the second. */
async function answerSome(c) {
  await c.answer(c.itemsOf(S1.id).nth(0), 'In place');
  await c.answer(c.itemsOf(S1.id).nth(1), 'Partly in place');
  await c.answer(c.itemsOf(S2.id).nth(0), 'Not in place');
  await c.answer(c.itemsOf(S2.id).nth(1), 'Not sure');
}

const overall = `Whole programme — In place: 1; Partly in place: 1; Not in place: 1; Not sure: 1; ` +
  `Not answered: ${TOTAL - 4}. Total: ${TOTAL}.`;
const first = `${S1.title.en} — In place: 1; Partly in place: 1; Not answered: ${S1.items.length - 2}. ` +
  `Total: ${S1.items.length}.`;
const second = `${S2.title.en} — Not in place: 1; Not sure: 1; Not answered: ${S2.items.length - 2}. ` +
  `Total: ${S2.items.length}.`;

test('the summary shows the programme and each section as a bar named by its counts; the report has them too', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  const c = await new Checklist(page, env.server.origin).open();
  await answerSome(c);
  await c.showSummary();

  const charts = page.locator('.att-charts figure.att-chart');
  assert.equal(await charts.count(), 1 + SET.sections.length, 'the whole programme, then every section');
  assert.deepEqual(
    (await charts.locator('figcaption').allTextContents()).slice(0, 3),
    ['Whole programme', S1.title.en, S2.title.en],
  );
  // The accessible names a screen reader announces: the counts, in words.
  const summary = page.locator('.att-summary');
  for (const name of [overall, first, second]) {
    assert.equal(await summary.getByRole('img', { name, exact: true }).count(), 1, name);
  }
  const bar = charts.first().locator('svg');
  assert.equal(await bar.getAttribute('role'), 'img');
  assert.equal(await bar.locator('title').textContent(), overall, 'its title says the same');
  // The picture: one segment per status answered, with its count; the rest unanswered.
  const segments = await bar.locator('rect.att-seg').evaluateAll((rs) =>
    rs.map((r) => [r.getAttribute('class').replace('att-seg att-seg-', ''), Number(r.getAttribute('width'))]));
  assert.deepEqual(segments.map(([k]) => k), ['in_place', 'partly_in_place', 'not_in_place', 'unsure', 'unanswered']);
  assert.equal(segments.reduce((n, [, w]) => n + w, 0), 600, 'the segments fill the bar exactly');
  assert.ok(segments.every(([, w]) => w >= 6), 'one item of many still shows');
  // Colour is not all: the partly-in-place segment is striped, and the legend names each part.
  assert.ok(await bar.locator('rect.att-chart-mark').count() > 0, 'stripes over partly in place');
  assert.deepEqual(await page.locator('.att-chart-legend li').allTextContents(), [
    'In place', 'Partly in place', 'Not in place', 'Not applicable', 'Not sure', 'Not answered',
  ]);
  // The colours come from the stylesheet (no style attribute: the page's CSP holds).
  const fill = await bar.locator('rect.att-seg-in_place').evaluate((r) => getComputedStyle(r).fill);
  assert.equal(fill, 'rgb(30, 107, 52)');
  // The table stays as the detailed equivalent.
  assert.equal(await page.locator('table.att-summary-sections tbody tr').count(), SET.sections.length);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.att-export').getByRole('button', { name: 'Printable report (HTML)' }).click(),
  ]);
  const html = readFileSync(await download.path(), 'utf8');
  const esc = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;').replaceAll("'", '&#39;');
  assert.equal(html.match(/<svg class="bar" role="img" aria-labelledby="chart-\d+"/g)?.length, 1 + SET.sections.length);
  assert.ok(html.includes(`<title id="chart-0">${esc(overall)}</title>`), 'the report names the bar by its counts');
  assert.ok(html.includes(`<title id="chart-1">${esc(first)}</title>`));
  assert.ok(html.indexOf('<section class="charts">') < html.indexOf('<table>'), 'the picture before the table');
  assert.ok(!/<script|<link|\ssrc=|url\(|style="/.test(html), 'the report loads nothing, holds no style attribute');

  // In French, the same bars speak French.
  await switchAndReopenSummary(page, c, 'Français', 'fr');
  const fr = await charts.first().locator('svg title').textContent();
  assert.match(fr, /^L’ensemble du programme — En place\u00a0: 1\u00a0;/);
  await session.close();
});

test('the register shows its shipments per finding as bars, named by the counts', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  const c = await new Checklist(page, env.server.origin).open();
  await c.openModule('att-screening');
  assert.equal(await page.locator('.att-finding-chart').count(), 0, 'no chart for an empty register');
  await screenBatch(page);
  await page.getByRole('button', { name: 'Register of screened shipments' }).click();

  const chart = page.locator('.att-finding-chart');
  await chart.waitFor();
  const name = 'Shipments by finding — Stop: 0; Inquire: 2; Incomplete: 1; No red flags found: 0. Total: 3.';
  assert.equal(await page.getByRole('img', { name, exact: true }).count(), 1);
  assert.equal(await chart.locator('figcaption').textContent(), 'Shipments by finding');
  const rows = await chart.locator('g.att-chart-row').evaluateAll((gs) =>
    gs.map((g) => [g.dataset.level, Number(g.dataset.count), Number(g.querySelector('rect').getAttribute('width'))]));
  assert.deepEqual(rows, [['Stop', 0, 0], ['Inquire', 2, 300], ['Incomplete', 1, 150], ['NoRedFlags', 0, 0]]);
  // The counts are those of the table under it.
  const levels = await page.locator('.att-register-table tr[data-shipment]').evaluateAll((trs) => trs.map((tr) => tr.dataset.level));
  assert.deepEqual(levels.sort(), ['Incomplete', 'Inquire', 'Inquire']);

  // The register's printable report: the same chart, named by the same sentence, then a row
  // per shipment with its finding.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.att-transfer .att-export').getByRole('button', { name: 'Printable report (HTML)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'att-register.html');
  const report = readFileSync(await download.path(), 'utf8');
  const esc = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;').replaceAll("'", '&#39;');
  assert.ok(report.startsWith('<!DOCTYPE html>\n<html lang="en" dir="ltr">'));
  assert.ok(report.includes('<h1>Register of screened shipments</h1>'));
  assert.match(report, /Exported on \d{4}-\d{2}-\d{2} · att-diligence \d+\.\d+\.\d+/);
  assert.ok(report.includes('<svg class="findings" role="img" aria-labelledby="chart-findings"'), 'the chart, inline');
  assert.ok(report.includes(`<title id="chart-findings">${esc(name)}</title>`), 'named by the sentence the widget says');
  assert.deepEqual([...report.matchAll(/<g data-level="(\w+)" data-count="(\d+)">/g)].map((m) => [m[1], Number(m[2])]),
    rows.map(([level, count]) => [level, count]), 'the same counts as the widget draws');
  const reportRows = [...report.matchAll(/<tr data-shipment="[^"]*" data-level="(\w+)"><td>([^<]*)<\/td>/g)]
    .map((m) => [m[2], m[1]]);
  const tableRows = await page.locator('.att-register-table tr[data-shipment]').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('td').textContent, tr.dataset.level]));
  assert.deepEqual(reportRows.sort(), tableRows.sort(), 'one row per shipment, with the finding the table shows');
  assert.equal(reportRows.length, 3);
  assert.ok(report.indexOf('<svg class="findings"') < report.indexOf('<table'), 'the picture, then the rows');
  assert.ok(!/<script|<link|\ssrc=|url\(|style="/.test(report), 'the report loads nothing, holds no style attribute');

  // A shipment removed: the chart follows.
  await page.locator('.att-register-table tr[data-shipment]', { hasText: 'B5' }).getByRole('button').first().click();
  await page.locator('.att-toolbar').getByRole('button', { name: 'Remove from the register' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove from the register' }).click();
  await page.locator('.att-register-table').waitFor();
  const after = 'Shipments by finding — Stop: 0; Inquire: 2; Incomplete: 0; No red flags found: 0. Total: 2.';
  await page.getByRole('img', { name: after, exact: true }).waitFor();
  await session.close();
});

/**
 * Switches the language to `name` (tag `lang`, whose content comes as a pack) and opens the
 * summary again once the widget has remounted with that content: the remount (when the pack
 * arrives) shows the checklist, so a summary opened before it would be gone.
 */
async function switchAndReopenSummary(page, c, name, lang) {
  const pack = page.waitForResponse((r) => r.url().endsWith(`/att-diligence.${lang}.json`));
  await c.switchLanguage(name);
  await pack;
  await page.locator('.att-summary').waitFor({ state: 'detached' });
  await page.locator('button[data-view="summary"]').click();
  await page.locator('.att-charts svg').first().waitFor();
}

/** Screens three shipments from a batch file, in the open screening module (English). */
async function screenBatch(page) {
  const file = join(mkdtempSync(join(tmpdir(), 'att-e2e-')), 'batch.csv');
  writeFileSync(file, [
    'Booking No,Mode of transport,Receiver,End user,End use,Country of destination,Via,Category,EUC,Licence',
    'B1,sea,MoD,Army,Training,Sudan,Djibouti,parts,verified,verified',
    'B2,air,"P.O. Box 12, Lomé",Police,Patrol,Freedonia,,salw,seen,verified',
    'B5,road,MoD,Army,Training,Freedonia,,tanks,verified,verified',
  ].join('\n'));
  await page.getByRole('button', { name: 'Screen a batch (CSV or Excel file)' }).click();
  await page.locator('.att-batch input[type=file]').setInputFiles(file);
  await page.locator('.att-batch-map').waitFor();
  await page.getByRole('button', { name: 'Screen these rows' }).click();
  await page.locator('.att-batch-result').waitFor();
}

/** The boxes, on screen, of a status bar's frame and of its segments in their order. */
async function barBoxes(svg) {
  return svg.evaluate((s) => {
    const box = (e) => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right }; };
    return {
      frame: box(s.querySelector('rect.att-chart-frame')),
      segments: [...s.querySelectorAll('rect.att-seg')].map((r) => ({
        part: r.getAttribute('class').replace('att-seg att-seg-', ''), ...box(r),
      })),
      transform: getComputedStyle(s).transform,
    };
  });
}

test('in Arabic the charts read from the right: the first status at the right end, the bars growing leftwards', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  const c = await new Checklist(page, env.server.origin).open();
  await answerSome(c);
  await c.showSummary();
  const near = (a, b, what) => assert.ok(Math.abs(a - b) < 1, `${what}: ${a} vs ${b}`);
  const en = await barBoxes(page.locator('.att-charts figure.att-chart').first().locator('svg'));
  assert.equal(en.segments[0].part, 'in_place');
  near(en.segments[0].left, en.frame.left, 'in English the first segment starts at the left end');

  await switchAndReopenSummary(page, c, 'العربية', 'ar');
  await page.locator('.att-diligence[lang="ar"][dir="rtl"]').waitFor();
  const bars = page.locator('.att-charts figure.att-chart svg');
  for (let i = 0; i < await bars.count(); i += 1) {
    const ar = await barBoxes(bars.nth(i));
    assert.equal(ar.transform, 'none', 'the picture is not mirrored (its text would be)');
    if (!ar.segments.length) continue;
    near(ar.segments[0].right, ar.frame.right, `bar ${i}: the first segment at the right end`);
    near(ar.segments.at(-1).left, ar.frame.left, `bar ${i}: the last at the left end`);
    for (let k = 1; k < ar.segments.length; k += 1) {
      near(ar.segments[k].right, ar.segments[k - 1].left, `bar ${i}: each left of the one before`);
    }
  }
  const overall = await barBoxes(bars.first());
  assert.deepEqual(overall.segments.map((x) => x.part), en.segments.map((x) => x.part), 'the same order of statuses');
  // Each count written in a segment sits inside it (the unanswered items at least).
  const counts = await bars.first().locator('text.att-seg-count').evaluateAll((ts) => ts.map((t) => {
    const r = t.getBoundingClientRect();
    return { part: t.getAttribute('class').replace('att-seg-count att-seg-', ''), left: r.left, right: r.right };
  }));
  assert.ok(counts.some((t) => t.part === 'unanswered'), JSON.stringify(counts));
  for (const t of counts) {
    const seg = overall.segments.find((x) => x.part === t.part);
    assert.ok(t.left >= seg.left && t.right <= seg.right, `the ${t.part} count inside its segment`);
  }

  // The register: each finding's name at the right, its bar growing leftwards from one edge,
  // its count past the bar's left end.
  await c.switchLanguage('English');
  await page.locator('.att-diligence[lang="en"]').waitFor();
  await c.openModule('att-screening');
  await screenBatch(page);
  await page.getByRole('button', { name: 'Register of screened shipments' }).click();
  await page.locator('.att-finding-chart').waitFor();
  await c.switchLanguage('العربية');
  await page.locator('.att-diligence[lang="ar"]').waitFor();
  if (!(await page.locator('.att-finding-chart').count())) {
    await page.getByRole('button', { name: 'سجل الشحنات المفحوصة' }).click();
  }
  const chart = page.locator('.att-finding-chart svg');
  await chart.waitFor();
  const rows = await chart.evaluate((s) => {
    const box = (e) => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right, width: r.width }; };
    return {
      svg: box(s),
      transform: getComputedStyle(s).transform,
      rows: [...s.querySelectorAll('g.att-chart-row')].map((g) => ({
        level: g.dataset.level,
        count: Number(g.dataset.count),
        label: box(g.querySelector('.att-chart-label')),
        bar: box(g.querySelector('rect')),
        value: { ...box(g.querySelector('.att-chart-count')), text: g.querySelector('.att-chart-count').textContent },
      })),
    };
  });
  assert.equal(rows.transform, 'none');
  assert.deepEqual(rows.rows.map((r) => [r.level, r.count]), [['Stop', 0], ['Inquire', 2], ['Incomplete', 1], ['NoRedFlags', 0]]);
  const drawn = rows.rows.filter((r) => r.count > 0);
  for (const r of rows.rows) {
    assert.ok(r.label.right <= rows.svg.right + 1 && r.label.left > rows.svg.left + rows.svg.width / 2, `${r.level}: its name on the right`);
    assert.ok(r.value.right <= r.bar.left + 1, `${r.level}: its count left of its bar`);
    assert.equal(r.value.text, String(r.count));
  }
  for (const r of drawn) {
    near(r.bar.right, drawn[0].bar.right, `${r.level}: every bar starts from the same right edge`);
    assert.ok(r.bar.right <= r.label.left + 1, `${r.level}: the bar left of its name`);
  }
  assert.ok(drawn[0].bar.width > drawn[1].bar.width, 'two shipments: the longer bar');

  // The register's printable report in Arabic: right to left, its bars drawn from the right.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.att-transfer .att-export button[data-format="html"]').click(),
  ]);
  const report = readFileSync(await download.path(), 'utf8');
  assert.ok(report.startsWith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">'));
  const labels = [...report.matchAll(/<text class="label" x="(\d+)" y="\d+" text-anchor="(\w+)">/g)].map((m) => [Number(m[1]), m[2]]);
  assert.deepEqual(labels, [[600, 'end'], [600, 'end'], [600, 'end'], [600, 'end']], 'the names end at the right edge');
  const ends = [...report.matchAll(/<rect class="level-\w+" x="(\d+)" y="\d+" width="(\d+)"/g)]
    .map((m) => Number(m[1]) + Number(m[2]));
  assert.deepEqual(ends, [370, 370, 370, 370], 'every bar starts from the same place on the right');
  assert.equal([...report.matchAll(/<tr data-shipment=/g)].length, 3);
  await session.close();
});

test('the summary with its charts: no serious or critical axe violation', async () => {
  // axe-core sets inline styles while it measures: the CSP is set aside for it, as in a11y.
  const session = await openContext(env.browser, env.server.origin, { bypassCSP: true });
  const page = await session.newPage();
  const c = await new Checklist(page, env.server.origin).open();
  await answerSome(c);
  await c.showSummary();
  await page.locator('.att-charts svg').first().waitFor();
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await globalThis.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.flat().join(' >> ')) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], JSON.stringify(serious, null, 1));
  await session.close();
});
