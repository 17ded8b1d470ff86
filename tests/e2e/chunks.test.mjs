// The wasm cut at its seams (src/ui/seam.rs): each module's code is fetched the first time the
// module is shown (the first module the embed offers: at mount), once, under the strict CSP and from file://; a chunk that cannot be fetched
// is said in the user's language with a retry, and no work is lost.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, openContext, passFirstScreen, useBrowser } from './harness.mjs';

const env = useBrowser(before, after);
// What each seam fetches, as the build wrote it.
const SEAMS = JSON.parse(readFileSync(join(DIST, 'att-diligence.chunks.json'), 'utf8'));
const CHUNK = /att-diligence\.[\w-]+\.[0-9a-f]{10}\.wasm$/;
// Every built-in set's tab, and the seams its module is in (a programme's exports and import
// are a seam of their own, fetched as it opens).
const TABS = [
  ['att-programme', ['programme', 'transfer']],
  ['att-logistics-programme', ['programme', 'transfer']],
  ['att-screening', ['screening']],
  ['att-gbv74', ['reference']],
  ['att-reassessment', ['reference']],
  ['att-resources', ['reference']],
];

const widget = (page) => page.locator('att-diligence');
const tab = (page, set) => widget(page).locator(`[role="tab"][id$="-tab-${set}"]`);
const shown = (page, set) => widget(page).locator(`.att-set[data-set="${set}"]`);

async function openEach(page, fetched) {
  // The footer's data panel comes after the first paint, whichever module is open.
  const expected = new Set(SEAMS.your_data);
  await widget(page).locator('.att-footer .att-your-data').waitFor();
  for (const [set, seams] of TABS) {
    await tab(page, set).click();
    await shown(page, set).waitFor();
    seams.forEach((seam) => SEAMS[seam].forEach((f) => expected.add(f)));
    // The transfer seam arrives just after its module's first item.
    if (seams.includes('transfer')) await widget(page).locator('.att-transfer, .att-export').first().waitFor();
    assert.deepEqual(new Set(fetched), expected, `after opening ${set}: each chunk of its seam, once`);
  }
}

test("each module's code is fetched the first time it is shown, and only once", async () => {
  for (const files of Object.values(SEAMS)) {
    for (const f of files) assert.match(f, CHUNK, 'chunks are named by their content');
  }
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  const fetched = [];
  page.on('request', (r) => { if (CHUNK.test(r.url())) fetched.push(r.url().split('/').pop()); });
  await page.goto(`${env.server.origin}/`);
  // The first module the embed offers (the programme) is fetched at mount, while the first
  // screen still asks who is working, and the footer's panel once that is painted; nothing else.
  await widget(page).locator('.att-roles').waitFor();
  await widget(page).locator('.att-footer .att-your-data').waitFor();
  const early = new Set([...SEAMS.programme, ...SEAMS.your_data]);
  await page.waitForFunction((n) => performance.getEntriesByType('resource').filter((e) => /\.wasm$/.test(e.name)).length >= n, early.size + 1);
  assert.deepEqual(new Set(fetched), early, 'only the first module and the footer panel are fetched before a module is chosen');
  await passFirstScreen(widget(page));
  await openEach(page, fetched);
  // Back to the first module: drawn from the chunk already there, nothing fetched again.
  const before = fetched.length;
  await tab(page, 'att-programme').click();
  await widget(page).locator('fieldset.att-item').first().waitFor();
  assert.equal(fetched.length, before);
  await session.close();
});

test('a module whose chunk cannot be fetched says so with a retry, and no work is lost', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  let offline = true;
  let refused = 0;
  // Only what screening alone needs: the parts fetched before it (the programme, its exports,
  // the footer's panel) must arrive.
  const before = [...SEAMS.programme, ...SEAMS.transfer, ...SEAMS.your_data];
  const screening = SEAMS.screening.filter((f) => !before.includes(f));
  await session.context.route(CHUNK, (route) => {
    if (!offline || !screening.some((f) => route.request().url().endsWith(f))) return route.fallback();
    refused += 1;
    return route.abort('internetdisconnected');
  });
  await page.goto(`${env.server.origin}/`);
  await passFirstScreen(widget(page));
  const item = widget(page).locator('fieldset.att-item').first();
  await item.getByLabel('Partly in place', { exact: true }).check();

  // The loader logs the failed fetch; that console error is expected here.
  await tab(page, 'att-screening').click();
  const alert = widget(page).locator('.att-main .att-seam [role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not be loaded.*Your work is kept/);
  assert.equal(await shown(page, 'att-screening').count(), 0);

  // The rest of the widget goes on working, the answer given before is there.
  await tab(page, 'att-programme').click();
  assert.equal(await item.getByLabel('Partly in place', { exact: true }).isChecked(), true);

  // Still offline: trying again fetches again, fails again, and says so again.
  await tab(page, 'att-screening').click();
  await alert.waitFor();
  const attempts = refused;
  await widget(page).locator('.att-main .att-seam .att-retry').click();
  await alert.waitFor();
  assert.ok(refused > attempts, 'try again fetches the chunk again');

  offline = false;
  await widget(page).locator('.att-main .att-seam .att-retry').click();
  await shown(page, 'att-screening').waitFor();
  assert.equal(await alert.count(), 0, 'the message is gone once the module is there');
  await page.reload();
  await passFirstScreen(widget(page));
  await tab(page, 'att-programme').click();
  assert.equal(await widget(page).locator('fieldset.att-item').first().getByLabel('Partly in place', { exact: true }).isChecked(), true);
  await session.close();
});

test('from file:// every module opens with its chunk inlined, nothing fetched', async () => {
  const html = readFileSync(join(DIST, 'att-diligence-offline.html'), 'utf8');
  for (const files of Object.values(SEAMS)) {
    for (const f of files) assert.equal(html.includes(f), false, `${f} is inlined, not named`);
  }
  // A file:// page's origin is "null": any request would be foreign and fail the test.
  const session = await openContext(env.browser, 'null');
  const page = await session.newPage();
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('blob:')) requests.push(r.url()); });
  await page.goto(pathToFileURL(join(DIST, 'att-diligence-offline.html')).href);
  await passFirstScreen(widget(page));
  for (const [set] of TABS) {
    await tab(page, set).click();
    await shown(page, set).waitFor();
  }
  assert.deepEqual(requests, []);
  await session.close();
});
