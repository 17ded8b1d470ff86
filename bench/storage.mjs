// Benchmark (not a test): storage speed in headless Chromium (issue 14: IndexedDB).
//   import N CSV rows: choosing the file to the result on screen, and to the register index in
//     storage listing all N ids;
//   open an N-shipment register from storage: navigation to the first register rows shown;
//   edit one shipment of it (type in a field): the keystroke to the change in storage;
//   answer one item of a synthetic 500-item set: the click to the answer in storage.
// "In storage" is read from the page: IndexedDB (database att-diligence, store kv) when the
// build keeps its data there, else localStorage (the 0.3.0 release and before), so the same
// script measures an older build: DIST=/path/to/its/dist node bench/storage.mjs
// Usage: scripts/bench.sh storage   (builds dist/ first)   or   node bench/storage.mjs
//   SIZES=10000,100000 (register sizes), IMPORTS=3, RELOADS=5, EDITS=5, ANSWERS=7
import { writeFileSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openContext, serve } from '../tests/e2e/harness.mjs';
import { csv, syntheticSet } from './lib/inputs.mjs';

const SIZES = (process.env.SIZES ?? '10000,100000').split(',').map(Number);
const IMPORTS = Number(process.env.IMPORTS ?? 3);
const RELOADS = Number(process.env.RELOADS ?? 5);
const EDITS = Number(process.env.EDITS ?? 5);
const ANSWERS = Number(process.env.ANSWERS ?? 7);
const LONG = 900000;



