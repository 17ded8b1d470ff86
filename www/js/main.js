// Entry of dist/att-diligence.js: the wasm, the stylesheet, the workers and the language
// packs sit beside this module, wherever the host page serves it from.
import init, { mount as mountWasm } from '../../target/web/att_diligence.js';
import { trustedScriptUrls } from './trusted.js';
import { defineWidget } from './widget.js';

const here = (file) => new URL(file, import.meta.url).href;

// Not awaited here: the element is defined and `mount` answers at once, each widget drawn
// once the wasm is there (see defineWidget).
const wasm = init({ module_or_path: here('att-diligence.wasm') }).then(() => ({ mount: mountWasm }));

const WORKER_SCRIPTS = new Set(['xlsx', 'reader', 'lists'].map((name) => here(`att-${name}.js`)));
const trusted = trustedScriptUrls((url) => WORKER_SCRIPTS.has(url));

export const { mount, ready } = defineWidget(
  wasm,
  {
    stylesheet: () => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = here('att-diligence.css');
      return link;
    },
    worker: (name) => trusted(here(`att-${name}.js`)),
    // Arabic, French, Russian and Spanish content: fetched the first time it is shown.
    loadPack: async (lang, signal) => {
      const response = await fetch(here(`att-diligence.${lang}.json`), { signal });
      if (!response.ok) throw new Error(`att-diligence: language pack ${lang}: HTTP ${response.status}`);
      return response.text();
    },
  },
);
