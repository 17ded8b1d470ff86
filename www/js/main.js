// Entry of dist/att-diligence.js: the wasm, the stylesheet and the XLSX worker sit beside this
// module, wherever the host page serves it from.
import init, { mount as mountWasm } from '../../target/web/att_diligence.js';
import { defineWidget } from './widget.js';

const here = (file) => new URL(file, import.meta.url).href;

await init({ module_or_path: here('att-diligence.wasm') });

export const { mount } = defineWidget(
  { mount: mountWasm },
  {
    stylesheet: () => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = here('att-diligence.css');
      return link;
    },
    xlsxWorker: () => here('att-xlsx.js'),
  },
);
