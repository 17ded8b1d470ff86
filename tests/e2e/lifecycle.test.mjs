// The JS API's lifecycle and boundary: what the host passes cannot break the widget (a circular
// or 10,000-deep value is refused by name, and every widget on the page keeps working and
// saving), and destroy() at any moment leaves nothing behind (listeners, channels, timers,
// heap), so a host that mounts and destroys often (React StrictMode, a router) does not leak.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DIST, launch, openContext, passFirstScreen, ROOT, serve } from './harness.mjs';

const env = {};
before(async () => {
  env.server = await serve(DIST, { routes: { '/lifecycle.html': join(ROOT, 'tests/e2e/fixtures/lifecycle.html') } });
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
  await env.server?.close();
});

// Counts listeners, channels, timers and wasm memory from before the page's own scripts.
const COUNTERS = join(ROOT, 'tests/fixtures/js/counters.js');

async function openHost(session) {
  const page = await session.newPage();
  await page.addInitScript({ path: COUNTERS });
  await page.goto(`${env.server.origin}/lifecycle.html`);
  // Not awaiting `ready`: the first widgets are mounted (and destroyed) before the wasm is there.
  await page.evaluate(IN_PAGE);
  return page;
}

/** In the page: the module, `until(ready)` (resolves once `ready()` holds, polling each
 * animation frame) and `drawn(host)` (a widget's checklist once drawn; the first screen, a
 * fresh profile's, is skipped). */
async function IN_PAGE() {
  window.att = await import('/att-diligence.js');
  window.until = async (ready) => {
    while (!ready()) await new Promise((ok) => requestAnimationFrame(ok));
  };
  window.drawn = (host) => {
    host?.shadowRoot?.querySelector('.att-roles-skip')?.click();
    return host?.shadowRoot?.querySelector('.att-diligence fieldset.att-item');
  };
}

/** What the page holds: listeners (by Chromium's own count too), channels, timers, memory. */
async function measure(page, cdp) {
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    // Finalizers (wasm-bindgen frees a handle's Rust side in one) run after a collection.
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(ok)));
  }
  const chromium = {};
  for (const target of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    chromium[target] = listeners.length;
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  }
  // The widget trees still alive anywhere (attached or not) are the page's count (counters.js):
  // CDP's Runtime.queryObjects crashes Chromium 156's renderer on the widget whose wasm is cut
  // into chunks (its function table is exported to them), where heap snapshots do not.
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { ...(await page.evaluate(() => window.lifecycleCounts())), chromium, heap: usedSize };
}

/** Measures until what was left behind has gone (or 15 s have passed): the last measure. */
async function settled(page, cdp, start) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const now = await measure(page, cdp);
    const back = now.listeners.length === start.listeners.length && now.channels === start.channels
      && now.timers === start.timers;
    if (back || Date.now() > deadline) return now;
    await page.waitForTimeout(200);
  }
}

const MB = 1024 * 1024;

