// One driver layer over three browser engines, so each journey is written once:
//   chromium: Debian's Chromium through playwright-core (as tests/e2e/harness.mjs launches it);
//   firefox:  Debian's Firefox ESR through puppeteer-core over WebDriver BiDi;
//   webkit:   WebKitGTK's MiniBrowser through WebKitWebDriver and selenium-webdriver (needs an
//             X display: run under xvfb-run).
// A Page opens URLs, evaluates functions in the page and gives Locators; a Locator finds an
// element (by default inside the widget's open shadow root) afresh at each use, as Yew may
// replace nodes between two steps, and clicks and types through the driver, as a person would.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The engines asked for in ATT_ENGINES (comma-separated), all three by default. */
export function enginesFromEnv(value = process.env.ATT_ENGINES) {
  const names = (value ?? ENGINES.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) if (!ENGINES.includes(n)) throw new Error(`ATT_ENGINES: unknown engine "${n}"; use ${ENGINES}`);
  return names;
}

/**
 * In-page: the element a query names, or null. `host` is the selector of the widget's host
 * element (null: the page's own document); `selector` matches inside its shadow root; `text`
 * keeps those whose trimmed text is exactly that, `hasText` those containing it; `label` then
 * takes, inside the match, the control of the <label> with that exact text; `nth` picks one.
 * Serialised into the page: it must use nothing outside itself.
 */
function resolveQuery(q, all) {
  let scope = document;
  if (q.host) {
    const host = document.querySelector(q.host);
    scope = host && host.shadowRoot;
    if (!scope) return all ? [] : null;
  }
  let found = Array.from(scope.querySelectorAll(q.selector));
  if (q.text != null) found = found.filter((e) => e.textContent.trim() === q.text);
  if (q.hasText != null) found = found.filter((e) => e.textContent.includes(q.hasText));
  if (q.label != null) {
    found = found
      .map((e) => Array.from(e.querySelectorAll('label')).find((l) => l.textContent.trim() === q.label))
      .filter(Boolean)
      .map((l) => l.control || scope.getElementById?.(l.htmlFor) || null)
      .filter(Boolean);
  }
  if (all) return found;
  return found[q.nth || 0] || null;
}

/** In-page: what a Locator reads of its element (null when there is none). */
function readQuery(q, what, name) {
  const el = RESOLVE(q, false);
  if (what === 'count') return RESOLVE(q, true).length;
  if (!el) return null;
  switch (what) {
    case 'text':
      return el.textContent;
    case 'attr':
      return el.getAttribute(name);
    case 'prop':
      return el[name];
    case 'visible':
      return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    default:
      throw new Error(`unknown read ${what}`);
  }
}
// readQuery calls resolveQuery by this name once both are sent to the page as one script.
const READ_SRC = `(function(q, what, name) { const RESOLVE = ${resolveQuery}; return (${readQuery})(q, what, name); })`;
const RESOLVE_SRC = `(function(q) { return (${resolveQuery})(q, false); })`;

/** In-page: scrolls the element to the middle of the view until its box is the same two frames
 * running (at most about a second). */
const STEADY_SRC = `(async function(q) {
  const el = (${RESOLVE_SRC})(q);
  if (!el) return false;
  let last = '';
  for (let i = 0; i < 30; i++) {
    el.scrollIntoView({ block: 'center', inline: 'nearest' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const b = el.getBoundingClientRect();
    const now = [b.x, b.y, b.width, b.height].join();
    if (now === last) return true;
    last = now;
  }
  return false;
})`;

/**
 * In-page: records what the widget offers as a download instead of letting the browser save it.
 * The export button runs as for a person (the widget builds a Blob, an object URL and an <a
 * download> it clicks); only that last click, the browser's save step, is taken here, since
 * each engine saves files differently (and MiniBrowser would ask where).
 */
