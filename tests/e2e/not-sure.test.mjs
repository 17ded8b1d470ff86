// A compliance officer who cannot say whether a measure is in place answers "Not sure": the
// item stays unanswered, and the summary's action plan lists it as to investigate.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openContext, useBrowser } from './harness.mjs';
import { Checklist } from './checklist.page.mjs';
import { S2, TOTAL } from './journey.mjs';

const env = useBrowser(before, after);

const ITEM = S2.items[1];
const en = (iso) => new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(iso));

/** The action plan as a person reads it, after opening the summary. */
async function findInActionPlan(c) {
  await c.showSummary();
  const row = c.page.locator(`.att-action-plan tbody tr[data-item="${ITEM.id}"]`);
  assert.equal(await row.count(), 1, 'the not-sure item is in the action plan');
  assert.equal(await row.getAttribute('data-status'), 'unsure');
  assert.deepEqual(await row.locator('td').allTextContents(), [
    ITEM.text.en, 'To investigate', 'Legal', en('2027-01-15'),
  ]);
  const section = c.page.locator('.att-summary-sections tbody tr').nth(1);
  assert.deepEqual(await section.locator('td').allTextContents(), [
    `0 / ${S2.items.length}`, '0', '1',
  ], 'counted apart from the gaps, and not as answered');
  // The summary repeats the progress line under the module's own: read the summary's.
  const progress = await c.page.locator('.att-summary .att-progress').textContent();
  assert.equal(progress.trim(), `0 of ${TOTAL} answered`);
}

test('a "not sure" answer is a gap to investigate in the action plan, and survives a reload', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  const c = await new Checklist(page, env.server.origin).open();
  const item = c.item(ITEM.id);
  await c.answer(item, 'Not sure');
  assert.equal(await item.getAttribute('data-status'), 'unsure');
  await c.fill(item, 'Owner', 'Legal');
  await c.fill(item, 'Target date', '2027-01-15');
  assert.equal(await c.progress(), `0 of ${TOTAL} answered`, 'not sure is not an answer');
  const jumps = page.locator('.att-jumps');
  assert.equal(await jumps.locator(`[data-section="${S2.id}"] .att-count`).textContent(), `0/${S2.items.length}`);

  await c.filter('Gaps');
  assert.equal(await c.visibleItems().count(), 1, 'shown with the gaps');
  await c.filter('Unanswered');
  assert.equal(await c.visibleItems().count(), TOTAL, 'and with the unanswered');
  await c.filter('All items');

  await findInActionPlan(c);

  await c.reload();
  const again = c.item(ITEM.id);
  assert.equal(await again.getByLabel('Not sure', { exact: true }).isChecked(), true, 'kept after a reload');
  assert.equal(await again.getByLabel('Owner', { exact: true }).inputValue(), 'Legal');
  await findInActionPlan(c);
  await session.close();
});