// In every page: when the first register row enters the DOM (relative to navigation start; the
// widget renders in a shadow root, so each shadow root is watched as it is attached), and
// helpers that read this instance's stored values where the build keeps them.
const PROBE = () => {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    new MutationObserver((_, obs) => {
      if (root.querySelector('.att-register-table tr[data-shipment]')) {
        window.__firstRow ??= performance.now();
        obs.disconnect();
      }
    }).observe(root, { childList: true, subtree: true });
    return root;
  };
  const PREFIX = 'att-diligence:v1:default:';
  const inDb = async () => (await indexedDB.databases()).some((d) => d.name === 'att-diligence');
  // Opened only once the widget has created the database (opening it first would create an
  // empty one under the widget).
  const openDb = () => new Promise((res, rej) => {
    const r = indexedDB.open('att-diligence');
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
  const request = (q) => new Promise((res, rej) => {
    q.onsuccess = () => res(q.result);
    q.onerror = () => rej(q.error);
  });
  window.__storage = async () => ((await inDb()) ? 'IndexedDB' : 'localStorage');
  /** Stored names under `prefix` with their values. */
  window.__scan = async (prefix) => {
    if (!(await inDb())) {
      return Object.keys(localStorage).filter((k) => k.startsWith(PREFIX + prefix)).map((k) => [k.slice(PREFIX.length), localStorage.getItem(k)]);
    }
    const db = await openDb();
    try {
      const store = db.transaction('kv').objectStore('kv');
      const range = IDBKeyRange.bound(PREFIX + prefix, PREFIX + prefix + '\uffff');
      const [keys, values] = await Promise.all([request(store.getAllKeys(range)), request(store.getAll(range))]);
      return keys.map((k, i) => [k.slice(PREFIX.length), values[i]]);
    } finally {
      db.close();
    }
  };
  /** Polls the stored value `name` every `every` ms until `test(value)`; performance.now() then, or null. */
  window.__waitStored = async (name, test, every = 0, timeout = 900000) => {
    const key = PREFIX + name;
    const db = (await inDb()) ? await openDb() : null;
    const read = () => (db ? request(db.transaction('kv').objectStore('kv').get(key)) : localStorage.getItem(key));
    const end = performance.now() + timeout;
    try {
      for (;;) {
        const v = await read();
        if (v != null && test(v)) return performance.now();
        if (performance.now() > end) return null;
        await new Promise((r) => setTimeout(r, every));
      }
    } finally {
      db?.close();
    }
  };
};

const load = () => loadavg()[0];

/** Figures of one measurement: runs in ms and the 1-minute load average at each. */
class Figures {
  constructor(label) {
    Object.assign(this, { label, ms: [], loads: [], notes: [] });
  }
  add(ms) {
    this.ms.push(ms);
    this.loads.push(load());
  }
  print() {
    const s = [...this.ms].sort((a, b) => a - b);
    const f = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
    const l = [...this.loads].sort((a, b) => a - b);
    const figures = s.length
      ? `min ${f(s[0])} | median ${f(s[Math.floor(s.length / 2)])} | max ${f(s[s.length - 1])} ms (n=${s.length}; runs ${this.ms.map(f).join(', ')})` +
        ` | load ${l[0].toFixed(2)}–${l[l.length - 1].toFixed(2)}`
      : 'no figure';
    console.log(`${this.label}: ${figures}${this.notes.length ? ` | ${[...new Set(this.notes)].join('; ')}` : ''}`);
  }
}

async function newPage(browser, origin) {
  const session = await openContext(browser, origin);
  await session.context.addInitScript(PROBE);
  const page = await session.newPage();
  // A reload with writes pending would ask first; the benchmark waits for them, but never hangs.
  page.on('dialog', (d) => d.accept());
  await page.goto(`${origin}/`);
  await page.locator('.att-modules button[data-set]').first().waitFor();
  return { session, page };
}

/** Imports `file` (n rows) through the interface; returns ms to the result and to the stored index. */
async function importRows(page, file) {
  await page.locator('.att-modules button[data-set="att-screening"]').click();
  await page.getByRole('button', { name: 'Screen a batch (CSV or Excel file)' }).click();
  const t0 = Date.now();
  await page.locator('.att-batch input[type=file]').setInputFiles(file);
  await page.getByRole('button', { name: 'Screen these rows' }).click({ timeout: LONG });
  await page.locator('.att-batch-result').waitFor({ timeout: LONG });
  const shown = Date.now() - t0;
  const summary = (await page.locator('.att-batch-result [role=status]').textContent()).trim();
  const screened = Number(summary.replace(/[,\s]/g, '').match(/^(\d+)/)?.[1]);
  // Stored: the index lists every screened shipment. localStorage is written at once or never
  // (0.3.0 kept no register over 10,000 shipments), so there a short wait settles it.
  const backend = await page.evaluate(() => window.__storage());
  const stored = await page.evaluate(
    async ({ n, timeout }) => {
      const count = (raw) => { const v = JSON.parse(raw); return (v.ids ?? v.entries ?? []).length; };
      const at = await window.__waitStored('register', (raw) => count(raw) >= n, 100, timeout);
      return at === null ? null : Date.now() - (performance.now() - at);
    },
    { n: screened, timeout: backend === 'IndexedDB' ? LONG : 5000 },
  );
  return { shown, stored: stored === null ? null : stored - t0, screened, backend, summary };
}

/** Reloads and returns ms from navigation to the first register row. */
async function reloadToRows(page) {
  await page.reload();
  await page.locator('.att-register-table tr[data-shipment]').first().waitFor({ timeout: LONG });
  return page.evaluate(() => window.__firstRow);
}

/** Opens the `k`th shown shipment, types a new end use; ms until stored, and what was polled. */
async function editOne(page, k) {
  const row = page.locator('.att-register-table tr[data-shipment]').nth(k);
  const id = await row.getAttribute('data-shipment');
  await row.locator('button').click();
  const field = page.locator('.att-shipment').getByLabel('Declared end use', { exact: true });
  await field.waitFor();
  const own = (await page.evaluate((id) => window.__scan(`register/${id}`), id)).length > 0;
  const name = own ? `register/${id}` : 'register';
  const value = `Bench edit ${k} ${Date.now()}`;
  const ms = await field.evaluate(async (el, { name, value }) => {
    const t0 = performance.now();
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    const at = await window.__waitStored(name, (raw) => raw.includes(value));
    return at === null ? null : at - t0;
  }, { name, value });
  await page.getByRole('button', { name: 'Back to the register' }).click();
  await page.locator('.att-register-table tr[data-shipment]').first().waitFor();
  return { ms, name: own ? 'register/<id>' : 'register (whole)' };
}

async function registerFigures(browser, origin, dir, n) {
  const file = join(dir, `batch-${n}.csv`);
  writeFileSync(file, csv(n));
  const toResult = new Figures(`import ${n} rows: file chosen -> result on screen`);
  const toStored = new Figures(`import ${n} rows: file chosen -> register index in storage lists every shipment`);
  const reload = new Figures(`open a ${n}-row register from storage: navigation -> first rows shown`);
  const edit = new Figures(`edit one shipment of ${n}: typing -> change in storage`);
  for (let r = 0; r < IMPORTS; r++) {
    const { session, page } = await newPage(browser, origin);
    const i = await importRows(page, file);
    toResult.add(i.shown);
    toStored.notes.push(`${i.backend}; ${i.screened} shipments`);
    if (i.stored === null) toStored.notes.push('never stored (the build keeps no register this large)');
    else toStored.add(i.stored);
    if (r === 0) {
      if (i.stored === null) {
        reload.notes.push('not stored: nothing to reopen');
        edit.notes.push('not stored');
      } else {
        for (let k = 0; k < RELOADS; k++) reload.add(await reloadToRows(page));
        for (let k = 0; k < EDITS; k++) {
          const e = await editOne(page, k);
          edit.notes.push(`polled ${e.name}`);
          if (e.ms === null) edit.notes.push('a change never stored');
          else edit.add(e.ms);
        }
      }
    }
    await session.close();
  }
  for (const f of [toResult, toStored, reload, edit]) f.print();
}

async function answerFigures(browser, origin, dir) {
  const file = join(dir, 'bench-500.json');
  writeFileSync(file, JSON.stringify(syntheticSet(500)));
  const figures = new Figures('answer one item of 500: click -> answer in storage');
  const { session, page } = await newPage(browser, origin);
  await page.locator('.att-custom input[type=file]').setInputFiles(file);
  await page.locator('.att-set[data-set="bench-500"] fieldset.att-item').first().waitFor();
  // The first answer, untimed, finds which stored assessment is the 500-item set's.
  const answer = (k, name) =>
    page.evaluate(async ({ k, name }) => {
      const root = document.querySelector('att-diligence').shadowRoot;
      const items = [...root.querySelectorAll('.att-set[data-set="bench-500"] fieldset.att-item')];
      const item = items[(k * 37) % items.length];
      const radio = item.querySelectorAll('input[type=radio]')[k % 2 === 0 ? 0 : 3];
      if (!name) {
        radio.click();
        for (;;) {
          const found = (await window.__scan('assessment:')).find(([, v]) => {
            const a = JSON.parse(v);
            return a.set?.id === 'bench-500' && JSON.stringify(a.responses ?? {}).length > 2;
          });
          if (found) return { name: found[0], items: items.length, backend: await window.__storage() };
          await new Promise((r) => setTimeout(r, 20));
        }
      }
      const [[, before]] = await window.__scan(name);
      const t0 = performance.now();
      radio.click();
      const at = await window.__waitStored(name, (v) => v !== before);
      return { ms: at === null ? null : at - t0 };
    }, { k, name });
  const first = await answer(0);
  figures.notes.push(`${first.backend}; ${first.items} items in the set`);
  for (let k = 1; k <= ANSWERS; k++) {
    const a = await answer(k, first.name);
    if (a.ms !== null) figures.add(a.ms);
    await page.waitForTimeout(50);
  }
  await session.close();
  figures.print();
}

const server = await serve(process.env.DIST);
const browser = await launch();
const dir = mkdtempSync(join(tmpdir(), 'att-bench-'));
try {
  console.log(`dist: ${process.env.DIST ?? 'dist/'} | load at start ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  await answerFigures(browser, server.origin, dir);
  for (const n of SIZES) await registerFigures(browser, server.origin, dir, n);
} finally {
  await browser.close();
  await server.close();
}
