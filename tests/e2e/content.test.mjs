// Every item of every built-in set is on screen, in English and in Chinese, with its sources;
// and a person can load their own question set, or be told exactly what is wrong with it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, openContext, useBrowser } from './harness.mjs';
import { Checklist } from './checklist.page.mjs';

const SETS = readdirSync(join(ROOT, 'seeds/sets'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(ROOT, 'seeds/sets', f), 'utf8')));
const FIXTURES = join(ROOT, 'tests/e2e/fixtures');

const env = useBrowser(before, after);

/** The text of each item on screen, keyed by item id. */
async function itemsOnScreen(page) {
  return page.$$eval('fieldset[data-item], li.att-ref-item[data-item]', (nodes) =>
    Object.fromEntries(
      nodes.map((n) => [
        n.dataset.item,
        (n.querySelector('legend') ?? n.querySelector('.att-ref-text')).textContent.trim(),
      ]),
    ),
  );
}

for (const lang of ['en', 'zh']) {
  test(`every built-in item is shown in ${lang}`, async () => {
    const session = await openContext(env.browser, env.server.origin);
    const page = await session.newPage();
    const checklist = await new Checklist(page, env.server.origin).open();
    if (lang === 'zh') await checklist.switchLanguage('中文');
    for (const set of SETS) {
      await checklist.openModule(set.id);
      // Red flags are shown on a shipment's screening page: open a blank one (mode unknown,
      // so every indicator applies).
      if (set.module === 'screening') await checklist.newShipment();
      const shown = await itemsOnScreen(page);
      const expected = set.sections.flatMap((s) => s.items);
      assert.equal(Object.keys(shown).length, expected.length, `${set.id}: item count`);
      for (const item of expected) {
        assert.equal(shown[item.id], item.text[lang], `${set.id}/${item.id} in ${lang}`);
      }
      const sources = await page.locator('.att-sources').count();
      assert.equal(sources, expected.length, `${set.id}: every item shows its sources`);
    }
    await session.close();
  });
}

test('a screening indicator shows its severity, transport modes, question and source lines', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  const checklist = await new Checklist(page, env.server.origin).open();
  const screening = SETS.find((s) => s.module === 'screening');
  const stop = screening.sections.flatMap((s) => s.items).find((i) => i.severity === 'stop');
  await checklist.openModule(screening.id);
  await checklist.newShipment();
  const item = page.locator(`fieldset[data-item="${stop.id}"]`);
  await assert.doesNotReject(item.getByText(/^Stop: do not proceed/).waitFor());
  await assert.doesNotReject(item.getByText(/^Transport modes: /).waitFor());
  await item.getByLabel('Present', { exact: true }).check();
  assert.equal(await page.locator('.att-finding h3').textContent(), 'Finding: Stop');
  assert.ok((await page.locator('.att-questions li').allTextContents()).includes(stop.inquiry.en));
  await item.getByText('Sources', { exact: true }).click();
  assert.match(await item.locator('.att-sources li').first().textContent(), /\S/);
  await session.close();
});

test('a custom question set loads as its own module and survives a reload', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  const checklist = await new Checklist(page, env.server.origin).open();
  await checklist.loadCustomSet(join(FIXTURES, 'custom-set.json'));
  await page.getByRole('alert').getByText('Question set “NGO quick check” loaded.').waitFor();
  const item = checklist.item('ngo.basics.screening');
  await checklist.answer(item, 'Not in place');
  await checklist.reload();
  await checklist.openModule('ngo-quick-check');
  assert.equal(await item.getByLabel('Not in place', { exact: true }).isChecked(), true);
  await session.close();
});

test('a broken custom set is refused with the item and field named, and work is kept', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  const checklist = await new Checklist(page, env.server.origin).open();
  await checklist.answer(checklist.firstItem(), 'In place');
  await checklist.switchLanguage('中文');
  await checklist.loadCustomSet(join(FIXTURES, 'custom-set-missing-zh.json'));
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const message = await alert.textContent();
  assert.match(message, /^未加载该问题集：/, 'told in the interface language');
  assert.match(message, /条目 ngo\.basics\.screening/, 'names the item');
  assert.match(message, /缺少字段“text\.zh”/, 'names the field, in the interface language');
  assert.doesNotMatch(message, /missing field|at line/, 'no parser wording in the message');
  const details = page.locator('.att-problem-details:not([hidden])');
  assert.match(await details.textContent(), /missing field `zh`/, 'the parser text, collapsed');
  assert.equal(await details.getAttribute('open'), null, 'collapsed until opened');
  assert.equal(await checklist.firstItem().getByLabel('已落实', { exact: true }).isChecked(), true);
  assert.equal(await page.locator('[data-set="ngo-quick-check"]').count(), 0, 'nothing added');
  await session.close();
});
