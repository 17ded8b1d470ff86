// Entry of the single-file build: the wasm, its chunks, the stylesheet and the workers are
// inlined (wasm gzip-compressed, base64), so the one HTML file works from disk with no network.
// The chunks' loader is rewritten at build time to take its bytes from here (scripts/build.mjs).
import init, { mount as mountWasm } from '../../target/web/att_diligence.js';
import { css, packsGz, wasmGz, workers } from '../../target/web/inline.js';
import { gunzipBase64 } from './gunzip.js';
import { trustedScriptUrls } from './trusted.js';
import { defineWidget } from './widget.js';

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
