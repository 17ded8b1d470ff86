// Printing (issue 19): the checklist printed to PDF holds each answer, note and evidence in full,
// line by line, and none of the controls; the printable report keeps a note's line breaks, and
// on paper each section of its answers starts a page and no heading is left at a page's foot.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openContext, useBrowser } from './harness.mjs';
import { Checklist } from './checklist.page.mjs';

const env = useBrowser(before, after);

// Five lines, one long enough to wrap: a two-row textarea would show the first two at most.
const NOTE = [
  'Board resolution adopted on 14 March 2026.',
  'Minutes filed with legal, reference LEG-2026-031.',
  `Reviewed by the compliance committee: ${'every export licence application is checked against the policy before it is filed, '.repeat(3).trim()}`,
  'Next review due in March 2027.',
  'Contact: head of compliance.',
];
const DOCUMENT = 'Policy register entry 2026/14';

/** The text of a PDF, a line (as the PDF lays it out) per line. */
async function pdfText(bytes) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true, isEvalSupported: false }).promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) text += item.str + (item.hasEOL ? '\n' : '');
    text += '\n';
  }
  await pdf.destroy();
  return { text, pages: pdf.numPages };
}

/** The first item answered, with the note and an evidence document. */
async function answered(page, env) {
  const c = await new Checklist(page, env.server.origin).open();
  const first = c.firstItem();
  await c.answer(first, 'In place');
  await c.fill(first, 'Note', NOTE.join('\n'));
  await c.fill(first, 'Document', DOCUMENT);
  return c;
}

test('the checklist printed to PDF holds the whole note and the evidence, and no controls', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  const c = await answered(page, env);
  await c.fillDetail('Organisation', 'Acme Defence Ltd');
  await page.locator('.att-details summary').click(); // folded away again, as on a first visit
  await page.emulateMedia({ media: 'print' });
  const first = page.locator('fieldset.att-item').first();
  assert.equal(await first.getByLabel('Not in place', { exact: true }).isVisible(), false, 'answers not chosen are left out');
  assert.equal(await first.getByLabel('In place', { exact: true }).isVisible(), true, 'the chosen answer is printed');

  const { text, pages } = await pdfText(await page.pdf({ format: 'A4' }));
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const flat = text.replace(/\s+/g, ' ');
  // Every line of the note, in order, each starting a line of its own (the line breaks kept).
  let from = -1;
  NOTE.forEach((line, n) => {
    const at = flat.indexOf(line, from + 1);
    assert.ok(at > from, `the PDF holds the note's line "${line.slice(0, 40)}…" after the one before it`);
    from = at;
    const head = line.slice(0, 30);
    assert.ok(lines.some((l) => (n === 0 ? l.includes(head) : l.startsWith(head))), `"${head}…" starts a printed line`);
  });
  assert.ok(flat.includes(DOCUMENT), 'the evidence is printed');
  assert.ok(flat.includes('Acme Defence Ltd'), "the assessment's details are printed, folded or not");
  for (const control of ['Export as', 'Import', 'Rename', 'Duplicate', 'Summary and action plan']) {
    assert.ok(!flat.includes(control), `no "${control}" control is printed`);
  }
  assert.ok(pages > 1, 'the sections are on pages of their own');
  await session.close();
});

test("the printable report keeps a note's line breaks, starts each section on a page, and keeps headings with what follows", async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  await answered(page, env);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.att-export').getByRole('button', { name: 'Printable report (HTML)' }).click(),
  ]);
  const html = readFileSync(await download.path(), 'utf8');
  const report = await session.newPage();
  await report.setContent(html);
  await report.emulateMedia({ media: 'print' });
  const note = report.locator('p.f', { hasText: NOTE[0] });
  assert.equal(await note.evaluate((p) => getComputedStyle(p).whiteSpace), 'pre-wrap', 'the note keeps its line breaks');
  const style = (selector, property) => report.locator(selector).evaluateAll(
    (all, p) => all.map((e) => getComputedStyle(e)[p]), property);
  const sections = await style('h3', 'breakBefore');
  assert.ok(sections.length > 1);
  assert.deepEqual(sections, ['auto', ...sections.slice(1).map(() => 'page')], 'each section after the first starts a page');
  for (const heading of ['h1', 'h2', 'h3']) {
    assert.ok((await style(heading, 'breakAfter')).every((b) => b === 'avoid'), `no ${heading} is left alone at a page's foot`);
  }

  const { text } = await pdfText(await report.pdf({ format: 'A4' }));
  const lines = text.split('\n').map((l) => l.trim());
  NOTE.forEach((line, n) => {
    const head = line.slice(0, 30);
    // The first line follows the field's name; each after it starts a printed line.
    assert.ok(lines.some((l) => (n === 0 ? l.includes(head) : l.startsWith(head))), `the report prints "${head}…" on a line of its own`);
  });
  await report.close();
  await session.close();
});