function installCapture() {
  if (window.__attDownloads) return;
  const blobs = new Map();
  const downloads = [];
  window.__attDownloads = downloads;
  const create = URL.createObjectURL;
  URL.createObjectURL = function (obj) {
    const url = create.call(URL, obj);
    if (obj instanceof Blob) blobs.set(url, obj);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    const blob = this.hasAttribute('download') ? blobs.get(this.href) : undefined;
    if (!blob) return click.call(this);
    const entry = { name: this.download, type: blob.type, size: blob.size, ready: false };
    downloads.push(entry);
    blob.arrayBuffer().then((buffer) => {
      const bytes = new Uint8Array(buffer);
      entry.head = String.fromCharCode(...bytes.subarray(0, 4));
      // Text keeps its byte order mark (the CSV starts with one); a workbook is bytes.
      if (!/spreadsheet|zip|octet/.test(blob.type)) entry.text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      entry.ready = true;
    });
  };
}

function readDownloads() {
  return (window.__attDownloads ?? []).map((d) => ({ ...d }));
}

class Locator {
  constructor(page, query) {
    this.page = page;
    this.q = { host: 'att-diligence', nth: 0, ...query };
  }

  /** A narrower locator: `selector` inside this one's selector (whose own filters do not carry over). */
  locator(selector, options = {}) {
    return new Locator(this.page, { host: this.q.host, ...options, selector: `${this.q.selector} ${selector}` });
  }

  describe() {
    const { host, selector, text, hasText, label, nth } = this.q;
    return `${host ?? 'document'} >> ${selector}${text != null ? ` [text="${text}"]` : ''}${hasText != null ? ` [has "${hasText}"]` : ''}${label != null ? ` [label "${label}"]` : ''}${nth ? ` #${nth}` : ''}`;
  }

  read(what, name) {
    return this.page.driver.evaluateSource(READ_SRC, [this.q, what, name ?? null]);
  }

  count() {
    return this.read('count');
  }
  async text() {
    return (await this.waitFor()).read('text');
  }
  async attr(name) {
    return (await this.waitFor()).read('attr', name);
  }
  /** A DOM property of the element: `checked`, `value`, … */
  async prop(name) {
    return (await this.waitFor()).read('prop', name);
  }

  /** Waits until the element is there (`attached`), shown (`visible`) or gone (`detached`). */
  async waitFor({ state = 'attached', timeout = this.page.timeout } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = state === 'visible' ? await this.read('visible') : (await this.read('count')) > (this.q.nth || 0);
      if (state === 'detached' ? !found : found) return this;
      if (Date.now() > deadline) throw new Error(`${this.page.engine}: ${this.describe()} not ${state} within ${timeout} ms`);
      await sleep(100);
    }
  }

  async handle() {
    await this.waitFor();
    const h = await this.page.driver.handle(RESOLVE_SRC, this.q);
    if (!h) throw new Error(`${this.page.engine}: ${this.describe()} went away`);
    return h;
  }

  /** Clicks the element once it is in view and has stopped moving: items far down a long
   * checklist render as they scroll into view (`content-visibility: auto`), which moves what
   * comes after them between the driver's scroll and its click (Playwright waits for a stable
   * box itself; the Firefox and WebKit drivers do not). */
  async click() {
    await this.waitFor();
    await this.page.driver.evaluateSource(STEADY_SRC, [this.q]);
    await this.page.driver.click(await this.handle());
  }
  /** Replaces the control's text by typing `text`. */
  async fill(text) {
    await this.page.driver.fill(await this.handle(), text);
  }
  async setFiles(...paths) {
    await this.page.driver.setFiles(await this.handle(), paths);
  }
  /** Chooses the option of this select whose value is `value`, as a person picking it does
   * (the select's value changes, then a bubbling `change`). */
  async selectOption(value) {
    await this.waitFor();
    const chosen = await this.page.driver.evaluateSource(
      `((q, v) => { const el = (${RESOLVE_SRC})(q); if (!el || ![...el.options].some((o) => o.value === v)) return false;
        el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); return true; })`,
      [this.q, value],
    );
    if (!chosen) throw new Error(`${this.page.engine}: ${this.describe()} has no option ${value}`);
  }
}

