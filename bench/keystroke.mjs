// Benchmark (not a test): typing in a note that already holds 1 MB of text.
//   The first item's note is filled by script (its value set, one input event, then idle);
//   each keystroke (Playwright types one character) is then timed from the key event to the
//   next frame, and to the main thread's next idle moment (saving included). The same is
//   measured on a bare <textarea> holding the same text on the same page: what the browser
//   itself takes (layout of 1 MB of text), which no widget code can go below.
//   Afterwards the page is reloaded to check that every character typed was kept.
// Usage: scripts/bench.sh keystroke   (builds dist/ first)   or   node bench/keystroke.mjs
import { launch, openContext, passFirstScreen, serve } from '../tests/e2e/harness.mjs';
import { median } from './lib/stats.mjs';

const KEYS = Number(process.env.KEYS ?? 11);
const NOTE_CHARS = Number(process.env.NOTE_CHARS ?? 1_000_000);

/** In-page expressions: the first item's note (through the widget's shadow root), a bare one. */
const NOTE = `document.querySelector('att-diligence').shadowRoot.querySelector('fieldset.att-item textarea')`;
const BARE = `document.getElementById('bench-bare')`;

/** In-page: resolves once the main thread has been idle (no task waiting) for a moment. */
const IDLE = `() => new Promise((resolve) => requestIdleCallback(() => resolve(performance.now()), { timeout: 60000 }))`;

/** Sets the textarea's value to `chars` characters of prose (lines of 80) and waits until idle. */
async function fill(page, target, chars) {
  return page.evaluate(
    async ({ chars, target, IDLE }) => {
      const idle = eval(IDLE);
      if (target.includes('bench-bare')) {
        const bare = document.createElement('textarea');
        bare.id = 'bench-bare';
        bare.rows = 2;
        document.body.append(bare);
      }
      const line = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\n';
      const area = eval(target);
      const t0 = performance.now();
      area.value = line.repeat(Math.ceil(chars / line.length)).slice(0, chars);
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      await idle();
      // The write-behind to IndexedDB and a second idle moment: the fill is settled.
      await new Promise((r) => setTimeout(r, 500));
      await idle();
      area.focus();
      area.setSelectionRange(area.value.length, area.value.length);
      return performance.now() - t0;
    },
    { chars, target, IDLE },
  );
}

/** Arms the in-page probe for the next keydown on `target`: key -> next frame, key -> idle. */
async function armProbe(page, target) {
  await page.evaluate(
    ({ target, IDLE }) => {
      const idle = eval(IDLE);
      const area = eval(target);
      window.__key = new Promise((resolve) => {
        area.addEventListener(
          'keydown',
          (e) => {
            const t0 = e.timeStamp;
            // A frame callback asked for during the key event runs after the input event and
            // whatever it set off synchronously; a task queued from it runs after the paint.
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = async () => {
                const frame = performance.now() - t0;
                const settled = (await idle()) - t0;
                resolve({ frame, settled });
              };
              channel.port2.postMessage(null);
            });
          },
          { once: true, capture: true },
        );
      });
    },
    { target, IDLE },
  );
}

/** Types KEYS characters at the end of `target`, one at a time, each timed. */
async function typeTimed(page, target) {
  const frames = [];
  const settled = [];
  for (let k = 0; k < KEYS; k++) {
    await armProbe(page, target);
    await page.keyboard.type(String.fromCharCode(97 + (k % 26)));
    const r = await page.evaluate(() => window.__key);
    frames.push(r.frame);
    settled.push(r.settled);
    await page.evaluate(eval(IDLE));
  }
  return { frame: median(frames), settled: median(settled), worst: Math.max(...settled) };
}

const server = await serve();
const browser = await launch();
try {
  const session = await openContext(browser, server.origin);
  const page = await session.newPage();
  await page.goto(`${server.origin}/`);
  await passFirstScreen(page);
  await page.locator('fieldset.att-item').first().waitFor();
  const filled = await fill(page, NOTE, NOTE_CHARS);
  const widget = await typeTimed(page, NOTE);
  await fill(page, BARE, NOTE_CHARS);
  const bare = await typeTimed(page, BARE);
  // Every character typed must be in storage: reload once the last write went out.
  await page.waitForTimeout(1500);
  await page.reload();
  await page.locator('fieldset.att-item').first().waitFor();
  const kept = await page.evaluate(`${NOTE}.value.length`);
  await session.close();
  const f = (x) => `${x.toFixed(1)} ms`;
  const line = (label, r) =>
    `${label}: keystroke -> next frame median ${f(r.frame)}, -> idle median ${f(r.settled)} (worst ${f(r.worst)})`;
  console.log(`note of ${NOTE_CHARS} characters, ${KEYS} keystrokes each; filling it took ${f(filled)} to idle`);
  console.log(line('  widget note     ', widget));
  console.log(line('  bare <textarea> ', bare));
  console.log(
    `  after reload the note holds ${kept} characters (${kept === NOTE_CHARS + KEYS ? 'every keystroke kept' : `expected ${NOTE_CHARS + KEYS}`})`,
  );
} finally {
  await browser.close();
  await server.close();
}
