// Diagnosis (not a test): where the renderer's main thread spends the time between the first
// programme item entering the DOM and the first frame that paints it, for a returning visitor,
// at 1x and 4x CPU. One Chromium trace per run (devtools.timeline); prints, per run, the
// main-thread work in that window by event (self time, nested events subtracted), and when the
// frame that draws the item was painted (from the trace) against when the first task after that
// frame ran (the in-page mark bench/programme.mjs uses: tasks already queued run before it).
// DETAIL=1 prints the window's events in order.
// Usage: node bench/paint-gap.mjs   (dist/ built);   RUNS=3 THROTTLE=4 for other settings.
import { launch, openContext, passFirstScreen } from '../tests/e2e/harness.mjs';
import { serveBuilds } from './lib/builds.mjs';
import { FIRST_ITEM_PROBE as PROBE } from './lib/first-item.mjs';

const RUNS = Number(process.env.RUNS ?? 2);
const THROTTLES = (process.env.THROTTLE ?? '1,4').split(',').map(Number);

async function trace(context, origin, throttle) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'loading', 'blink'],
    },
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.__painted !== undefined, null, { timeout: 60_000 });
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return events;
}

function analyse(events) {
  const threads = new Map();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  const markOf = (name) => events.find((e) => e.name === name && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b'));
  const first = markOf('att-first-item');
  const painted = markOf('att-painted');
  if (!first || !painted) throw new Error('the marks are not in the trace');
  const main = `${first.pid}:${first.tid}`;
  const within = events
    .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.ts + (e.dur ?? 0) > first.ts && e.ts < painted.ts)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time: each event's duration less its direct children's (events nest on one thread).
  const self = new Map();
  const stack = [];
  for (const e of within) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const start = Math.max(e.ts, first.ts);
    const end = Math.min(e.ts + e.dur, painted.ts);
    const clipped = Math.max(0, end - start);
    self.set(e.name, (self.get(e.name) ?? 0) + clipped);
    if (stack.length) {
      const parent = stack[stack.length - 1].name;
      self.set(parent, (self.get(parent) ?? 0) - clipped);
    }
    stack.push(e);
  }
  if (process.env.DETAIL) {
    // The window's events in order (those over 1 ms), nested ones indented.
    const open = [];
    for (const e of within) {
      while (open.length && open[open.length - 1].ts + open[open.length - 1].dur <= e.ts) open.pop();
      if (e.dur >= 1000) {
        const args = e.name === 'Layout' ? ` ${JSON.stringify(e.args?.beginData ?? {})} ${JSON.stringify(e.args?.endData?.layoutRoots?.length ?? '')}` : e.name === 'FunctionCall' || e.name === 'EvaluateScript' ? ` ${e.args?.data?.url ?? ''}:${e.args?.data?.functionName ?? ''}` : e.name === 'ResourceFetcher::requestResource' ? ` ${e.args?.url ?? ''}` : '';
        console.log(`${'  '.repeat(open.length)}${((e.ts - first.ts) / 1000).toFixed(1)} +${(e.dur / 1000).toFixed(1)} ${e.name}${args}`);
      }
      open.push(e);
    }
  }
  const busy = [...self.values()].reduce((a, b) => a + b, 0);
  // The frame that draws the item: the first paint of the main frame after the item is in the
  // DOM and drawn (not skipped); its end is when that frame went to the compositor.
  const drawn = events.find((e) => e.name === 'att-drawn' && e.pid === first.pid) ?? first;
  const paint = within.find((e) => e.name === 'Paint' && e.ts >= drawn.ts);
  return {
    gap: (painted.ts - first.ts) / 1000,
    busy: busy / 1000,
    framePainted: paint ? (paint.ts + paint.dur - first.ts) / 1000 : NaN,
    top: [...self.entries()].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]).slice(0, 12),
    thread: threads.get(main),
  };
}

const { builds, close } = await serveBuilds();
const browser = await launch();
try {
  for (const build of builds) {
    const session = await openContext(browser, build.origin, {}, { intercept: false });
    await session.context.addInitScript(PROBE);
    const page = await session.newPage();
    await page.goto(`${build.origin}/`);
    await passFirstScreen(page);
    await page.locator('fieldset.att-item').first().waitFor();
    await page.close();
    for (const throttle of THROTTLES) {
      for (let run = 0; run < RUNS; run++) {
        const r = analyse(await trace(session.context, build.origin, throttle));
        console.log(`\n${build.name}, ${throttle}x CPU, run ${run + 1}: first item in the DOM -> its frame painted (trace) ${r.framePainted.toFixed(1)} ms; -> the task after that frame (bench/programme.mjs's "painted") ${r.gap.toFixed(1)} ms; main thread (${r.thread}) busy ${r.busy.toFixed(1)} ms of that`);
        console.log('| event (self time) | ms |\n|---|---|');
        for (const [name, us] of r.top) console.log(`| ${name} | ${(us / 1000).toFixed(1)} |`);
      }
    }
    await session.close();
  }
} finally {
  await browser.close();
  await close();
}