test('mount and destroy 50 times at once and 50 after rendering, and an element added and removed: nothing is left behind', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await openHost(session);
  const cdp = await page.context().newCDPSession(page);
  const start = await measure(page, cdp);
  // The count sees a live tree: one widget drawn counts, and is gone once destroyed.
  await page.evaluate(async () => {
    window.probe = window.att.mount(document.querySelector('#host'), { storageKey: 'leak' });
    await window.until(() => window.drawn(document.querySelector('#host')));
  });
  assert.equal((await measure(page, cdp)).trees, 1, 'a drawn widget is one tree');
  await page.evaluate(() => { window.probe.destroy(); window.probe = undefined; });

  const cycles = () => page.evaluate(async () => {
    const host = document.querySelector('#host');
    const drawn = () => window.drawn(host);
    // Some in French: its language pack is being fetched when destroy() comes.
    const options = (i) => ({ storageKey: 'leak', lang: i % 3 === 0 ? 'fr' : 'en' });
    // At once: destroyed before the first render.
    for (let i = 0; i < 50; i++) window.att.mount(host, options(i)).destroy();
    // After rendering.
    for (let i = 0; i < 50; i++) {
      const w = window.att.mount(host, options(i));
      await window.until(drawn);
      w.destroy();
    }
    // At moments around the start: while storage opens, during the first render, after it.
    for (let i = 0; i < 20; i++) {
      const w = window.att.mount(host, options(i));
      await new Promise((ok) => setTimeout(ok, i));
      w.destroy();
    }
    // The element, added and at once removed, and removed once it has rendered.
    for (let i = 0; i < 50; i++) {
      const el = document.createElement('att-diligence');
      el.setAttribute('storage-key', 'leak');
      document.body.append(el);
      if (i >= 25) await window.until(() => window.drawn(el));
      el.remove();
    }
  });
  await cycles();
  const end = await settled(page, cdp, start);
  // Again: wasm memory never shrinks, so the first round shows its high-water mark (50 widgets
  // starting at once); the second shows whether anything is kept.
  await cycles();
  const again = await settled(page, cdp, start);
  const figures = {
    listeners: [start.listeners.length, end.listeners.length],
    chromiumListeners: [start.chromium, end.chromium],
    channels: [start.channels, end.channels],
    timers: [start.timers, end.timers],
    widgetTrees: [start.trees, end.trees],
    heapMB: [start.heap / MB, end.heap / MB].map((n) => +n.toFixed(2)),
    wasmMB: [start.wasmBytes / MB, end.wasmBytes / MB].map((n) => +n.toFixed(2)),
    secondRound: { listeners: again.listeners.length, channels: again.channels, timers: again.timers, widgetTrees: again.trees,
      heapMB: +(again.heap / MB).toFixed(2), wasmMB: +(again.wasmBytes / MB).toFixed(2) },
  };
  console.log('lifecycle: 170 mounts and destroys, [start, end]:', JSON.stringify(figures), 'left:', end.listeners);

  assert.deepEqual(end.listeners, start.listeners, 'the listeners on window and document are back to their starting set');
  assert.deepEqual(end.chromium, start.chromium, "Chromium's own count of listeners on window and document is back to its start");
  assert.equal(end.channels, start.channels, 'no BroadcastChannel left open');
  assert.equal(end.timers, start.timers, 'no timer left pending');
  assert.equal(end.trees, 0, 'no widget tree (drawn and removed) is kept alive');
  assert.equal(again.trees, 0, 'no widget tree is kept alive after a second round');
  // A widget left alive was about 1 MB of heap: 170 of them would be well over this bound.
  assert.ok(end.heap - start.heap < 5 * MB, `the JS heap grew ${((end.heap - start.heap) / MB).toFixed(2)} MB`);
  assert.deepEqual([again.listeners, again.channels, again.timers], [start.listeners, start.channels, start.timers]);
  assert.ok(again.heap - start.heap < 5 * MB, `after 340 cycles the JS heap grew ${((again.heap - start.heap) / MB).toFixed(2)} MB`);
  // Widgets kept alive were about 1.4 MB of wasm memory each (239 MB after 170 before the fix).
  assert.ok(again.wasmBytes - end.wasmBytes < 16 * MB, `the second round grew the wasm memory ${((again.wasmBytes - end.wasmBytes) / MB).toFixed(2)} MB`);

  // Mounted again on the same element: exactly one widget, and the element added earlier is gone.
  const tree = await page.evaluate(async () => {
    const host = document.querySelector('#host');
    window.again = window.att.mount(host, { storageKey: 'leak' });
    await window.until(() => window.drawn(host));
    return {
      roots: host.shadowRoot.querySelectorAll('.att-root').length,
      widgets: host.shadowRoot.querySelectorAll('.att-diligence').length,
      headers: host.shadowRoot.querySelectorAll('.att-header').length,
      elements: document.querySelectorAll('att-diligence').length,
    };
  });
  assert.deepEqual(tree, { roots: 1, widgets: 1, headers: 1, elements: 0 });

  // After destroy(), every method says the widget was destroyed; destroy() again does nothing.
  const after = await page.evaluate(() => {
    const w = window.again;
    w.destroy();
    const said = (call) => {
      try {
        call();
        return 'no error';
      } catch (e) {
        return e.message;
      }
    };
    return {
      getState: said(() => w.getState()),
      setState: said(() => w.setState({})),
      exportAs: said(() => w.exportAs('json')),
      setLang: said(() => w.setLang('fr')),
      loadList: said(() => w.loadList([])),
      screenNames: said(() => w.screenNames(['x'])),
      destroy: said(() => w.destroy()),
      shadow: document.querySelector('#host').shadowRoot.childNodes.length,
    };
  });
  const destroyed = 'att-diligence: this widget was destroyed; mount it again (mount(element, options)) to use it';
  assert.deepEqual(after, {
    getState: destroyed, setState: destroyed, exportAs: destroyed, setLang: destroyed,
    loadList: destroyed, screenNames: destroyed, destroy: 'no error', shadow: 0,
  });
  await session.close();
});

