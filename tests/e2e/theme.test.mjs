// The colour schemes: the widget (and the standalone page) follow prefers-color-scheme; a host
// forces one with theme="light|dark" on the element or mount()'s `theme` option; a wrong theme
// is refused by name; the host's --att-* colours still win; and the keyboard focus is outlined
// on a radio in both schemes, at 3:1 or more against the background.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { FOCUSED, openContext, passFirstScreen, useBrowser } from './harness.mjs';

const env = useBrowser(before, after);

const LIGHT = { bg: 'rgb(255, 255, 255)', fg: 'rgb(27, 31, 36)' };
const DARK = { bg: 'rgb(21, 25, 30)', fg: 'rgb(230, 233, 238)' };

/** The background and text colour the widget in `host` draws, and its native controls' scheme. */
function scheme(page, host = 'att-diligence') {
  return page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot.querySelector('.att-root');
    const s = getComputedStyle(root);
    return { bg: s.backgroundColor, fg: s.color, native: s.colorScheme };
  }, host);
}

/** Every colour variable of the scheme (each `--_` property the stylesheet's :host rule sets) as
 * the widget computes it, and the computed colours of parts drawn in them: to compare two ways
 * to the dark scheme. */
function palette(page) {
  return page.evaluate(() => {
    const shadow = document.querySelector('att-diligence').shadowRoot;
    const names = new Set();
    const walk = (rules) => {
      for (const rule of rules) {
        if (rule.cssRules) walk(rule.cssRules);
        if (rule.selectorText === ':host') for (const name of rule.style) if (name.startsWith('--_')) names.add(name);
      }
    };
    for (const sheet of shadow.styleSheets) walk(sheet.cssRules);
    const root = getComputedStyle(shadow.querySelector('.att-root'));
    const props = ['color', 'background-color', 'border-top-color', 'outline-color', 'color-scheme'];
    const parts = ['.att-root', '.att-header', 'button', 'button:is([aria-selected="true"], [aria-current="true"], [aria-pressed="true"])',
      'fieldset.att-item', 'input[type=radio]', 'textarea', 'summary'].map((sel) => {
      const el = shadow.querySelector(sel);
      if (!el) return [sel, null];
      const s = getComputedStyle(el);
      return [sel, props.map((p) => s.getPropertyValue(p))];
    });
    return [...[...names].map((n) => [n, root.getPropertyValue(n).trim()]), ...parts];
  });
}

async function openPage(session, path = '/') {
  const page = await session.newPage();
  await page.goto(`${env.server.origin}${path}`);
  await passFirstScreen(page.locator('att-diligence'));
  await page.locator('att-diligence').locator('fieldset.att-item').first().waitFor();
  return page;
}

