// Every view, in English, Chinese and Arabic: axe-core finds no WCAG 2.1 A/AA violation of
// serious or critical impact (contrast included); Arabic is laid out right to left; and each
// view is photographed at 360 px and 1280 px wide (tests/e2e/artifacts/screenshots/) for a
// person to look at. Then the same in the dark scheme (prefers-color-scheme: dark), for the
// views that draw colours of their own, in the three languages.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { openContext, ROOT, useBrowser } from './harness.mjs';

const env = useBrowser(before, after);
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = join(ROOT, 'tests/e2e/artifacts/screenshots');
export const LANGS = ['en', 'zh', 'ar'];

const widget = (page) => page.locator('att-diligence');

async function openSet(page, setId) {
  await widget(page).locator(`.att-modules button[data-set="${setId}"]`).click();
  await widget(page).locator(`.att-set[data-set="${setId}"]`).waitFor();
}

async function screeningPanel(page, panel, ready) {
  await openSet(page, 'att-screening');
  await widget(page).locator(`button[data-panel="${panel}"]`).click();
  await widget(page).locator(ready).first().waitFor();
}

/** What each view's screenshot centres on (below the shared header on a phone). */
const SUBJECT = {
  roles: '.att-roles',
  checklist: 'fieldset.att-item',
  summary: '.att-summary',
  register: '.att-register',
  shipment: '.att-shipment',
  batch: '.att-batch',
  lists: '.att-lists',
  gbv74: '.att-set',
  reassessment: '.att-set',
  resources: '.att-set',
};

async function photograph(page, name, file) {
  await widget(page).locator(SUBJECT[name]).first().scrollIntoViewIfNeeded();
  // Two frames: what a resize or the scroll brought on screen is painted (content-visibility).
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path: file });
}

/** Each view a person can reach, and how to reach it without reading a label. */
export const VIEWS = {
  // The first screen (shown in a fresh profile; asked for again from the header).
  roles: async (page) => {
    await widget(page).locator('button.att-roles-again').click();
    await widget(page).locator('.att-roles').waitFor();
  },
  checklist: (page) => openSet(page, 'att-programme'),
  summary: async (page) => {
    await openSet(page, 'att-programme');
    await widget(page).locator('button[data-view="summary"]').click();
    await widget(page).locator('.att-summary').waitFor();
  },
  register: (page) => screeningPanel(page, 'register', '.att-register'),
  shipment: async (page) => {
    await openSet(page, 'att-screening');
    await widget(page).locator('button.att-new-shipment').click();
    await widget(page).locator('.att-shipment').waitFor();
  },
  batch: (page) => screeningPanel(page, 'batch', '.att-batch'),
  lists: (page) => screeningPanel(page, 'lists', '.att-lists'),
  gbv74: (page) => openSet(page, 'att-gbv74'),
  reassessment: (page) => openSet(page, 'att-reassessment'),
  resources: (page) => openSet(page, 'att-resources'),
};

async function axeViolations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.flat().join(' >> ')),
    }));
  });
}

/** The views the dark scheme is checked on: each colour of the stylesheet is drawn by one. */
export const DARK_VIEWS = ['roles', 'checklist', 'summary', 'register', 'shipment', 'lists', 'gbv74'];

const RUNS = [['light', Object.keys(VIEWS)], ['dark', DARK_VIEWS]]
  .flatMap(([scheme, views]) => LANGS.map((lang) => ({ scheme, views, lang })));

for (const { scheme, views, lang } of RUNS) {
  const suffix = scheme === 'light' ? '' : `-${scheme}`;
  test(`every view in ${lang}, ${scheme}: no serious or critical axe violation; screenshots at 360 and 1280 px`, async () => {
    mkdirSync(SHOTS, { recursive: true });
    // axe-core sets inline styles while it measures: the page's CSP is set aside for it here
    // (every other e2e test holds the widget to that CSP).
    const session = await openContext(env.browser, env.server.origin, { bypassCSP: true });
    const page = await session.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${env.server.origin}/`);
    await widget(page).locator('.att-lang select').selectOption(lang);
    await widget(page).locator(`.att-diligence[lang="${lang}"]`).waitFor();
    const dir = await widget(page).locator('.att-diligence').getAttribute('dir');
    assert.equal(dir, lang === 'ar' ? 'rtl' : 'ltr');
    // The scheme asked for is the one drawn (so the contrast checked is that scheme's).
    const bg = await widget(page).locator('.att-root').evaluate((r) => getComputedStyle(r).backgroundColor);
    assert.equal(bg, scheme === 'dark' ? 'rgb(21, 25, 30)' : 'rgb(255, 255, 255)');
    const failures = [];
    for (const name of views) {
      const reach = VIEWS[name];
      await page.setViewportSize({ width: 1280, height: 900 });
      await reach(page);
      const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      if (serious.length) failures.push({ view: name, scheme, serious });
      await photograph(page, name, join(SHOTS, `${lang}-${name}${suffix}-1280.png`));
      await page.setViewportSize({ width: 360, height: 780 });
      await photograph(page, name, join(SHOTS, `${lang}-${name}${suffix}-360.png`));
      // Nothing is wider than a phone's screen: the page never scrolls sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${lang}/${name}: the page is ${overflow}px wider than 360px`);
    }
    assert.deepEqual(failures, [], JSON.stringify(failures, null, 1));
    await session.close();
  });
}
