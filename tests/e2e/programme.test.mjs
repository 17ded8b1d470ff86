// A compliance officer's whole journey through the programme self-assessment.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { FOCUSED, openContext, useBrowser } from './harness.mjs';
import { Checklist } from './checklist.page.mjs';
import { fillJourney, S1, S2, S3, S4, SET, TOTAL } from './journey.mjs';

const env = useBrowser(before, after);

async function checkJourney(c) {
  const page = c.page;
  assert.equal(await c.progress(), `4 of ${TOTAL} answered`);
  const details = page.locator('.att-details');
  assert.equal(await details.getByLabel('Organisation', { exact: true }).inputValue(), 'Acme Defence <Ltd>');
  const inPlace = c.itemsOf(S1.id).nth(0);
  assert.equal(await inPlace.getByLabel('In place', { exact: true }).isChecked(), true);
  assert.equal(await inPlace.getByLabel('Where it is kept', { exact: true }).inputValue(), 'Compliance SharePoint /policies');
  const gap = c.itemsOf(S2.id).nth(0);
  assert.equal(await gap.getByLabel('Owner', { exact: true }).inputValue(), 'Head of compliance');
  assert.equal(await gap.getByLabel('Target date', { exact: true }).inputValue(), '2027-03-31');
}

test('a compliance officer fills the checklist, reads the summary, and finds it all after a reload', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  const c = await new Checklist(page, env.server.origin).open();
  await fillJourney(c);
  await checkJourney(c);

  const jumps = page.locator('.att-jumps');
  assert.equal(await jumps.locator(`[data-section="${S2.id}"] .att-count`).textContent(), `1/${S2.items.length}`);

  await c.filter('Gaps');
  assert.equal(await c.visibleItems().count(), 2, 'two gaps');
  await c.filter('Unanswered');
  assert.equal(await c.visibleItems().count(), TOTAL - 4);
  await c.filter('All items');
  assert.equal(await c.visibleItems().count(), TOTAL);

  await c.showSummary();
  const plan = page.locator('.att-action-plan tbody tr');
  assert.equal(await plan.count(), 2);
  // Dates as the language writes them (the browser's Intl; exports keep ISO dates).
  const en = (iso) => new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(iso));
  assert.deepEqual(await plan.nth(0).locator('td').allTextContents(), [
    S4.items[0].text.en, 'Partly in place', 'Export control officer', en('2026-12-15'),
  ]);
  assert.deepEqual((await plan.nth(1).locator('td').allTextContents()).slice(1), [
    'Not in place', 'Head of compliance', en('2027-03-31'),
  ]);
  assert.match(en('2027-03-31'), /Mar.*31.*2027|31.*Mar.*2027/);
  assert.deepEqual(await page.locator('.att-not-applicable tbody tr td').allTextContents(), [
    S3.items[0].text.en, 'We only supply spare parts to a single government customer',
  ]);
  assert.equal(await page.locator('.att-summary-sections tbody tr').count(), SET.sections.length);

  await c.reload();
  await c.showChecklist();
  await checkJourney(c);
  await session.close();
});

test('two assessments are kept apart; rename, duplicate and delete with confirmation', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  const c = await new Checklist(page, env.server.origin).open();
  await c.answer(c.firstItem(), 'In place');

  await c.bar('New assessment');
  assert.deepEqual(await c.assessmentNames(), ['Assessment 1', 'Assessment 2']);
  assert.match(await c.progress(), /^0 of /, 'the new assessment starts blank');
  await c.answer(c.firstItem(), 'Not in place');

  await c.bar('Rename');
  await page.getByLabel('Name of the assessment').fill('Naval unit 2026');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  assert.deepEqual(await c.assessmentNames(), ['Assessment 1', 'Naval unit 2026']);

  await c.assessmentSelect().selectOption({ label: 'Assessment 1' });
  assert.equal(await c.firstItem().getByLabel('In place', { exact: true }).isChecked(), true);

  await c.bar('Duplicate');
  assert.deepEqual(await c.assessmentNames(), ['Assessment 1', 'Naval unit 2026', 'Assessment 1 (copy)']);
  assert.equal(await c.firstItem().getByLabel('In place', { exact: true }).isChecked(), true, 'the copy has the answers');

  await c.bar('Delete');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  assert.equal((await c.assessmentNames()).length, 3, 'cancel keeps it');
  await c.bar('Delete');
  const focusInDialog = await page.evaluate(`!!${FOCUSED}?.closest('[role=alertdialog]')`);
  assert.equal(focusInDialog, true, 'the question takes the keyboard focus');
  const dialog = page.getByRole('alertdialog');
  assert.match(await dialog.textContent(), /Delete “Assessment 1 \(copy\)” and all its answers\?/);
  await dialog.getByRole('button', { name: 'Delete' }).click();
  assert.deepEqual(await c.assessmentNames(), ['Assessment 1', 'Naval unit 2026']);

  await c.reload();
  assert.deepEqual(await c.assessmentNames(), ['Assessment 1', 'Naval unit 2026']);
  await c.assessmentSelect().selectOption({ label: 'Naval unit 2026' });
  assert.equal(await c.firstItem().getByLabel('Not in place', { exact: true }).isChecked(), true);
  await session.close();
});