export class Page {
  constructor(engine, driver) {
    this.engine = engine;
    this.driver = driver;
    this.timeout = 15_000;
  }

  /** An element inside the widget's shadow root (`host`, by default `att-diligence`). */
  locator(selector, options = {}) {
    return new Locator(this, { selector, ...options });
  }
  /** An element of the page's own document, outside any widget. */
  outside(selector, options = {}) {
    return new Locator(this, { selector, ...options, host: null });
  }

  goto(url) {
    return this.driver.goto(url);
  }
  reload() {
    return this.driver.reload();
  }
  /** Runs `fn(...args)` in the page (awaiting a promise); args and result are JSON. */
  evaluate(fn, ...args) {
    return this.driver.evaluateSource(`(${fn})`, args);
  }
  /** Polls `fn(...args)` in the page until it returns something truthy, and returns that. */
  async waitForFunction(fn, args = [], { timeout = this.timeout, what = String(fn).slice(0, 120) } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const v = await this.evaluate(fn, ...args);
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`${this.engine}: not true within ${timeout} ms: ${what}`);
      await sleep(100);
    }
  }

  /** From now until the next load, files the page offers for download are recorded, not saved. */
  captureDownloads() {
    return this.evaluate(installCapture);
  }
  /** The first `n` recorded downloads, once all are read ({ name, type, size, head, text }). */
  async downloads(n, { timeout = this.timeout } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const all = await this.evaluate(readDownloads);
      if (all.length >= n && all.slice(0, n).every((d) => d.ready)) return all.slice(0, n);
      if (Date.now() > deadline) {
        throw new Error(`${this.engine}: ${n} download(s) expected within ${timeout} ms, ${all.length} offered: ${JSON.stringify(all.map((d) => d.name))}`);
      }
      await sleep(100);
    }
  }

  /** The resources the page loaded from anywhere but `origin` (its own files, blob: and data:). */
  foreignResources(origin) {
    return this.evaluate(
      (origin) => performance.getEntriesByType('resource').map((e) => e.name)
        .filter((u) => !u.startsWith(`${origin}/`) && !/^(blob|data):/.test(u)),
      origin,
    );
  }

  close() {
    return this.driver.close();
  }
}

// ---- the three drivers: each a factory of page drivers with the same few operations ----

