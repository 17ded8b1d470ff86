// The first screen (issue 19): a fresh profile is asked who is working; each role opens its
// module and is remembered across a reload; skip is remembered too; the screen is always
// reachable again from the header, and takes the focus when asked for; in Arabic it is right
// to left. An embed offering one role's module has no choice to ask about.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { FOCUSED, openContext, useBrowser } from './harness.mjs';

const env = useBrowser(before, after);
const widget = (page) => page.locator('att-diligence');

const ROLES = [
  { name: 'An exporter or manufacturer', tag: 'programme', set: 'att-programme' },
  { name: 'A logistics firm', tag: 'logistics', set: 'att-screening' },
  { name: 'Reading the guidance', tag: 'reader', set: 'att-resources' },
];

async function fresh(viewport = { width: 1280, height: 800 }) {
  const session = await openContext(env.browser, env.server.origin, { viewport });
  const page = await session.newPage();
  await page.goto(`${env.server.origin}/`);
  await widget(page).locator('.att-roles').waitFor();
  return { session, page };
}

const shownSet = (page) => widget(page).locator('.att-set').first().getAttribute('data-set');

for (const role of ROLES) {
  test(`“${role.name}” opens ${role.set}, and is remembered after a reload`, async () => {
    const { session, page } = await fresh();
    const screen = widget(page).locator('.att-roles');
    // Nothing of a module yet: the question comes first, and names the three roles.
    assert.equal(await widget(page).locator('.att-set').count(), 0);
    assert.equal(await widget(page).locator('.att-tabs [role=tab][aria-selected="true"]').count(), 0, 'no module tab selected');
    assert.deepEqual(await screen.locator('.att-role-name').allTextContents(), ROLES.map((r) => r.name));
    await screen.getByRole('button', { name: role.name }).click();
    await widget(page).locator(`.att-set[data-set="${role.set}"]`).waitFor();
    assert.equal(await widget(page).locator('.att-roles').count(), 0);
    assert.equal(await widget(page).locator(`.att-tabs [role=tab][data-set="${role.set}"]`).getAttribute('aria-selected'), 'true');
    await page.reload();
    await widget(page).locator('.att-set').first().waitFor();
    assert.equal(await shownSet(page), role.set);
    assert.equal(await widget(page).locator('.att-roles').count(), 0, 'not asked again');
    await session.close();
  });
}

test('the screen is reachable again from the header, takes the focus, and another role opens its module', async () => {
  const { session, page } = await fresh();
  await widget(page).getByRole('button', { name: 'A logistics firm' }).click();
  await widget(page).locator('.att-set[data-set="att-screening"]').waitFor();
  await widget(page).getByRole('button', { name: 'Who is working?' }).click();
  await widget(page).locator('.att-roles').waitFor();
  const focus = await page.evaluate(`(() => { const e = ${FOCUSED}; return e && e.tagName + ' ' + e.textContent; })()`);
  assert.equal(focus, 'H2 Who is working?', 'the focus moves to the screen asked for');
  // Keyboard: Tab from the heading reaches the first role; Enter chooses it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await widget(page).locator('.att-set[data-set="att-resources"]').waitFor();
  await page.reload();
  await widget(page).locator('.att-set').first().waitFor();
  assert.equal(await shownSet(page), 'att-resources');
  // A module tab answers the screen too.
  await widget(page).getByRole('button', { name: 'Who is working?' }).click();
  await widget(page).locator('.att-tabs [role=tab][data-set="att-programme"]').click();
  await widget(page).locator('.att-set[data-set="att-programme"]').waitFor();
  assert.equal(await widget(page).locator('.att-roles').count(), 0);
  await session.close();
});

test('skip shows the first module and is remembered; at 360 px the screen fits the phone', async () => {
  const { session, page } = await fresh({ width: 360, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
  const skip = widget(page).getByRole('button', { name: 'Skip' });
  const box = await skip.boundingBox();
  assert.ok(box && box.y + box.height <= 800, `skip is on screen without scrolling (at y=${box?.y})`);
  await skip.click();
  await widget(page).locator('.att-set[data-set="att-programme"]').waitFor();
  await page.reload();
  await widget(page).locator('.att-set').first().waitFor();
  assert.equal(await widget(page).locator('.att-roles').count(), 0);
  await session.close();
});

test('in Arabic the screen is in Arabic and right to left; the choice is made in it', async () => {
  const { session, page } = await fresh();
  await widget(page).locator('.att-lang select').selectOption('ar');
  await widget(page).locator('.att-diligence[lang="ar"] .att-roles').waitFor();
  assert.equal(await widget(page).locator('.att-diligence').getAttribute('dir'), 'rtl');
  const names = await widget(page).locator('.att-role-name').allTextContents();
  assert.equal(names.length, 3);
  assert.ok(names.every((n) => /[\u0600-\u06FF]/.test(n)), `Arabic names: ${names}`);
  await widget(page).locator('button.att-role[data-role="logistics"]').click();
  await widget(page).locator('.att-set[data-set="att-screening"]').waitFor();
  await session.close();
});

test('an embed offering one role’s module opens it with no question', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  await page.goto(`${env.server.origin}/embed.html`);
  await page.locator('#by-api .att-register').waitFor();
  await page.locator('#by-element fieldset.att-item').first().waitFor();
  assert.equal(await page.locator('att-diligence .att-roles, #by-api .att-roles').count(), 0);
  assert.equal(await page.locator('#by-api .att-roles-again, #by-element .att-roles-again').count(), 0);
  await session.close();
});