/** WCAG contrast of two computed rgb() colours. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test('the widget and the standalone page follow prefers-color-scheme', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await openPage(session);
  await page.emulateMedia({ colorScheme: 'light' });
  assert.deepEqual(await scheme(page), { ...LIGHT, native: 'light' });
  const body = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await body(), LIGHT.bg);
  const light = await palette(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.deepEqual(await scheme(page), { ...DARK, native: 'dark' });
  assert.equal(await body(), DARK.bg);
  const preferred = await palette(page);
  assert.ok(preferred.every(([, colours]) => colours), JSON.stringify(preferred));
  assert.ok(preferred.filter(([name]) => name.startsWith('--_')).length >= 30, 'the scheme\'s variables are read');
  for (const [i, [sel, colours]] of preferred.entries()) {
    if (sel === '--_radius' || sel === '--_density' || sel === '--_font') continue;
    assert.notDeepEqual(colours, light[i][1], `${sel} changes with the scheme`);
  }
  // theme="dark" under a light preference gives exactly the colours of the preferred dark
  // (theme.css writes the dark scheme twice).
  await page.emulateMedia({ colorScheme: 'light' });
  await page.evaluate(() => document.querySelector('att-diligence').setAttribute('theme', 'dark'));
  assert.deepEqual(await palette(page), preferred);
  await session.close();
});

test('theme="light" and theme="dark" on the element force a scheme; a wrong theme is refused by name', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await openPage(session);
  // Elements made with the attribute already set, as a page author writes them.
  const add = (id, theme) => page.evaluate(([id, theme]) => {
    const el = document.createElement('att-diligence');
    el.id = id;
    el.setAttribute('storage-key', id);
    el.setAttribute('theme', theme);
    window[`${id}Errors`] = [];
    el.addEventListener('att-error', (e) => window[`${id}Errors`].push(e.detail.message));
    document.body.append(el);
  }, [id, theme]);
  await add('forced-light', 'light');
  await add('forced-dark', 'dark');
  await add('forced-auto', 'auto');
  for (const id of ['forced-light', 'forced-dark', 'forced-auto']) {
    await passFirstScreen(page.locator(`#${id}`));
    await page.locator(`#${id}`).locator('fieldset.att-item').first().waitFor();
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.deepEqual(await scheme(page, '#forced-light'), { ...LIGHT, native: 'light' }, 'light under a dark preference');
  assert.deepEqual(await scheme(page, '#forced-dark'), { ...DARK, native: 'dark' });
  assert.deepEqual(await scheme(page, '#forced-auto'), { ...DARK, native: 'dark' }, 'auto follows the preference');
  await page.emulateMedia({ colorScheme: 'light' });
  assert.deepEqual(await scheme(page, '#forced-dark'), { ...DARK, native: 'dark' }, 'dark under a light preference');
  assert.deepEqual(await scheme(page, '#forced-light'), { ...LIGHT, native: 'light' });
  assert.deepEqual(await scheme(page, '#forced-auto'), { ...LIGHT, native: 'light' });

  await add('wrong', 'sepia');
  await page.waitForFunction(() => window.wrongErrors.length > 0);
  const [message] = await page.evaluate(() => window.wrongErrors);
  assert.equal(message, 'att-diligence: option theme: unknown theme "sepia"; use one of auto, light, dark');
  assert.equal(await page.evaluate(() => document.querySelector('#wrong').shadowRoot.childNodes.length), 0);
  await session.close();
});

test('mount({ theme }) sets the scheme, refuses a wrong one by name, and destroy() puts the element back', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await openPage(session);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.evaluate(async () => {
    const { mount } = await import('/att-diligence.js');
    const host = document.createElement('div');
    host.id = 'by-api';
    document.body.append(host);
    window.api = mount(host, { storageKey: 'api', theme: ' Dark ' });
    await window.api.ready;
  });
  await passFirstScreen(page.locator('#by-api'));
  await page.locator('#by-api').locator('fieldset.att-item').first().waitFor();
  assert.equal(await page.locator('#by-api').getAttribute('theme'), 'dark');
  assert.deepEqual(await scheme(page, '#by-api'), { ...DARK, native: 'dark' });
  await page.evaluate(() => window.api.destroy());
  assert.equal(await page.locator('#by-api').getAttribute('theme'), null, 'the attribute mount set is gone');

  const refused = await page.evaluate(async () => {
    const { mount } = await import('/att-diligence.js');
    const host = document.createElement('div');
    document.body.append(host);
    const said = [];
    for (const theme of ['sepia', 7]) {
      try { mount(host, { theme }); said.push(null); } catch (e) { said.push(e.message); }
    }
    return { said, children: host.shadowRoot.childNodes.length, theme: host.getAttribute('theme') };
  });
  assert.deepEqual(refused, {
    said: [
      'att-diligence: option theme: unknown theme "sepia"; use one of auto, light, dark',
      'att-diligence: option theme: the value must be "light", "dark" or "auto"',
    ],
    children: 0,
    theme: null,
  });
  await session.close();
});

test("the host's --att-bg and --att-fg still win over either scheme", async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await openPage(session);
  // Through the CSSOM (the page's CSP refuses style attributes, not this).
  await page.evaluate(() => {
    const el = document.querySelector('att-diligence');
    el.style.setProperty('--att-bg', '#fdf6e3');
    el.style.setProperty('--att-fg', '#073642');
  });
  const host = { bg: 'rgb(253, 246, 227)', fg: 'rgb(7, 54, 66)' };
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    const { bg, fg } = await scheme(page);
    assert.deepEqual({ bg, fg }, host, colorScheme);
  }
  await page.evaluate(() => document.querySelector('att-diligence').setAttribute('theme', 'dark'));
  const { bg, fg } = await scheme(page);
  assert.deepEqual({ bg, fg }, host, 'theme="dark"');
  await session.close();
});

test('the keyboard focus on a radio is outlined, at 3:1 or more, in both schemes', async () => {
  const session = await openContext(env.browser, env.server.origin);
  const page = await openPage(session);
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    // Into the first question's radios from the element before them, by the keyboard.
    const radio = page.locator('att-diligence').locator('fieldset.att-item input[type=radio]').first();
    await radio.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(`(() => {
      const el = ${FOCUSED};
      const s = getComputedStyle(el);
      const bg = getComputedStyle(el.getRootNode().querySelector('.att-root')).backgroundColor;
      return { type: el.type, visible: el.matches(':focus-visible'), style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor, bg };
    })()`);
    assert.equal(ring.type, 'radio', colorScheme);
    assert.ok(ring.visible, `${colorScheme}: the radio matches :focus-visible`);
    assert.notEqual(ring.style, 'none', colorScheme);
    assert.equal(ring.width, '3px', colorScheme);
    const ratio = contrast(ring.color, ring.bg);
    assert.ok(ratio >= 3, `${colorScheme}: focus ring ${ring.color} on ${ring.bg} is ${ratio.toFixed(2)}:1`);
  }
  await session.close();
});