/** Presses Tab (at most 5 times) until the focused element matches. */
async function tabUntil(page, predicate) {
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${predicate})(${FOCUSED})`)) return;
  }
  throw new Error('focus never reached the expected field');
}

test('one full item with the keyboard alone', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  const c = await new Checklist(page, env.server.origin).open();
  const item = c.itemsOf(S2.id).nth(1);
  // Start from the last field of the item before, as a keyboard user tabbing down the page.
  await c.itemsOf(S2.id).nth(0).locator('input:visible, textarea:visible').last().focus();
  await page.keyboard.press('Tab');
  const focused = () => page.evaluate(`${FOCUSED}?.closest('fieldset.att-item')?.dataset.item`);
  assert.equal(await focused(), S2.items[1].id, 'Tab enters the next item');
  await page.keyboard.press('ArrowRight');
  assert.equal(await item.getByLabel('Partly in place', { exact: true }).isChecked(), true, 'arrows choose');
  assert.equal(await focused(), S2.items[1].id, 'the re-render keeps the focus on the chosen radio');
  await page.keyboard.press('Tab'); // guidance
  await page.keyboard.press('Enter');
  assert.equal(await item.locator('.att-guidance').getAttribute('open'), '', 'guidance opens with Enter');
  await page.keyboard.press('Tab'); // sources
  await page.keyboard.press('Tab'); // note
  await page.keyboard.type('Drafted, awaiting sign-off');
  await page.keyboard.press('Tab'); // evidence document
  await page.keyboard.type('ICP manual v4');
  await page.keyboard.press('Tab'); // evidence date: digits fill month, day, year in turn
  await page.keyboard.type('03022026');
  await tabUntil(page, (el) => el.id.endsWith('-evidencelocation')); // past the date's own parts
  await page.keyboard.type('Intranet');
  await page.keyboard.press('Tab'); // owner (a gap)
  await page.keyboard.type('Legal');
  assert.equal(await item.getByLabel('Note', { exact: true }).inputValue(), 'Drafted, awaiting sign-off');
  assert.equal(await item.getByLabel('Document', { exact: true }).inputValue(), 'ICP manual v4');
  assert.equal(await item.getByLabel('Document date', { exact: true }).inputValue(), '2026-03-02');
  assert.equal(await item.getByLabel('Where it is kept', { exact: true }).inputValue(), 'Intranet');
  assert.equal(await item.getByLabel('Owner', { exact: true }).inputValue(), 'Legal');
  await c.reload();
  assert.equal(await c.itemsOf(S2.id).nth(1).getByLabel('Owner', { exact: true }).inputValue(), 'Legal');
  await session.close();
});

test('two tabs of the same checklist never undo each other', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const a = await new Checklist(await session.newPage(), env.server.origin).open();
  const b = await new Checklist(await session.newPage(), env.server.origin).open();
  await a.answer(a.itemsOf(S1.id).nth(0), 'In place');
  await b.page.getByRole('alert').getByText(/changed in another tab/).waitFor();
  await b.settled();
  assert.equal(await b.itemsOf(S1.id).nth(0).getByLabel('In place', { exact: true }).isChecked(), true, 'B sees A');
  await b.answer(b.itemsOf(S2.id).nth(0), 'Not in place');
  await a.page.getByRole('alert').getByText(/changed in another tab/).waitFor();
  await a.settled();
  assert.equal(await a.itemsOf(S2.id).nth(0).getByLabel('Not in place', { exact: true }).isChecked(), true, 'A sees B');
  await a.reload();
  assert.equal(await a.progress(), `2 of ${TOTAL} answered`, 'both answers kept');
  await session.close();
});
