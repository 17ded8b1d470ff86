// Entry of the single-file build: the wasm, the stylesheet and the workers are inlined
// (wasm gzip-compressed, base64), so the one HTML file works from disk with no network.
import init, { mount as mountWasm } from '../../target/web/att_diligence.js';
import { css, packsGz, wasmGz, workers } from '../../target/web/inline.js';
import { trustedScriptUrls } from './trusted.js';
import { defineWidget } from './widget.js';

// The bytes of gzip-compressed base64 text. Through streams only, never a Blob: in WebKit a
// worker started from a `blob:` URL of a `file://` page cannot read Blobs, and this runs in
// each worker too (its source is inlined into their scripts, so it uses nothing outside).
async function gunzipBase64(b64) {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const reader = new ReadableStream({
    start(c) {
      c.enqueue(bytes);
      c.close();
    },
  })
    .pipeThrough(new DecompressionStream('gzip'))
    .getReader();
  const parts = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    length += value.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out.buffer;
}

const wasm = gunzipBase64(wasmGz)
  .then((bytes) => init({ module_or_path: bytes }))
  .then(() => ({ mount: mountWasm }));

const workerUrls = {};
const ours = new Set();
const trusted = trustedScriptUrls((url) => ours.has(url));
export const { mount, ready } = defineWidget(
  wasm,
  {
    stylesheet: () => {
      const style = document.createElement('style');
      style.textContent = css;
      return style;
    },
    // A worker starts from a blob: URL (a file:// page cannot start one from a file). A start
    // that fails (its wasm refused) is thrown outside the promise, so that the page hears of it
    // as the worker's error event rather than waiting for its "ready".
    worker: (name) => {
      if (!workerUrls[name]) {
        workerUrls[name] = URL.createObjectURL(
          new Blob(
            [
              workers[name].script,
              `;(${gunzipBase64})(${JSON.stringify(workers[name].wasmGz)}).then((bytes) => wasm_bindgen({ module_or_path: bytes })).catch((e) => setTimeout(() => { throw e; }));`,
            ],
            { type: 'text/javascript' },
          ),
        );
        ours.add(workerUrls[name]);
      }
      return trusted(workerUrls[name]);
    },
    loadPack: async (lang) => {
      if (!packsGz[lang]) throw new Error(`att-diligence: no language pack ${lang}`);
      return new TextDecoder().decode(await gunzipBase64(packsGz[lang]));
    },
  },
);
