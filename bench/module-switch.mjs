// Benchmark (not a test): switching module, cold (issue 20). For each module tab other than the
// one open at start, in a fresh browser profile each run (nothing cached: a chunk the module
// needs is not fetched yet): the page is opened, the first screen skipped, the first module
// drawn and the network quiet; then the tab is clicked and timed from the click event to
//   the module's first meaningful element in the DOM (a MutationObserver in the shadow root:
//     the first item's legend, the first reference entry, the register's "new shipment"
//     button, inside the module's own `.att-set[data-set=…]`, so a loading status does not
//     count);
//   its paint: the first animation frame after insertion in which the element is not skipped
//     (content-visibility: auto), then a task after that frame's callbacks, once the frame is
//     painted (as web::dom::after_next_paint). LCP cannot be used here: it stops at the first
//     input, the click itself.
// And what the click fetched: the requests from the moment the widget was ready to the network
// quiet after the paint, their count and bytes (the static server sends no compression).
// Medians and p95 of RUNS, on this machine's CPU and slowed 4× (CDP CPU throttling for the
// whole session: a mid-range phone). Requests are not intercepted (a round trip to Node for
// each would weigh on a build that fetches many chunks); one to another origin fails the run.
// Usage: scripts/bench.sh module-switch   (builds dist/ first)   or   node bench/module-switch.mjs;
// ATT_BENCH_DISTS="before=/tmp/dist-before,after=dist" compares two builds in one run; DEBUG=1
// names each run on stderr as it starts (a build whose module never shows times out at 60 s).
import { launch, openContext, passFirstScreen } from '../tests/e2e/harness.mjs';
import { serveBuilds } from './lib/builds.mjs';
import { median, p95 } from './lib/stats.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
// The network is quiet once no request has been in flight for this long.
const QUIET_MS = 500;

// A module's first meaningful element, inside its own `.att-set[data-set=…]`: a programme
// set's first item, a reading set's first entry, the screening register's first action.
const MEANINGFUL = ':is(fieldset.att-item legend, .att-ref-item .att-ref-text, .att-new-shipment)';
const inSet = (set) => `.att-set[data-set="${set}"] ${MEANINGFUL}`;

// In the page: arms the timing of one click on the tab of `set`. Resolves with
// [ms click -> element in the DOM, ms click -> painted].
const ARM = ({ set, selector }) => {
  const root = document.querySelector('att-diligence').shadowRoot;
  const tab = root.querySelector(`.att-modules [role=tab][data-set="${set}"]`);
  window.__switch = new Promise((resolve) => {
    let clicked;
    tab.addEventListener('click', (e) => { clicked ??= e.timeStamp; }, { capture: true, once: true });
    const found = () => {
      const el = clicked !== undefined && root.querySelector(selector);
      if (!el) return false;
      const dom = performance.now();
      // Each frame until the element is drawn, not skipped: that frame paints it; a task
      // after its callbacks runs once it is painted.
      const frame = () => {
        if (!el.checkVisibility({ contentVisibilityAuto: true })) return requestAnimationFrame(frame);
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve([dom - clicked, performance.now() - clicked]);
        ch.port2.postMessage(0);
      };
      requestAnimationFrame(frame);
      return true;
    };
    new MutationObserver((_, obs) => found() && obs.disconnect())
      .observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  });
};

/** Waits until no request of `inflight` has been open for QUIET_MS. */
async function quiet(page, inflight) {
  let since = Date.now();
  while (Date.now() - since < QUIET_MS) {
    await page.waitForTimeout(50);
    if (inflight.size) since = Date.now();
  }
}