async function chromiumEngine() {
  const { launch } = await import('../e2e/harness.mjs');
  const browser = await launch();
  return {
    async newPage() {
      const context = await browser.newContext();
      const page = await context.newPage();
      return {
        goto: (url) => page.goto(url),
        reload: () => page.reload(),
        evaluateSource: (src, args) => page.evaluate(`(${src}).apply(null, ${JSON.stringify(args)})`),
        handle: async (src, q) => (await page.evaluateHandle(`(${src})(${JSON.stringify(q)})`)).asElement(),
        click: (h) => h.click(),
        fill: (h, text) => h.fill(text),
        setFiles: (h, paths) => h.setInputFiles(paths),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

async function firefoxEngine() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      // Nothing of Firefox's own reaches out (the machine has no network besides).
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  return {
    async newPage() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      // Source text, evaluated by the driver (not by the page's own eval, which its CSP refuses).
      return {
        goto: (url) => page.goto(url, { waitUntil: 'load' }),
        reload: () => page.reload({ waitUntil: 'load' }),
        evaluateSource: (src, args) => page.evaluate(`(${src}).apply(null, ${JSON.stringify(args)})`),
        handle: async (src, q) => (await page.evaluateHandle(`(${src})(${JSON.stringify(q)})`)).asElement(),
        click: (h) => h.click(),
        async fill(h, text) {
          await h.evaluate((e) => { e.value = ''; });
          await h.type(text);
        },
        setFiles: (h, paths) => h.uploadFile(...paths),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/**
 * `promise`, or an Error naming `what` once `ms` have passed. WebDriver over HTTP has no timeout
 * of its own: a browser that stops answering would hold the test run for good.
 */
function bounded(promise, ms, what) {
  let timer;
  const late = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

async function webkitEngine() {
  if (!process.env.DISPLAY) throw new Error('webkit: MiniBrowser needs an X display; run under xvfb-run');
  const { WebDriver } = await import('selenium-webdriver');
  const { Executor, HttpClient } = await import('selenium-webdriver/http/index.js');
  const port = await freePort();
  // Our own WebKitWebDriver on 127.0.0.1: selenium's driver manager would try to download one.
  // In a process group of its own, so that closing kills the MiniBrowsers it started too.
  const server = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let log = '';
  server.stderr.on('data', (d) => { log = (log + d).slice(-4000); });
  const killAll = (signal) => {
    try {
      process.kill(-server.pid, signal);
    } catch {
      // already gone
    }
  };
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/status`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 100 || server.exitCode !== null) {
      killAll('SIGKILL');
      throw new Error(`WebKitWebDriver did not start: ${log}`);
    }
    await sleep(100);
  }
  const executor = new Executor(new HttpClient(url));
  const capabilities = {
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  };
  // Every command is bounded: a page load or script may take up to a minute (the driver's own
  // limits below), anything else far less.
  const COMMAND = 90_000;
  return {
    async newPage() {
      // A session is a MiniBrowser of its own, with an ephemeral profile: a fresh profile.
      const driver = await bounded(WebDriver.createSession(executor, capabilities), COMMAND, 'webkit: new session');
      await driver.manage().setTimeouts({ script: 60_000, pageLoad: 60_000 });
      const run = (what, promise) => bounded(promise, COMMAND, `webkit: ${what}`);
      const reveal = (h) => driver.executeScript('arguments[0].scrollIntoView({ block: "center", inline: "center" });', h);
      return {
        goto: (u) => run(`open ${u}`, driver.get(u)),
        reload: () => run('reload', driver.navigate().refresh()),
        // Async scripts: WebDriver's execute/sync does not await a promise in every engine.
        async evaluateSource(src, args) {
          const out = await run('run a script in the page', driver.executeAsyncScript(
            `const done = arguments[arguments.length - 1];
             const args = Array.prototype.slice.call(arguments, 0, -1);
             Promise.resolve().then(() => (${src}).apply(null, args))
               .then((value) => done({ value: value === undefined ? null : value }),
                     (e) => done({ error: String((e && e.stack) || e) }));`,
            ...args,
          ));
          if (out.error) throw new Error(`in the page: ${out.error}`);
          return out.value;
        },
        handle: (src, q) => run('find an element', driver.executeScript(`return (${src})(arguments[0]);`, q)),
        // WebKitWebDriver scrolls nothing inside a shadow root into view, then finds the element
        // "not interactable": scroll first, as a person would, and the driver's click follows.
        click: (h) => run('click', (async () => {
          await reveal(h);
          await h.click();
        })()),
        fill: (h, text) => run('type', (async () => {
          await reveal(h);
          await h.clear();
          await h.sendKeys(text);
        })()),
        setFiles: (h, paths) => run('choose files', h.sendKeys(paths.join('\n'))),
        // A MiniBrowser that does not quit is left to the engine's close, which kills them all.
        close: () => bounded(driver.quit(), 15_000, 'webkit: quit').catch(() => {}),
      };
    },
    async close() {
      killAll('SIGTERM');
      const exited = new Promise((ok) => (server.exitCode !== null || server.signalCode !== null ? ok() : server.once('exit', ok)));
      await bounded(exited, 5_000, 'webkit: driver exit').catch(() => killAll('SIGKILL'));
    },
  };
}

const FACTORIES = { chromium: chromiumEngine, firefox: firefoxEngine, webkit: webkitEngine };

/** Starts an engine: `newPage()` opens a page in a fresh profile; `close()` ends it all. */
export async function startEngine(name) {
  const impl = await FACTORIES[name]();
  return {
    name,
    async newPage() {
      return new Page(name, await impl.newPage());
    },
    close: () => impl.close(),
  };
}
