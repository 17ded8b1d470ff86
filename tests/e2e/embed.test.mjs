// Embedding: the demo host page under the strict CSP, a hostile host stylesheet, two widgets
// side by side, the JS API, and the single-file build opened from disk.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, launch, openContext, passFirstScreen, ROOT, serve } from './harness.mjs';
import { storedNames } from './checklist.page.mjs';

const env = {};
before(async () => {
  env.server = await serve(DIST, { routes: { '/hostile.css': join(ROOT, 'tests/e2e/fixtures/hostile.css') } });
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
  await env.server?.close();
});

/** A widget on the page, by its host element's selector: locators look into its shadow root. */
const widget = (page, host) => page.locator(host);

async function openDemo(session) {
  const page = await session.newPage();
  await page.goto(`${env.server.origin}/embed.html`);
  await widget(page, '#by-element').locator('fieldset.att-item').first().waitFor();
  await widget(page, '#by-api').locator('.att-register').waitFor();
  return page;
}

test('the demo host page shows both ways of embedding under the strict CSP', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await openDemo(session);
  // The response carried the policy, so anything refused would have failed the session.
  const response = await page.goto(`${env.server.origin}/embed.html`);
  assert.match(response.headers()['content-security-policy'], /default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  await widget(page, '#by-element').locator('fieldset.att-item').first().waitFor();
  // The element's attributes: Chinese, the programme module only (its two sets: industry, logistics).
  const el = widget(page, '#by-element');
  assert.equal(await el.locator('.att-diligence').getAttribute('lang'), 'zh');
  assert.equal(await el.locator('.att-modules button').count(), 2);
  // The API's options: English, the screening module only.
  const api = widget(page, '#by-api');
  assert.equal(await api.locator('.att-diligence').getAttribute('lang'), 'en');
  assert.equal(await api.locator('.att-modules button').count(), 1);
  assert.equal(await api.locator('.att-register').count(), 1);
  // Each in its own open shadow root: nothing of the widget is in the page's own tree.
  assert.equal(await page.evaluate(() => document.querySelectorAll('.att-diligence').length), 0);
  await session.close();
});

/** Computed styles and sizes of parts of a widget that a host page might try to restyle. */
function measure(page, host) {
  return page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot;
    const props = ['color', 'background-color', 'font-family', 'font-size', 'font-style', 'line-height', 'letter-spacing',
      'text-transform', 'text-align', 'direction', 'visibility', 'display', 'margin-top', 'padding-top', 'border-top-style', 'white-space'];
    return ['.att-diligence', '.att-header h1', '.att-tabs button', 'fieldset.att-item', 'fieldset.att-item legend',
      'fieldset.att-item input[type=radio]', 'fieldset.att-item label', 'textarea'].map((sel) => {
      const el = root.querySelector(sel);
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      // Sizes only of parts that do not wrap: the host may give the widget a wider or narrower
      // box (its own layout), which reflows text, and that is not restyling the widget.
      const size = /button|input/.test(sel) ? { width: box.width, height: box.height } : {};
      return { sel, ...Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)])), ...size };
    });
  }, host);
}

test('a hostile host stylesheet changes nothing in the widget, and the widget styles nothing of the host', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await openDemo(session);
  await page.setViewportSize({ width: 1280, height: 900 });
  const before = await measure(page, '#by-element');
  const hostButton = () => page.evaluate(() => {
    const s = getComputedStyle(document.querySelector('#export-register'));
    return [s.backgroundColor, s.borderRadius, s.fontFamily];
  });
  // The page's own button keeps the page's own style, widget or not.
  assert.deepEqual(await hostButton(), ['rgb(122, 31, 31)', '999px', 'serif']);

  await page.evaluate(() => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/hostile.css';
    return new Promise((ok) => { link.onload = ok; document.head.append(link); });
  });
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).color), 'rgb(0, 255, 0)', 'the hostile sheet applies to the page');
  assert.deepEqual(await measure(page, '#by-element'), before);
  await session.close();
});