/** A fresh profile on `origin`, the widget ready with its first module; the open tab's set. */
async function ready(browser, origin, throttle) {
  const session = await openContext(browser, origin, {}, { intercept: false });
  const page = await session.newPage();
  if (throttle > 1) {
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  const inflight = new Set();
  page.on('request', (r) => inflight.add(r));
  const done = (r) => inflight.delete(r);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  await page.goto(`${origin}/`);
  await passFirstScreen(page);
  const open = await page.locator('.att-modules [role=tab][aria-selected=true]').getAttribute('data-set');
  await page.locator(inSet(open)).first().waitFor({ timeout: 60_000 });
  // The checklist draws its first items, then the rest: the click comes after both.
  if (await page.locator('.att-checklist').count()) {
    await page.locator('.att-checklist[data-rendered]').waitFor({ timeout: 60_000 });
  }
  await quiet(page, inflight);
  return { session, page, open, inflight };
}

/** One cold switch to `set`: [dom ms, painted ms, requests, bytes, files fetched]. */
async function coldSwitch(browser, origin, set, throttle) {
  const { session, page, inflight } = await ready(browser, origin, throttle);
  const fetched = [];
  page.on('request', (r) => fetched.push(r));
  await page.evaluate(ARM, { set, selector: inSet(set) });
  await page.locator(`.att-modules [role=tab][data-set="${set}"]`).click();
  const [dom, painted] = await page.waitForFunction(() => window.__switch, null, { timeout: 60_000 })
    .then((h) => h.jsonValue());
  await quiet(page, inflight);
  let bytes = 0;
  for (const r of fetched) bytes += (await (await r.response())?.body())?.length ?? 0;
  const files = fetched.map((r) => new URL(r.url()).pathname.split('/').pop());
  await session.close();
  return { dom, painted, requests: fetched.length, bytes, files };
}

const { builds, close: closeBuilds } = await serveBuilds();
const browser = await launch();
try {
  // The tabs, as the first build shows them to a fresh profile; all but the one open at start.
  const probe = await ready(browser, builds[0].origin, 1);
  const tabs = await probe.page.locator('.att-modules [role=tab]').evaluateAll((b) => b.map((t) => t.dataset.set));
  const start = probe.open;
  await probe.session.close();
  const others = tabs.filter((t) => t !== start);
  // Runs interleaved (each build, then each module, run after run) so a load on the machine
  // falls on all alike.
  const results = new Map();
  for (const throttle of [1, 4]) {
    for (let r = 0; r < RUNS; r++) {
      for (const set of others) {
        for (const b of builds) {
          const key = `${b.name}|${set}|${throttle}`;
          if (!results.has(key)) results.set(key, []);
          if (process.env.DEBUG) console.error(key);
          results.get(key).push(await coldSwitch(browser, b.origin, set, throttle));
        }
      }
    }
  }
  const f = (x) => x.toFixed(0);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`Module switch, cold (a fresh profile each run), from ${start}: medians / p95 of ${RUNS} runs, ms from the click`);
  console.log(`${builds.length > 1 ? '| build ' : ''}| module | CPU | in the DOM | painted | requests | bytes | fetched |`);
  console.log(`${builds.length > 1 ? '|---' : ''}|---|---|---|---|---|---|---|`);
  for (const set of others) {
    for (const throttle of [1, 4]) {
      for (const b of builds) {
        const runs = results.get(`${b.name}|${set}|${throttle}`);
        const dom = runs.map((x) => x.dom);
        const painted = runs.map((x) => x.painted);
        const reqs = [...new Set(runs.map((x) => x.requests))].join('/');
        const bytes = [...new Set(runs.map((x) => kb(x.bytes)))].join('/');
        const files = [...new Set(runs.map((x) => x.files.join(' ') || 'nothing'))].join(' / ');
        console.log(
          `${builds.length > 1 ? `| ${b.name} ` : ''}| ${set} | ${throttle}× | ${f(median(dom))} / ${f(p95(dom))} | ` +
            `${f(median(painted))} / ${f(p95(painted))} | ${reqs} | ${bytes} | ${files} |`,
        );
      }
    }
  }
} finally {
  await browser.close();
  await closeBuilds();
}
