// Party screening through the JS API, as a host page's own code would use it: loadList with
// the UN sample (kept as the panel keeps it, and shown in the open screening module's panel),
// screenNames against it at the saved threshold, a file of another kind refused in words with
// the list kept, lists loaded in the panel screened by the API too, and bad input refused.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT, openContext, useBrowser } from './harness.mjs';
import { Checklist } from './checklist.page.mjs';

const SAMPLES = join(ROOT, 'lists/tests/samples');
const env = useBrowser(before, after);

const UN = join(SAMPLES, 'un-consolidated-excerpt.xml');
const OFAC = ['ofac-sdn-excerpt.csv', 'ofac-alt-excerpt.csv', 'ofac-add-excerpt.csv'].map((f) => join(SAMPLES, f));
const NOT_A_LIST = join(ROOT, 'tests/fixtures/batch/semicolon.csv');

/** `handle.loadList(files)` on the standalone page's widget, the files built in the page from
 * these paths' bytes (one File alone, several as an array): `{ ok }` or `{ error }`. */
function loadList(page, paths) {
  const files = paths.map((p) => ({ name: basename(p), bytes: [...readFileSync(p)] }));
  return page.evaluate(async (files) => {
    const widget = document.querySelector('att-diligence').widget;
    const list = files.map((f) => new File([new Uint8Array(f.bytes)], f.name));
    try {
      return { ok: await widget.loadList(list.length === 1 ? list[0] : list) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : `not an Error: ${e}` };
    }
  }, files);
}

/** `handle.screenNames(names)`: `{ ok }` or `{ error }`. */
function screenNames(page, names) {
  return page.evaluate(async (names) => {
    const widget = document.querySelector('att-diligence').widget;
    try {
      return { ok: await widget.screenNames(names) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : `not an Error: ${e}` };
    }
  }, names);
}

async function openLists(c, page) {
  await c.openModule('att-screening');
  await page.locator('button[data-panel="parties"]').click();
  await page.locator('.att-party-lists').waitFor();
}

const loadedSources = (page) => page.locator('.att-party-list').evaluateAll((li) => li.map((l) => l.dataset.source));

test('loadList keeps a list the screening module uses, and screenNames screens against the saved lists', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  const c = await new Checklist(page, env.server.origin).open();
  await openLists(c, page);

  // With no list, screenNames refuses in the user's words rather than report no match.
  assert.deepEqual(await screenNames(page, ['Amir Ali Choudri']), { error: 'No list loaded: parties are not screened.' });

  const un = await loadList(page, [UN]);
  assert.equal(un.error, undefined);
  assert.equal(un.ok.source, 'un');
  assert.equal(un.ok.entries, 37);
  assert.equal(un.ok.generated, '2026-02-27');
  assert.equal(un.ok.datedByList, true);
  assert.ok(un.ok.names > 37, 'aliases counted');
  assert.equal(un.ok.kept, true);
  // The open module took it up: its panel shows it, with the figures the API gave.
  const row = page.locator('.att-party-list[data-source="un"]');
  await row.waitFor();
  assert.equal(await row.locator('.att-list-date').textContent(), 'List generated on 2026-02-27');
  assert.equal(await row.locator('.att-list-size').textContent(), `37 entries, ${un.ok.names} names with aliases`);

  const screened = await screenNames(page, ['Amir Ali Choudri', 'Acme Trading Ltd']);
  assert.equal(screened.error, undefined);
  assert.deepEqual(screened.ok.map((r) => r.name), ['Amir Ali Choudri', 'Acme Trading Ltd']);
  const [first] = screened.ok[0].matches;
  assert.equal(first.list, 'un');
  assert.equal(first.reference, 'QDi.312');
  assert.equal(first.listedName, 'AAMIR ALI CHAUDHRY');
  assert.ok(first.score >= 85 && first.score <= 100, `score ${first.score}`);
  assert.ok(first.programmes.some((p) => /Al-Qaida/.test(p)), first.programmes.join('; '));
  assert.match(first.listedOn, /^\d{4}-\d\d-\d\d$/);
  assert.deepEqual(screened.ok[1].matches, []);

  // A file of another kind: refused with the panel's words; the UN list stays, here and there.
  const refused = await loadList(page, [NOT_A_LIST]);
  assert.equal(
    refused.error,
    "The list was not loaded. semicolon.csv is not one of the lists this widget reads: the UN Consolidated List (XML), OFAC's sdn.csv (with alt.csv and add.csv) or the Consolidated Screening List (CSV). The lists already loaded are unchanged.",
  );
  assert.deepEqual(await loadedSources(page), ['un']);
  assert.equal((await screenNames(page, ['Amir Ali Choudri'])).ok[0].matches[0].reference, 'QDi.312');

  // The threshold is the one saved in the panel: at 100 only an exact name would match.
  const threshold = page.locator('.att-party-lists input[type=number]');
  await threshold.fill('100');
  await threshold.blur();
  assert.deepEqual((await screenNames(page, ['Amir Ali Choudri'])).ok[0].matches, []);
  await threshold.fill('85');
  await threshold.blur();

  // OFAC's three files loaded in the panel: the API screens against them too.
  await page.locator('.att-party-lists input[type=file]').setInputFiles(OFAC);
  await page.locator('.att-party-list[data-source="ofac_sdn"]').waitFor();
  const carrier = await screenNames(page, ['Aero Caribbean Airlines']);
  assert.deepEqual(carrier.ok[0].matches.map((m) => [m.list, m.reference]), [['ofac_sdn', '36']]);

  // Kept: after a reload the new handle screens against both saved lists, and the panel shows them.
  await c.reload();
  const again = await screenNames(page, ['Amir Ali Choudri', 'Aero Caribbean Airlines']);
  assert.deepEqual(again.ok.map((r) => r.matches[0]?.reference), ['QDi.312', '36']);
  await openLists(c, page);
  assert.deepEqual(await loadedSources(page), ['un', 'ofac_sdn']);
  await session.close();
});

test('bad input is refused with an Error saying what was wrong', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  await new Checklist(page, env.server.origin).open();
  const refusals = await page.evaluate(async () => {
    const widget = document.querySelector('att-diligence').widget;
    const tryIt = (f) => f().then(() => 'resolved', (e) => (e instanceof Error ? e.message : `not an Error: ${e}`));
    return {
      namesNotArray: await tryIt(() => widget.screenNames('Acme Trading Ltd')),
      nameNotString: await tryIt(() => widget.screenNames(['Acme', 42])),
      tooMany: await tryIt(() => widget.screenNames(new Array(100_001).fill('Acme'))),
      tooLong: await tryIt(() => widget.screenNames(['x'.repeat(1001)])),
      filesMissing: await tryIt(() => widget.loadList()),
      fileNotFile: await tryIt(() => widget.loadList(['consolidated.xml'])),
      noFiles: await tryIt(() => widget.loadList([])),
    };
  });
  assert.deepEqual(refusals, {
    namesNotArray: 'att-diligence: screenNames takes an array of names (strings)',
    nameNotString: 'att-diligence: screenNames: names[1] is not a string',
    tooMany: 'att-diligence: screenNames: 100001 names; it takes at most 100000 at a time',
    tooLong: 'att-diligence: screenNames: names[0] is longer than 1000 characters',
    filesMissing: 'att-diligence: loadList takes a File or an array of Files (for OFAC, sdn.csv, alt.csv and add.csv together)',
    fileNotFile: 'att-diligence: loadList: files[0] is not a File',
    noFiles: 'att-diligence: loadList takes a File or an array of Files (for OFAC, sdn.csv, alt.csv and add.csv together), not none',
  });
  await session.close();
});
