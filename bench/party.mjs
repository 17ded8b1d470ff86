// Benchmark (not a test): party screening in headless Chromium, through the interface.
//   A list of 25,000 names in OFAC's legacy format (sdn.csv + alt.csv), made by repeating the
//   official samples' entries with varied names (a letter changed, dropped or doubled), is
//   loaded through the lists panel: time from picking the files to the list shown (read,
//   parsed, indexed in the worker, kept in storage). One name is then screened as a user types
//   it into a shipment: time from the last keystroke to its possible matches shown (median of
//   several names). Last, a register of 100,000 shipments with 4 parties each (consignor,
//   consignee, end user, carrier; mostly ordinary names, 1 in 100 a listed name varied) is
//   imported as a batch and screened in the background: time from the batch added to "Every
//   party screened", end to end (messages, scoring, findings, storage).
//   The index's memory is measured natively (lists/examples/speed.rs prints it).
// Usage: scripts/bench.sh party   (builds dist/ first)   or   node bench/party.mjs
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openContext, ROOT, serve } from '../tests/e2e/harness.mjs';
import { Checklist } from '../tests/e2e/checklist.page.mjs';
import { median } from './lib/stats.mjs';

const NAMES = Number(process.env.NAMES ?? 25_000);
const SHIPMENTS = Number(process.env.SHIPMENTS ?? 100_000);

