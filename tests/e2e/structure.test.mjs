// The page structured by importance (issue 19): from the top of the page a keyboard user
// reaches the first answer in at most 15 Tab presses (counted), the first item is on screen
// without scrolling at 1280×800 and 360×800, the module tabs and the action toolbars are
// operated by arrow keys (mirrored in Arabic), and each group is one Tab stop.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Checklist } from './checklist.page.mjs';
import { FOCUSED, openContext, useBrowser } from './harness.mjs';

const env = useBrowser(before, after);

/** What has focus inside the widget, described for a message. */
const focused = (page) => page.evaluate(`(() => { const e = ${FOCUSED};
  return e ? { tag: e.tagName, type: e.type || '', text: (e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 40),
    first: !!e.closest('fieldset.att-item') && e === e.closest('.att-checklist')?.querySelector('fieldset.att-item input[type=radio]') } : null; })()`);

async function open(width, height, lang) {
  const session = await openContext(env.browser, env.server.origin, { viewport: { width, height } });
  const page = await session.newPage();
  const c = await new Checklist(page, env.server.origin).open();
  if (lang) {
    await page.locator('.att-lang select').selectOption(lang);
    await page.locator(`.att-diligence[lang="${lang}"]`).waitFor();
    await c.settled();
  }
  return { session, page, c };
}

for (const [width, height] of [[1280, 800], [360, 800]]) {
  test(`${width}×${height}: the first answer in at most 15 Tab presses from the top, and the first item on screen`, async () => {
    const { session, page, c } = await open(width, height);
    // The first screen was passed (skipped): as on the visitor's next visit, from the top.
    await page.reload();
    await c.settled();
    const radio = c.firstItem().locator('input[type=radio]').first();
    const box = await radio.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= height, `the first answer is on screen without scrolling (at y=${box?.y})`);
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    // The sections: a sidebar, open, beside the checklist when the widget is wide; a list to
    // open above it when narrow.
    assert.equal(await page.locator('.att-jumps').evaluate((d) => d.open), width >= 1000);

    // From the top of the page: nothing focused, then Tab as a keyboard user does.
    await page.evaluate(() => document.activeElement?.blur());
    const path = [];
    let presses = 0;
    for (; presses < 40; ) {
      await page.keyboard.press('Tab');
      presses++;
      const f = await focused(page);
      path.push(f ? `${f.tag.toLowerCase()}${f.type ? `[${f.type}]` : ''} ${f.text}` : '(outside)');
      if (f?.first) break;
    }
    console.log(`# ${width}×${height}: ${presses} Tab presses to the first answer: ${path.join(' → ')}`);
    assert.ok(presses <= 15, `${presses} Tab presses: ${path.join(' → ')}`);
    // Space answers it, as for any radio.
    await page.keyboard.press('Space');
    assert.equal(await radio.isChecked(), true);
    await session.close();
  });
}

test('module tabs: one Tab stop, arrow keys move and open, Home and End, mirrored in Arabic', async () => {
  const { session, page } = await open(1280, 800);
  const tabs = page.locator('.att-tabs [role=tab]');
  const n = await tabs.count();
  assert.ok(n >= 3, 'several modules');
  const stops = async () => tabs.evaluateAll((ts) => ts.filter((t) => t.tabIndex === 0).length);
  assert.equal(await stops(), 1, 'one tab in the Tab order');
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  const second = await tabs.nth(1).getAttribute('data-set');
  await page.locator(`.att-set[data-set="${second}"]`).waitFor();
  assert.equal(await tabs.nth(1).getAttribute('aria-selected'), 'true');
  assert.equal(await page.evaluate(`${FOCUSED}?.dataset.set`), second, 'focus moves with the selection');
  assert.equal(await stops(), 1);
  await page.keyboard.press('End');
  const last = await tabs.nth(n - 1).getAttribute('data-set');
  await page.locator(`.att-set[data-set="${last}"]`).waitFor();
  await page.keyboard.press('Home');
  const first = await tabs.first().getAttribute('data-set');
  await page.locator(`.att-set[data-set="${first}"]`).waitFor();
  // The panel names its tab.
  const panel = page.locator('main[role=tabpanel]');
  assert.equal(await panel.getAttribute('aria-labelledby'), await tabs.first().getAttribute('id'));
  assert.equal(await tabs.first().getAttribute('aria-controls'), await panel.getAttribute('id'));

  // Right to left: the next tab is to the left.
  await page.locator('.att-lang select').selectOption('ar');
  await page.locator('.att-diligence[dir="rtl"]').waitFor();
  await tabs.first().focus();
  await page.keyboard.press('ArrowLeft');
  await page.locator(`.att-set[data-set="${second}"]`).waitFor();
  await session.close();
});

test('the assessment actions and the exports are each one toolbar: arrows inside, Tab past', async () => {
  const { session, page } = await open(1280, 800);
  const actions = page.locator('.att-assessment-bar [role=toolbar] button');
  assert.equal(await actions.count(), 4);
  await actions.first().focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(`${FOCUSED}?.textContent`), await actions.nth(1).textContent());
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.evaluate(`${FOCUSED}?.textContent`), await actions.nth(3).textContent(), 'it wraps');
  // Tab leaves the toolbar: the next control is not another of its buttons.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(`!!${FOCUSED}?.closest('.att-assessment-bar [role=toolbar]')`), false);
  // Back in, at the button last used.
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(`${FOCUSED}?.textContent`), await actions.nth(3).textContent());

  const exports = page.locator('.att-export[role=toolbar] button');
  assert.equal(await exports.count(), 5);
  assert.equal(await exports.evaluateAll((bs) => bs.filter((b) => b.tabIndex === 0).length), 1);
  await exports.first().focus();
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(`${FOCUSED}?.dataset.format`), await exports.nth(4).getAttribute('data-format'));
  await session.close();
});