test('theming goes through the documented custom properties', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await openDemo(session);
  // embed-demo.css sets --att-accent on #by-element: the selected module tab is marked in it.
  const pressed = (host) => widget(page, host).locator('.att-tabs [role=tab][aria-selected="true"]')
    .evaluate((b) => getComputedStyle(b).borderTopColor);
  assert.equal(await pressed('#by-element'), 'rgb(122, 31, 31)');
  assert.equal(await pressed('#by-api'), 'rgb(11, 92, 173)', 'the default accent elsewhere');
  await session.close();
});

/** Two programme widgets mounted by the JS API (storage keys "left" and "right"), with the
 * `att-change` events each sends collected in `window.<key>Events`. */
function mountSideBySide(page) {
  return page.evaluate(async () => {
    const { mount } = await import('/att-diligence.js');
    for (const key of ['left', 'right']) {
      const host = document.createElement('div');
      host.id = key;
      document.body.append(host);
      window[key] = mount(host, { modules: 'programme', storageKey: key, lang: 'en' });
      window[`${key}Events`] = [];
      host.addEventListener('att-change', (e) => window[`${key}Events`].push(e.detail.what));
    }
  });
}

test('two widgets side by side keep their own work, and the JS API reads, sets and exports it', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await openDemo(session);
  // Two more programme widgets, mounted by the API with their own storage keys.
  await mountSideBySide(page);
  const left = widget(page, '#left');
  const right = widget(page, '#right');
  await left.locator('fieldset.att-item').first().waitFor();
  await left.locator('fieldset.att-item').first().getByLabel('In place', { exact: true }).check();
  await right.locator('fieldset.att-item').first().getByLabel('Not in place', { exact: true }).check();
  assert.deepEqual(await page.evaluate(() => [window.leftEvents, window.rightEvents]), [['assessment'], ['assessment']]);

  const answers = (key) => page.evaluate((key) => {
    const state = window[key].getState();
    return state.assessments.map((a) => Object.values(a.assessment.responses).map((r) => r.status));
  }, key);
  // One assessment per programme set: the industry one answered, the logistics one untouched.
  assert.deepEqual(await answers('left'), [['in_place'], []]);
  assert.deepEqual(await answers('right'), [['not_in_place'], []]);

  // setState: the right widget takes the left one's state, and shows it at once.
  await page.evaluate(() => window.right.setState(window.left.getState()));
  assert.equal(await right.locator('fieldset.att-item').first().getByLabel('In place', { exact: true }).isChecked(), true);
  assert.deepEqual(await answers('right'), [['in_place'], []]);
  // A refused state throws and changes nothing.
  const refused = await page.evaluate(() => {
    try { window.left.setState({ kind: 'nonsense' }); return null; } catch (e) { return e.message; }
  });
  assert.match(refused, /setState takes what getState returns/);
  assert.deepEqual(await answers('left'), [['in_place'], []]);

  // exportAs: a File, and an att-export event with its name.
  const exported = await page.evaluate(async () => {
    const seen = new Promise((ok) => document.querySelector('#left').addEventListener('att-export', (e) => ok(e.detail), { once: true }));
    const file = await window.left.exportAs('json');
    return { name: file.name, type: file.type, doc: JSON.parse(await file.text()), event: await seen };
  });
  assert.equal(exported.type, 'application/json');
  assert.equal(exported.event.filename, exported.name);
  assert.equal(exported.event.format, 'json');
  assert.equal(exported.doc.kind, 'att-diligence/export');
  const rejected = await page.evaluate(() => window.left.exportAs('pdf').then(() => null, (e) => e.message));
  assert.match(rejected, /unknown format "pdf"; use one of json, csv, markdown, html, xlsx/);

  // A wrong option is refused with a message naming it, and leaves no half-made widget.
  const wrong = await page.evaluate(async () => {
    const { mount } = await import('/att-diligence.js');
    const host = document.createElement('div');
    document.body.append(host);
    try { mount(host, { langauge: 'en' }); return null; } catch (e) { return [e.message, host.shadowRoot.childNodes.length]; }
  });
  assert.match(wrong[0], /unknown option "langauge"/);
  assert.equal(wrong[1], 0);

  // Reload: each keeps its own answers (storage is per storage key).
  await page.reload();
  await mountSideBySide(page);
  await left.locator('fieldset.att-item').first().waitFor();
  assert.deepEqual(await answers('left'), [['in_place'], []]);
  assert.deepEqual(await answers('right'), [['in_place'], []]);

  // destroy() empties the host and keeps the saved work.
  await page.evaluate(() => window.left.destroy());
  assert.equal(await page.evaluate(() => document.querySelector('#left').shadowRoot.childNodes.length), 0);
  const keys = await storedNames(page, '', 'left');
  assert.ok(keys.length > 0, 'saved work stays after destroy');
  await session.close();
});

