// Entry of the single-file build: the wasm, the stylesheet and the workers are inlined
// (wasm gzip-compressed, base64), so the one HTML file works from disk with no network.
import init, { mount as mountWasm } from '../../target/web/att_diligence.js';
import { css, packsGz, wasmGz, workers } from '../../target/web/inline.js';
import { defineWidget } from './widget.js';

const gunzipBase64 = (b64) =>
  new Response(
    new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))])
      .stream()
      .pipeThrough(new DecompressionStream('gzip')),
  ).arrayBuffer();

await init({ module_or_path: await gunzipBase64(wasmGz) });

const workerUrls = {};
export const { mount } = defineWidget(
  { mount: mountWasm },
  {
    stylesheet: () => {
      const style = document.createElement('style');
      style.textContent = css;
      return style;
    },
    // A worker starts from a blob: URL (a file:// page cannot start one from a file).
    worker: (name) =>
      (workerUrls[name] ??= URL.createObjectURL(
        new Blob(
          [
            workers[name].script,
            `;(${gunzipBase64})(${JSON.stringify(workers[name].wasmGz)}).then((bytes) => wasm_bindgen({ module_or_path: bytes }));`,
          ],
          { type: 'text/javascript' },
        ),
      )),
    loadPack: async (lang) => {
      if (!packsGz[lang]) throw new Error(`att-diligence: no language pack ${lang}`);
      return new TextDecoder().decode(await gunzipBase64(packsGz[lang]));
    },
  },
);
