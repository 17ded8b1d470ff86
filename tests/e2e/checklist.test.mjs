// A person opens the checklist, answers the first item, reloads, and finds the answer there.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openContext, useBrowser } from './harness.mjs';
import { Checklist } from './checklist.page.mjs';

const env = useBrowser(before, after);

test('an answer and a note survive a reload', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const checklist = await new Checklist(await session.newPage(), env.server.origin).open();

  const first = checklist.firstItem();
  assert.match(await first.locator('legend').textContent(), /\S/, 'the item has a question');
  assert.match(await checklist.progress(), /^0 of \d+ answered$/);

  await checklist.answer(first, 'Partly in place');
  await checklist.writeNote(first, 'Policy drafted; <b>board</b> approval due in Q3');
  assert.match(await checklist.progress(), /^1 of \d+ answered$/);

  await checklist.reload();
  const again = checklist.firstItem();
  assert.equal(await again.getByLabel('Partly in place', { exact: true }).isChecked(), true);
  assert.equal(
    await again.locator('textarea').inputValue(),
    'Policy drafted; <b>board</b> approval due in Q3',
    'the note comes back as typed, as text',
  );
  assert.match(await checklist.progress(), /^1 of \d+ answered$/);
  await session.close();
});

test('the interface switches to Chinese and remembers it', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  const checklist = await new Checklist(page, env.server.origin).open();
  await checklist.switchLanguage('中文');
  await page.getByRole('heading', { level: 1, name: '《武器贸易条约》尽职调查清单' }).waitFor();
  await checklist.reload();
  assert.equal(await page.locator('.att-diligence').getAttribute('lang'), 'zh');
  assert.equal(await checklist.firstItem().getByLabel('已落实', { exact: true }).count(), 1);
  await session.close();
});
