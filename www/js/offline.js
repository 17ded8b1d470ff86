// Entry of the single-file build: the wasm, the stylesheet and the XLSX worker are inlined
// (wasm gzip-compressed, base64), so the one HTML file works from disk with no network.
import init, { mount as mountWasm } from '../../target/web/att_diligence.js';
import { css, packsGz, wasmGz, xlsxScript, xlsxWasmGz } from '../../target/web/inline.js';
import { defineWidget } from './widget.js';

const gunzipBase64 = (b64) =>
  new Response(
    new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))])
      .stream()
      .pipeThrough(new DecompressionStream('gzip')),
  ).arrayBuffer();

await init({ module_or_path: await gunzipBase64(wasmGz) });

let workerUrl;
export const { mount } = defineWidget(
  { mount: mountWasm },
  {
    stylesheet: () => {
      const style = document.createElement('style');
      style.textContent = css;
      return style;
    },
    // The worker starts from a blob: URL (a file:// page cannot start one from a file).
    xlsxWorker: () =>
      (workerUrl ??= URL.createObjectURL(
        new Blob(
          [
            xlsxScript,
            `;(${gunzipBase64})(${JSON.stringify(xlsxWasmGz)}).then((bytes) => wasm_bindgen({ module_or_path: bytes }));`,
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
