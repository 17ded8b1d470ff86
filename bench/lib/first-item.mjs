// In-page probe shared by the benchmarks of the first programme item (not a benchmark itself):
// when the first checklist item enters the DOM, when the frame that draws it (not skipped by
// content-visibility) runs, and the first task after that frame. Each as a window field
// (`__firstItem`, `__shown`, `__painted`, ms since navigation) and as a user-timing mark
// (`att-first-item`, `att-drawn`, `att-painted`) a trace carries. The widget renders in a
// shadow root, so the probe watches each shadow root as it is attached.
export const FIRST_ITEM_PROBE = () => {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    const mark = () => {
      const legend = root.querySelector('fieldset.att-item legend');
      if (!legend) return false;
      window.__firstItem ??= performance.now();
      performance.mark('att-first-item');
      // Each frame until the legend is drawn, not skipped: that frame paints it.
      const frame = () => {
        if (legend.checkVisibility({ contentVisibilityAuto: true })) {
          window.__shown ??= performance.now();
          performance.mark('att-drawn');
          const after = new MessageChannel();
          after.port1.onmessage = () => {
            window.__painted ??= performance.now();
            performance.mark('att-painted');
          };
          after.port2.postMessage(0);
        } else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      return true;
    };
    new MutationObserver((_, obs) => mark() && obs.disconnect()).observe(root, { childList: true, subtree: true });
    return root;
  };
};
