// Benchmark (not a test): programme self-assessment speed in headless Chromium, a returning
// visitor's (the first screen answered on the profile's first visit):
//   the first item in the DOM and the first item painted, after navigation; and answer click
//   -> updated DOM; with the built-in programme set and with a synthetic 500-item set; on this
//   machine's CPU and slowed 4× (CDP CPU throttling: a mid-range phone).
// Painted: the first item's legend is no longer skipped (content-visibility: auto skips an item
// until the browser has found it on screen, a frame later at best): the animation frame that
// draws it, then the first task after that frame (after its paint), as web::dom::after_next_paint
// and bench/module-switch.mjs time it. Not LCP: a module drawn after its chunk arrives may be no
// larger than the loading status before it, so no new LCP entry comes. The widget draws in a
// shadow root, which Element Timing does not see.
// Usage: scripts/bench.sh programme   (builds dist/ first)   or   node bench/programme.mjs;
// ATT_BENCH_DISTS="before=/tmp/dist-before,after=dist" compares two builds in one run.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openContext, passFirstScreen } from '../tests/e2e/harness.mjs';
import { serveBuilds } from './lib/builds.mjs';
import { syntheticSet } from './lib/inputs.mjs';
import { median, p95 } from './lib/stats.mjs';
import { FIRST_ITEM_PROBE } from './lib/first-item.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
const CLICKS = Number(process.env.CLICKS ?? 60);


/** One navigation: [ms to the first item in the DOM, ms to the first paint showing it]. */
async function firstItem(context, origin, throttle) {
  const page = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.goto(`${origin}/`);
  await page.locator('fieldset.att-item').first().waitFor();
  const t = await page.waitForFunction(() => {
    const dom = window.__firstItem;
    return window.__painted !== undefined && [dom, window.__painted];
  }, null, { timeout: 30_000 }).then((h) => h.jsonValue());
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

/** A profile on `origin` ready for the runs: first screen passed, `prepare` done. */
async function profile(browser, origin, prepare) {
  const session = await openContext(browser, origin, {}, { intercept: false });
  await session.context.addInitScript(FIRST_ITEM_PROBE);
  const page = await session.newPage();
  await page.goto(`${origin}/`);
  // The first visit answers the first screen (skip): the runs below are a returning visitor's.
  await passFirstScreen(page);
  await page.locator('fieldset.att-item').first().waitFor();
  await prepare(page);
  await page.locator('.att-checklist[data-rendered]').waitFor();
  const items = await page.locator('fieldset.att-item').count();
  return { session, page, origin, items };
}

/** Measures each build in `builds` ({ name, origin }) on one scenario, the runs interleaved
 * (build A, build B, A, B, …) so a load on the machine falls on both alike. */
async function measure(browser, builds, label, prepare) {
  const profiles = [];
  for (const b of builds) profiles.push({ ...b, ...(await profile(browser, b.origin, prepare)), runs: { 1: [], 4: [] } });
  for (const throttle of [1, 4]) {
    for (let r = 0; r < RUNS; r++) {
      for (const p of profiles) p.runs[throttle].push(await firstItem(p.session.context, p.origin, throttle));
    }
  }
  const f = (x) => x.toFixed(0);
  for (const p of profiles) {
    await p.page.reload();
    await p.page.locator('fieldset.att-item').first().waitFor();
    const lat = await answerLatencies(p.page);
    await p.session.close();
    const timing = (throttle) => {
      const runs = p.runs[throttle];
      const dom = median(runs.map((r) => r[0]));
      const paint = median(runs.map((r) => r[1]));
      const gap = median(runs.map((r) => r[1] - r[0]));
      return `${throttle}× CPU: first item in the DOM ${f(dom)} ms, painted ${f(paint)} ms (gap ${f(gap)} ms)`;
    };
    console.log(
      `${builds.length > 1 ? `[${p.name}] ` : ''}${label}: ${p.items} items | ${timing(1)} | ${timing(4)} (medians of ${RUNS}) | ` +
        `answer -> DOM: median ${median(lat).toFixed(2)} ms, p95 ${p95(lat).toFixed(2)} ms (n=${lat.length})`,
    );
  }
}

const { builds, close: closeBuilds } = await serveBuilds();
const browser = await launch();
try {
  await measure(browser, builds, 'built-in programme set', async () => {});
  const dir = mkdtempSync(join(tmpdir(), 'att-bench-'));
  const file = join(dir, 'bench-500.json');
  writeFileSync(file, JSON.stringify(syntheticSet(500)));
  await measure(browser, builds, 'synthetic 500-item set', async (page) => {
    await page.locator('.att-custom input[type=file]').setInputFiles(file);
    await page.locator('.att-set[data-set="bench-500"]').waitFor();
  });
} finally {
  await browser.close();
  await closeBuilds();
}
