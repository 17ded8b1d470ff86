// The views issue 19 changed, photographed at a phone's, a tablet's and a desktop's width
// (360, 768 and 1280 px, 800 px high: what a person sees before scrolling), in English,
// Chinese and Arabic: the first screen, the checklist, the summary and the register. Each
// picture is checked first: the view's subject is on screen and nothing is wider than the
// screen. The test run writes the pictures to tests/e2e/artifacts/screens/ (ignored);
// ATT_REFRESH_IMAGES=1 (scripts/refresh-images.sh) writes them into docs/images/screens/,
// which docs/screens.md shows.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FOCUSED, openContext, passFirstScreen, ROOT, useBrowser } from './harness.mjs';

const env = useBrowser(before, after);
const REFRESH = process.env.ATT_REFRESH_IMAGES === '1';
const DIR = join(ROOT, REFRESH ? 'docs/images/screens' : 'tests/e2e/artifacts/screens');
export const LANGS = ['en', 'zh', 'ar'];
export const WIDTHS = [360, 768, 1280];
const HEIGHT = 800;

const widget = (page) => page.locator('att-diligence');

/** Each view, reached as a person would from a fresh profile in `lang`; what it centres on. */
const VIEWS = {
  roles: { subject: '.att-roles', reach: async () => {} },
  checklist: { subject: 'fieldset.att-item', reach: (page) => passFirstScreen(widget(page)) },
  summary: {
    subject: '.att-summary',
    reach: async (page) => {
      await passFirstScreen(widget(page));
      // A few answers, so the bars have something to show.
      const items = widget(page).locator('fieldset.att-item');
      for (const [i, value] of [[0, 'in_place'], [1, 'partly_in_place'], [2, 'not_in_place'], [3, 'not_applicable']]) {
        await items.nth(i).locator(`input[type=radio][value="${value}"]`).check();
      }
      await widget(page).locator('button[data-view="summary"]').click();
    },
  },
  register: {
    subject: '.att-register',
    reach: async (page) => {
      await widget(page).locator('button.att-role[data-role="logistics"]').click();
      await widget(page).locator('.att-set[data-set="att-screening"]').waitFor();
      // Two shipments recorded, so the register and its chart are not empty.
      for (let i = 0; i < 2; i++) {
        await widget(page).locator('button.att-new-shipment').click();
        await widget(page).locator('.att-shipment').waitFor();
        await widget(page).locator('button[data-panel="register"]').click();
        await widget(page).locator('.att-register').waitFor();
      }
    },
  },
};

for (const lang of LANGS) {
  test(`the changed views in ${lang} at ${WIDTHS.join(', ')} px: on screen, no sideways scroll, photographed`, async () => {
    mkdirSync(DIR, { recursive: true });
    for (const [name, view] of Object.entries(VIEWS)) {
      // A fresh profile at each width: the page as it loads there (the sections sidebar opens
      // only where the widget is wide, for one).
      for (const width of WIDTHS) {
        const session = await openContext(env.browser, env.server.origin, { viewport: { width, height: HEIGHT } });
        const page = await session.newPage();
        await page.goto(`${env.server.origin}/`);
        await widget(page).locator('.att-roles').waitFor();
        await widget(page).locator('.att-lang select').selectOption(lang);
        await widget(page).locator(`.att-diligence[lang="${lang}"]`).waitFor();
        await view.reach(page);
        const subject = widget(page).locator(view.subject).first();
        await subject.waitFor();
        await page.evaluate(`${FOCUSED}?.blur()`);
        // The checklist and the first screen are seen from the top; the others where they are.
        if (name === 'roles' || name === 'checklist') await page.evaluate(() => window.scrollTo(0, 0));
        else await subject.evaluate((e) => e.scrollIntoView({ block: 'start' }));
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const box = await subject.boundingBox();
        assert.ok(box && box.y < HEIGHT && box.y + Math.min(box.height, 40) > 0, `${lang}/${name}/${width}: ${view.subject} is on screen (y=${box?.y})`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${lang}/${name}/${width}: the page is ${overflow}px wider than the screen`);
        await page.screenshot({ path: join(DIR, `${lang}-${name}-${width}.png`), animations: 'disabled' });
        await session.close();
      }
    }
  });
}

test('docs/screens.md shows every picture this test writes, and no other', () => {
  const doc = readFileSync(join(ROOT, 'docs/screens.md'), 'utf8');
  const shown = [...doc.matchAll(/\(images\/screens\/([\w-]+)\.png\)/g)].map((m) => m[1]).sort();
  const written = LANGS.flatMap((l) => Object.keys(VIEWS).flatMap((v) => WIDTHS.map((w) => `${l}-${v}-${w}`))).sort();
  assert.deepEqual(shown, written);
});
