// Benchmark (not a test): batch screening speed in headless Chromium.
// For 1,000 / 10,000 / 100,000 CSV rows: file read to mapping step, then "Screen these rows"
// to the result on screen (CSV parse, rules, findings, register update and save), and how the
// register responds afterwards (filter change, scroll).
// Usage: scripts/bench.sh screening
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openContext, serve } from '../tests/e2e/harness.mjs';
import { csv } from './lib/inputs.mjs';

const SIZES = (process.env.SIZES ?? '1000,10000,100000').split(',').map(Number);

async function run(browser, origin, n, dir) {
  const file = join(dir, `batch-${n}.csv`);
  writeFileSync(file, csv(n));
  const session = await openContext(browser, origin);
  const page = await session.newPage();
  await page.goto(`${origin}/`);
  await page.locator('.att-modules button[data-set="att-screening"]').click();
  await page.getByRole('button', { name: 'Screen a batch (CSV or Excel file)' }).click();
  const t0 = Date.now();
  await page.locator('.att-batch input[type=file]').setInputFiles(file);
  await page.locator('.att-batch-map').waitFor({ timeout: 120000 });
  const toMapping = Date.now() - t0;
  const screenMs = await page.evaluate(() => new Promise((resolve) => {
    const root = document.querySelector('att-diligence').shadowRoot;
    const button = [...root.querySelectorAll('.att-batch-map button')].pop();
    const obs = new MutationObserver(() => {
      if (root.querySelector('.att-batch-result')) {
        obs.disconnect();
        resolve(performance.now() - t);
      }
    });
    obs.observe(root, { childList: true, subtree: true });
    const t = performance.now();
    button.click();
  }));
  const summary = await page.locator('.att-batch-result [role=status]').textContent();
  await page.getByRole('button', { name: 'Register of screened shipments' }).click();
  await page.locator('.att-register-table').waitFor();
  const rendered = await page.locator('.att-register-table tr[data-shipment]').count();
  const filterMs = await page.evaluate(() => new Promise((resolve) => {
    const root = document.querySelector('att-diligence').shadowRoot;
    const select = root.querySelector('select[id$="-finding-filter"]');
    const status = root.querySelector('.att-register [role=status]');
    const before = status.textContent;
    const obs = new MutationObserver(() => {
      if (status.textContent !== before) { obs.disconnect(); resolve(performance.now() - t); }
    });
    obs.observe(status, { childList: true, subtree: true, characterData: true });
    const t = performance.now();
    select.value = '1';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }));
  const scrollMs = await page.evaluate(() => new Promise((resolve) => {
    const box = document.querySelector('att-diligence').shadowRoot.querySelector('.att-register-scroll');
    const firstBefore = box.querySelector('tr[data-shipment]')?.dataset.shipment;
    const obs = new MutationObserver(() => {
      const first = box.querySelector('tr[data-shipment]')?.dataset.shipment;
      if (first !== firstBefore) { obs.disconnect(); resolve(performance.now() - t); }
    });
    obs.observe(box, { childList: true, subtree: true });
    const t = performance.now();
    box.scrollTop = box.scrollHeight / 2;
    box.dispatchEvent(new Event('scroll'));
  }));
  await page.close();
  await session.context.close();
  console.log(
    `${String(n).padStart(6)} rows | read+headers ${toMapping} ms | screen (parse, rules, findings, register, save) ${screenMs.toFixed(0)} ms | ` +
      `${(n / screenMs * 1000).toFixed(0)} rows/s | rows in DOM ${rendered} | filter ${filterMs.toFixed(1)} ms | scroll ${scrollMs.toFixed(1)} ms | ${summary.trim().slice(0, 60)}`,
  );
}

const server = await serve();
const browser = await launch();
const dir = mkdtempSync(join(tmpdir(), 'att-bench-'));
try {
  for (const n of SIZES) await run(browser, server.origin, n, dir);
} finally {
  await browser.close();
  await server.close();
}
