// Six languages: Arabic, French, Russian and Spanish content comes as packs fetched the first
// time the language is shown (the widget staying in the language shown, busy, until the pack is
// here); the choice is remembered; Arabic is right to left throughout,
// its printable report too; and an item can be completed by keyboard alone in Arabic.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FOCUSED, openContext, passFirstScreen, ROOT, useBrowser } from './harness.mjs';

const env = useBrowser(before, after);
const seed = (file) => JSON.parse(readFileSync(join(ROOT, 'seeds/sets', file), 'utf8'));
const PROGRAMME = seed('programme.json');
const FIRST = PROGRAMME.sections[0].items[0];

const widget = (page) => page.locator('att-diligence');
const firstItem = (page) => widget(page).locator(`fieldset.att-item[data-item="${FIRST.id}"]`);

async function open(session) {
  const page = await session.newPage();
  const packs = [];
  page.on('request', (r) => { if (/att-diligence\.\w\w\.json$/.test(r.url())) packs.push(r.url().split('/').pop()); });
  await page.goto(`${env.server.origin}/`);
  await passFirstScreen(widget(page));
  await firstItem(page).waitFor();
  return { page, packs };
}

const choose = (page, lang) => widget(page).locator('.att-lang select').selectOption(lang);

test('a language pack is fetched only when its language is chosen, and the choice is remembered', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const { page, packs } = await open(session);
  assert.deepEqual(packs, [], 'no pack in the initial download');
  assert.equal(await widget(page).locator('.att-review').isHidden(), true, 'English is not a translation');

  await choose(page, 'fr');
  await firstItem(page).locator('legend', { hasText: FIRST.text.fr.slice(0, 40) }).waitFor();
  assert.deepEqual(packs, ['att-diligence.fr.json']);
  assert.match(await widget(page).locator('.att-review').textContent(), /Traduction à réviser/);
  // Answers survive the change of language (the module remounts with the new content).
  await firstItem(page).locator('input[type=radio]').first().check();
  await choose(page, 'es');
  await firstItem(page).locator('legend', { hasText: FIRST.text.es.slice(0, 40) }).waitFor();
  assert.equal(await firstItem(page).locator('input[type=radio]').first().isChecked(), true);
  await choose(page, 'fr');
  assert.deepEqual(packs, ['att-diligence.fr.json', 'att-diligence.es.json'], 'a pack is fetched once');

  await page.reload();
  await firstItem(page).locator('legend', { hasText: FIRST.text.fr.slice(0, 40) }).waitFor();
  assert.equal(await widget(page).locator('.att-diligence').getAttribute('lang'), 'fr');
  await session.close();
});

test('while a pack is on its way the widget stays in the language shown, busy, and then changes whole', async () => {
  const session = await openContext(env.browser, env.server.origin);
  let release;
  const held = new Promise((r) => { release = r; });
  await session.context.route(/att-diligence\.ar\.json$/, async (route) => { await held; await route.fallback(); });
  const { page } = await open(session);
  const root = widget(page).locator('.att-diligence');
  const title = widget(page).locator('h1');
  const english = await title.textContent();

  await choose(page, 'ar');
  await root.and(page.locator('[aria-busy="true"]')).waitFor();
  // Words, content and the language they are marked with still agree: English, left to right.
  assert.deepEqual([await root.getAttribute('lang'), await root.getAttribute('dir')], ['en', 'ltr']);
  assert.equal(await title.textContent(), english);
  await firstItem(page).locator('legend', { hasText: FIRST.text.en.slice(0, 40) }).waitFor();
  assert.equal(await widget(page).locator('.att-lang select').inputValue(), 'ar', 'the choice is shown in the select');

  release();
  await root.and(page.locator('[lang="ar"][dir="rtl"]')).waitFor();
  assert.equal(await root.getAttribute('aria-busy'), null);
  assert.notEqual(await title.textContent(), english);
  await firstItem(page).locator('legend', { hasText: FIRST.text.ar.slice(0, 30) }).waitFor();
  await session.close();
});

test('a pack whose interface table is broken is refused whole: the widget stays as it was and says so', async () => {
  const session = await openContext(env.browser, env.server.origin);
  await session.context.route(/att-diligence\.es\.json$/, async (route) => {
    const pack = await (await route.fetch()).json();
    delete pack.interface.save;
    await route.fulfill({ json: pack });
  });
  const { page } = await open(session);
  const root = widget(page).locator('.att-diligence');
  await choose(page, 'es');
  const notice = widget(page).locator('.att-notice');
  await notice.getByText(/could not be loaded, so the widget stays in the language it was shown in/).waitFor();
  assert.deepEqual([await root.getAttribute('lang'), await root.getAttribute('aria-busy')], ['en', null]);
  assert.equal(await widget(page).locator('.att-lang select').inputValue(), 'en', 'the choice did not take');
  await firstItem(page).locator('legend', { hasText: FIRST.text.en.slice(0, 40) }).waitFor();
  await session.close();
});

test('Arabic reads right to left: the widget, its layout and the printable report', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const { page } = await open(session);
  await page.setViewportSize({ width: 1280, height: 900 });
  await choose(page, 'ar');
  await firstItem(page).locator('legend', { hasText: FIRST.text.ar.slice(0, 30) }).waitFor();
  assert.equal(await widget(page).locator('.att-diligence').getAttribute('dir'), 'rtl');
  // Mirrored: the title starts at the right edge, the language buttons sit to its left.
  const title = await widget(page).locator('.att-header h1').boundingBox();
  const box = await widget(page).locator('.att-diligence').boundingBox();
  assert.ok(Math.abs(title.x + title.width - (box.x + box.width)) < 40, 'the heading hugs the right edge');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    widget(page).locator('.att-export button[data-format="html"]').click(),
  ]);
  const report = readFileSync(await download.path(), 'utf8');
  assert.match(report, /<html lang="ar" dir="rtl">/);
  assert.ok(report.includes(FIRST.text.ar.slice(0, 30)), 'the report carries the Arabic text');
  await session.close();
});

test('one item completed by keyboard alone in Arabic', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const { page } = await open(session);
  await choose(page, 'ar');
  await firstItem(page).locator('legend', { hasText: FIRST.text.ar.slice(0, 30) }).waitFor();
  const item = firstItem(page);
  await item.locator('input[type=radio]').first().focus();
  await page.keyboard.press('Space');
  assert.equal(await item.locator('input[type=radio]').first().isChecked(), true, 'Space chooses');
  await page.keyboard.press('ArrowDown');
  assert.equal(await item.locator('input[type=radio]').nth(1).isChecked(), true, 'arrows move the choice');
  assert.equal(await page.evaluate(`${FOCUSED}?.closest('fieldset.att-item')?.dataset.item`), FIRST.id, 'focus stays');
  // Tab reaches the note; typing there saves it.
  for (let i = 0; i < 6 && !(await page.evaluate(`${FOCUSED}?.tagName === 'TEXTAREA'`)); i++) await page.keyboard.press('Tab');
  await page.keyboard.type('ملاحظة');
  await page.reload();
  await firstItem(page).waitFor();
  assert.equal(await firstItem(page).locator('input[type=radio]').nth(1).isChecked(), true);
  assert.equal(await firstItem(page).locator('textarea').first().inputValue(), 'ملاحظة');
  await session.close();
});