/** xorshift64*, so every run builds the same list and register. */
let state = 0x9e3779b97f4a7c15n;
function next() {
  state ^= state >> 12n;
  state ^= (state << 25n) & 0xffffffffffffffffn;
  state ^= state >> 27n;
  return Number(((state * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn) >> 11n);
}
const below = (n) => next() % n;
const pick = (xs) => xs[below(xs.length)];

function vary(word) {
  const c = [...word];
  if (c.length < 4) return word;
  const at = 1 + below(c.length - 2);
  const kind = below(3);
  if (kind === 0) c[at] = 'AEIOUYH'[below(7)];
  else if (kind === 1) c.splice(at, 1);
  else c.splice(at, 0, c[at]);
  return c.join('');
}

/** The samples' name words (OFAC sdn and alt, UN names), upper case. */
function words() {
  const text = ['ofac-sdn-excerpt.csv', 'ofac-alt-excerpt.csv', 'un-consolidated-excerpt.xml']
    .map((f) => readFileSync(join(ROOT, 'lists/tests/samples', f), 'latin1'))
    .join('\n');
  const set = new Set(text.toUpperCase().match(/\b[A-Z]{3,}\b/g));
  for (const w of ['XML', 'NAME', 'LIST', 'TYPE', 'VALUE', 'DATE', 'INDIVIDUAL', 'ENTITY', 'ALIAS', 'QUALITY']) set.delete(w);
  return [...set];
}

/** sdn.csv and alt.csv with `NAMES` names: entries of 2-4 words, each with 0-3 aliases varied. */
function bigList(pool) {
  const sdn = [];
  const alt = [];
  const primaries = [];
  let names = 0;
  let ent = 100000;
  let altNum = 1;
  while (names < NAMES) {
    ent += 1;
    const base = Array.from({ length: 2 + below(3) }, () => pick(pool));
    const person = below(2) === 0;
    const primary = person ? `${base[0]}, ${base.slice(1).join(' ')}` : base.join(' ');
    primaries.push(base.join(' '));
    sdn.push(`${ent},"${primary}",${person ? '"individual"' : '-0- '},"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `);
    names += 1;
    for (let a = below(4); a > 0 && names < NAMES; a--) {
      alt.push(`${ent},${altNum++},"aka","${base.map(vary).join(' ')}",-0- `);
      names += 1;
    }
  }
  return { sdn: sdn.join('\r\n') + '\r\n', alt: alt.join('\r\n') + '\r\n', primaries };
}

const FIRST = 'John Maria Wei Olga Sergei Mohammed Ahmed Ali Fatima Omar Ibrahim Jean Hans Ana Kim Priya Dmitri Yusuf Roman Khaled Noor Carlos Elena Ivan Li Chen Garcia Smith Ivanova Petrov Hassan Khan Rahimi Diallo Dubois Muller Rodriguez Sharma Demir Kovalenko Novak Mansour Haddad Tanaka Ramirez Martinez Shah'.split(' ');
const WORDS = 'Global Ocean Star Trading Logistics Freight Shipping Marine Express Cargo Pacific Atlantic Eastern Western Northern Southern United Golden Crystal Royal Green Blue Silver Orient Euro Asia Africa Delta Alpha Prime Apex Summit Harbor Port Bridge Union Allied General National International Industrial Supply Systems Solutions Services Group Holdings Partners Agency Lines Transport Forwarding'.split(' ');
const FORMS = 'Ltd LLC GmbH Inc SA Co Limited Corp BV AG SRL FZE Pte'.split(' ');

/** A party as a register holds it: mostly ordinary, 1 in 100 a listed name varied. */
function party(primaries) {
  if (below(100) === 0) return pick(primaries).split(' ').map(vary).join(' ');
  const word = (pool) => (below(5) === 0 ? vary(pick(pool)) : pick(pool));
  return below(3) === 0 ? `${word(FIRST)} ${word(FIRST)}` : `${word(WORDS)} ${word(WORDS)} ${pick(FORMS)}`;
}

const server = await serve();
const browser = await launch();
const session = await openContext(browser, server.origin);
const page = await session.newPage();
try {
  const dir = mkdtempSync(join(tmpdir(), 'att-bench-party-'));
  const list = bigList(words());
  writeFileSync(join(dir, 'sdn.csv'), list.sdn, 'latin1');
  writeFileSync(join(dir, 'alt.csv'), list.alt, 'latin1');

  const c = await new Checklist(page, server.origin).open();
  await c.openModule('att-screening');
  await page.locator('button[data-panel="parties"]').click();
  let t0 = Date.now();
  await page.locator('.att-party-lists input[type=file]').setInputFiles([join(dir, 'sdn.csv'), join(dir, 'alt.csv')]);
  await page.locator('.att-party-list[data-source="ofac_sdn"]').waitFor({ timeout: 300_000 });
  const loadMs = Date.now() - t0;
  const size = await page.locator('.att-party-list .att-list-size').textContent();

  // One name at a time, as typed into a shipment: from the last keystroke to the matches shown.
  await c.newShipment();
  const consignee = page.locator('.att-shipment').getByLabel('Consignee', { exact: true });
  const times = [];
  for (let i = 0; i < 9; i++) {
    const name = i % 3 === 0 ? pick(list.primaries).split(' ').map(vary).join(' ') : party(list.primaries);
    await consignee.fill(name.slice(0, -1));
    await page.locator('.att-party-status').waitFor({ state: 'detached', timeout: 60_000 });
    t0 = await page.evaluate(() => performance.now());
    await consignee.press(name.slice(-1) === ' ' ? 'Space' : name.slice(-1));
    const shown = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const root = document.querySelector('att-diligence').shadowRoot;
          const done = () => !root.querySelector('.att-party-status');
          const poll = () => (done() ? requestAnimationFrame(() => resolve(performance.now())) : setTimeout(poll, 1));
          setTimeout(poll, 0);
        }),
    );
    times.push(shown - t0);
  }
  await page.getByRole('button', { name: 'Back to the register' }).click();

  // The register: a batch of SHIPMENTS rows, then screening every party in the background.
  const rows = ['reference,date,mode,consignor,consignee,end_user,destination,carrier'];
  for (let i = 1; i <= SHIPMENTS; i++) {
    rows.push([`R-${i}`, '2026-11-01', 'sea', party(list.primaries), party(list.primaries), party(list.primaries), 'Freedonia', party(list.primaries)].join(','));
  }
  writeFileSync(join(dir, 'register.csv'), rows.join('\n') + '\n');
  await page.locator('button[data-panel="batch"]').click();
  await page.locator('.att-batch input[type=file]').setInputFiles(join(dir, 'register.csv'));
  await page.locator('.att-batch-map').waitFor({ timeout: 300_000 });
  const tImport = Date.now();
  await page.getByRole('button', { name: 'Screen these rows' }).click();
  await page.locator('.att-batch-result').waitFor({ timeout: 600_000 });
  const imported = Date.now();
  await page.locator('button[data-panel="register"]').click();
  await page.locator('.att-party-outcome').filter({ hasText: 'Every party screened' }).waitFor({ timeout: 1_800_000 });
  const screened = Date.now();
  const outcome = await page.locator('.att-party-outcome').textContent();

  console.log(`list: ${NAMES} names in OFAC's format (${size.trim()})`);
  console.log(`  loaded through the panel (read, parsed, indexed in the worker, stored): ${(loadMs / 1000).toFixed(1)} s`);
  console.log(`one name typed into a shipment, keystroke to matches shown: median ${median(times).toFixed(0)} ms, slowest ${Math.max(...times).toFixed(0)} ms (${times.length} names)`);
  console.log(`register: ${SHIPMENTS} shipments x 4 parties, batch imported in ${((imported - tImport) / 1000).toFixed(1)} s`);
  console.log(`  every party screened in the background: ${((screened - imported) / 1000).toFixed(1)} s (${((screened - imported) * 1000 / (SHIPMENTS * 4)).toFixed(0)} µs per party name)`);
  console.log(`  ${outcome.trim()}`);
} finally {
  await session.close().catch(() => {});
  await browser.close();
  server.close?.();
}
