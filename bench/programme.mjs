// Benchmark (not a test): programme self-assessment speed in headless Chromium.
//   first item visible after navigation, and answer click -> updated DOM,
//   with the built-in programme set and with a synthetic 500-item set.
// Usage: scripts/bench.sh programme   (builds dist/ first)   or   node bench/programme.mjs
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openContext, passFirstScreen, serve } from '../tests/e2e/harness.mjs';
import { syntheticSet } from './lib/inputs.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
const CLICKS = Number(process.env.CLICKS ?? 60);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function p95(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
}


// Records when the first checklist item enters the DOM, relative to navigation start. The
// widget renders in a shadow root, so the probe watches each shadow root as it is attached.
const FIRST_ITEM_PROBE = () => {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    const mark = () => {
      if (root.querySelector('fieldset.att-item')) {
        window.__firstItem ??= performance.now();
        return true;
      }
      return false;
    };
    new MutationObserver((_, obs) => mark() && obs.disconnect()).observe(root, { childList: true, subtree: true });
    return root;
  };
};

async function firstItemVisible(context, origin) {
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.locator('fieldset.att-item').first().waitFor();
  const t = await page.evaluate(() => window.__firstItem);
  await page.close();
  return t;
}

async function answerLatencies(page) {
  return page.evaluate(async (clicks) => {
    const items = [...document.querySelector('att-diligence').shadowRoot.querySelectorAll('fieldset.att-item')];
    const out = [];
    for (let k = 0; k < clicks; k++) {
      const item = items[(k * 7) % items.length];
      const radios = item.querySelectorAll('input[type=radio]');
      const target = radios[k % 2 === 0 ? 0 : 3];
      const expected = target.value;
      const done = new Promise((resolve) => {
        const obs = new MutationObserver(() => {
          if (item.dataset.status === expected) {
            obs.disconnect();
            resolve(performance.now());
          }
        });
        obs.observe(item, { attributes: true });
      });
      if (item.dataset.status === expected) continue;
      const t0 = performance.now();
      target.click();
      out.push((await done) - t0);
      await new Promise((r) => setTimeout(r, 5));
    }
    return out;
  }, CLICKS);
}

async function measure(browser, origin, label, prepare) {
  const session = await openContext(browser, origin);
  await session.context.addInitScript(FIRST_ITEM_PROBE);
  const page = await session.newPage();
  await page.goto(`${origin}/`);
  // The first visit answers the first screen (skip): the runs below are a returning visitor's.
  await passFirstScreen(page);
  await page.locator('fieldset.att-item').first().waitFor();
  await prepare(page);
  const items = await page.locator('fieldset.att-item').count();
  const firsts = [];
  for (let r = 0; r < RUNS; r++) firsts.push(await firstItemVisible(session.context, origin));
  await page.reload();
  await page.locator('fieldset.att-item').first().waitFor();
  const lat = await answerLatencies(page);
  await session.close();
  const f = (x) => x.toFixed(2);
  console.log(
    `${label}: ${items} items | first item visible: median ${f(median(firsts))} ms (n=${firsts.length}) | ` +
      `answer -> DOM: median ${f(median(lat))} ms, p95 ${f(p95(lat))} ms (n=${lat.length})`,
  );
}

const server = await serve();
const browser = await launch();
try {
  await measure(browser, server.origin, 'built-in programme set', async () => {});
  const dir = mkdtempSync(join(tmpdir(), 'att-bench-'));
  const file = join(dir, 'bench-500.json');
  writeFileSync(file, JSON.stringify(syntheticSet(500)));
  await measure(browser, server.origin, 'synthetic 500-item set', async (page) => {
    await page.locator('.att-custom input[type=file]').setInputFiles(file);
    await page.locator('.att-set[data-set="bench-500"]').waitFor();
  });
} finally {
  await browser.close();
  await server.close();
}