test('a circular or 10,000-deep value given to setState or mount is refused by name; every widget keeps working and saving', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await openHost(session);
  const mountBoth = () => page.evaluate(async () => {
    window.w = window.att.mount(document.querySelector('#host'), { storageKey: 'bounds', lang: 'en' });
    window.other = window.att.mount(document.querySelector('#other'), { storageKey: 'bounds-other', lang: 'en' });
    await window.until(() => ['#host', '#other'].every((h) => window.drawn(document.querySelector(h))));
  });
  await mountBoth();
  const before = await page.evaluate(() => JSON.stringify(window.w.getState().assessments));

  const refused = await page.evaluate(() => {
    const said = (call) => {
      try {
        call();
        return 'no error';
      } catch (e) {
        return `${e.constructor.name}: ${e.message}`;
      }
    };
    const nested = (depth) => {
      const top = {};
      let at = top;
      for (let i = 0; i < depth; i++) at = at.next = {};
      return top;
    };
    const circular = window.w.getState();
    circular.assessments[0].again = circular;
    const deep = { kind: 'att-diligence/state', format: 1, assessments: [nested(10_000)] };
    let deepList = [];
    for (let i = 0; i < 10_000; i++) deepList = [deepList];
    const loop = {};
    loop.loop = loop;
    return {
      circular: said(() => window.w.setState(circular)),
      deep: said(() => window.w.setState(deep)),
      deepList: said(() => window.w.setState(deepList)),
      // The options cross the same boundary.
      mountCircular: said(() => window.att.mount(document.createElement('div'), loop)),
      mountDeep: said(() => window.att.mount(document.createElement('div'), { lang: nested(10_000) })),
    };
  });
  const says = (call, what) => `Error: att-diligence: ${call}: ${what}`;
  assert.deepEqual(refused, {
    circular: says('setState', 'the value refers to itself (a circular object); pass plain JSON data'),
    deep: says('setState', 'the value is nested more than 128 levels deep'),
    deepList: says('setState', 'the value is nested more than 128 levels deep'),
    mountCircular: says('mount', 'the value refers to itself (a circular object); pass plain JSON data'),
    mountDeep: says('mount', 'the value is nested more than 128 levels deep'),
  });

  // Nothing changed, and both widgets still answer.
  assert.equal(await page.evaluate(() => JSON.stringify(window.w.getState().assessments)), before);
  assert.equal(await page.evaluate(() => window.other.getState().kind), 'att-diligence/state');
  // The user's work is still saved: an item completed now is there after a reload.
  const item = page.locator('#host fieldset.att-item').first();
  await item.getByLabel('In place', { exact: true }).check();
  const other = page.locator('#other fieldset.att-item').first();
  await other.getByLabel('Not in place', { exact: true }).check();
  await page.reload();
  await page.evaluate(IN_PAGE);
  await mountBoth();
  assert.equal(await page.locator('#host fieldset.att-item').first().getByLabel('In place', { exact: true }).isChecked(), true);
  assert.equal(await page.locator('#other fieldset.att-item').first().getByLabel('Not in place', { exact: true }).isChecked(), true);
  await session.close();
});

test('mounted before the wasm is there: the widget draws once it arrives, in the language asked meanwhile; exportAs waits, getState says to wait', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  // A slow connection: the wasm arrives a second and a half after it is asked for.
  await page.route('**/att-diligence.wasm', async (route) => {
    await new Promise((ok) => setTimeout(ok, 1500));
    await route.continue();
  });
  await page.goto(`${env.server.origin}/lifecycle.html`);
  const early = await page.evaluate(async () => {
    const att = await import('/att-diligence.js');
    const w = att.mount(document.querySelector('#host'), { storageKey: 'early', lang: 'en' });
    w.setLang('fr');
    let getState;
    try {
      w.getState();
      getState = 'no error';
    } catch (e) {
      getState = e.message;
    }
    const file = w.exportAs('json');
    const drawnBeforeReady = Boolean(document.querySelector('#host').shadowRoot.querySelector('fieldset.att-item'));
    await w.ready;
    const exported = await file;
    return { getState, drawnBeforeReady, exported: exported.name, kind: JSON.parse(await exported.text()).kind, state: w.getState().kind };
  });
  assert.deepEqual(early, {
    getState: 'att-diligence: getState: the widget is still loading; await widget.ready first',
    drawnBeforeReady: false,
    exported: early.exported,
    kind: 'att-diligence/export',
    state: 'att-diligence/state',
  });
  assert.match(early.exported, /\.json$/);
  await passFirstScreen(page.locator('#host'));
  await page.locator('#host .att-diligence[lang="fr"] fieldset.att-item').first().waitFor();
  // Destroyed before the wasm came: it never draws, and its ready says why.
  await page.reload();
  const gone = await page.evaluate(async () => {
    const att = await import('/att-diligence.js');
    const host = document.querySelector('#other');
    const w = att.mount(host, { storageKey: 'early' });
    w.destroy();
    const why = await w.ready.then(() => 'ready', (e) => e.message);
    await att.ready;
    await new Promise((ok) => setTimeout(ok, 200));
    return { why, children: host.shadowRoot.childNodes.length };
  });
  assert.deepEqual(gone, {
    why: 'att-diligence: this widget was destroyed; mount it again (mount(element, options)) to use it',
    children: 0,
  });
  await session.close();
});