test('the demo page drives the API: events from the user, exportAs from a button, lang from the attribute', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await openDemo(session);
  const api = widget(page, '#by-api');
  await api.getByRole('button', { name: 'New shipment' }).click();
  assert.equal(await page.locator('#api-log').textContent(), 'att-change: register');
  await page.getByRole('button', { name: 'Export the register with exportAs()' }).click();
  await page.locator('#api-log', { hasText: 'exportAs gave att-register.json' }).waitFor();
  // The host page changes the element's lang attribute: the widget follows.
  await page.evaluate(() => document.querySelector('#by-element').setAttribute('lang', 'en'));
  await widget(page, '#by-element').locator('.att-diligence[lang="en"]').waitFor();
  await session.close();
});

test('the single-file build works from file:// with no network, and keeps work across a reload', async () => {
  const file = join(DIST, 'att-diligence-offline.html');
  const html = readFileSync(file, 'utf8');
  assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+href=/, 'nothing to fetch: no external script or stylesheet');
  // A file:// page's origin is "null": every http(s) request would be foreign and fail the test.
  const session = await openContext(env.browser, 'null');
  const page = await session.newPage();
  await page.goto(pathToFileURL(file).href);
  await passFirstScreen(page.locator('att-diligence'));
  const item = page.locator('att-diligence fieldset.att-item').first();
  await item.getByLabel('Partly in place', { exact: true }).check();
  await page.reload();
  assert.equal(await page.locator('att-diligence fieldset.att-item').first().getByLabel('Partly in place', { exact: true }).isChecked(), true);
  // Even the XLSX worker, inlined, runs from the file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('att-diligence .att-export').getByRole('button', { name: 'Excel workbook (XLSX)' }).click(),
  ]);
  assert.equal(readFileSync(await download.path()).subarray(0, 2).toString(), 'PK');
  await session.close();
});

test('the copy-paste example of the embedding guide is this page, and it works as pasted', async () => {
  const guide = readFileSync(join(ROOT, 'docs/embedding.md'), 'utf8');
  const block = guide.match(/<!-- example:start -->\n```html\n([\s\S]*?)```\n<!-- example:end -->/);
  assert.ok(block, 'the guide has the example block');
  assert.equal(block[1], readFileSync(join(ROOT, 'www/example.html'), 'utf8'), 'the guide shows www/example.html exactly');
  const session = await openContext(env.browser, env.server.origin);
  const page = await session.newPage();
  await page.goto(`${env.server.origin}/example.html`);
  await passFirstScreen(page.locator('att-diligence'));
  const item = page.locator('att-diligence fieldset.att-item').first();
  await item.getByLabel('In place', { exact: true }).check();
  await page.reload();
  assert.equal(await page.locator('att-diligence fieldset.att-item').first().getByLabel('In place', { exact: true }).isChecked(), true);
  const keys = await storedNames(page, '', 'my-site');
  assert.ok(keys.length > 0, 'saved under its storage key');
  await session.close();
});
