// The demo host page's own script: mounts a second widget with the JS API and listens to it.
import { mount } from './att-diligence.js';

const widget = mount(document.querySelector('#by-api'), {
  lang: 'en',
  modules: ['screening'],
  storageKey: 'demo-api',
});
const log = document.querySelector('#api-log');
widget.element.addEventListener('att-change', (e) => {
  log.value = `att-change: ${e.detail.what}`;
});
widget.element.addEventListener('att-export', (e) => {
  log.value = `att-export: ${e.detail.filename}`;
});
document.querySelector('#export-register').addEventListener('click', async () => {
  const file = await widget.exportAs('json', 'register');
  log.value = `exportAs gave ${file.name} (${file.size} bytes)`;
});
// For the page's console (and its tests).
window.demoWidget = widget;
