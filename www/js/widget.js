// The <att-diligence> element and the JS API, over the wasm module's `mount`. Where the wasm
// module's companions come from (files beside this module, or inlined in the single-file build)
// is decided by the entry that calls `defineWidget`.
//
// Everything the widget draws lives in an open shadow root with its own stylesheet, so the host
// page's CSS does not reach in and the widget's does not reach out. The widget talks to the
// page only through `att-change` and `att-export` events on the element.

const OPTION_ATTRIBUTES = { lang: 'lang', modules: 'modules', 'storage-key': 'storageKey', theme: 'theme' };
// The wasm module's own words for a destroyed widget (src/embed.rs), for one destroyed before
// the wasm arrived, which the wasm never saw.
const DESTROYED =
  'att-diligence: this widget was destroyed; mount it again (mount(element, options)) to use it';

/**
 * @param {Promise<{ mount: Function }>} wasm the wasm module's exports, once initialised. Not
 *   awaited at the module's top level: WebKit never runs a second module script of the page
 *   that imports a module still in its top-level await (the host's own script beside ours).
 * @param {{ stylesheet: () => Node, worker: (name: 'xlsx' | 'reader' | 'lists') => string | TrustedScriptURL, loadPack: (lang: string) => Promise<string> }} assets
 * @returns {{ mount: (element: HTMLElement, options?: object) => object, ready: Promise<void> }}
 */
export function defineWidget(wasm, assets) {
  const mounted = new WeakMap();
  // Set once the wasm is there, so that a mount after that is drawn (or refused) at once.
  let loaded = null;
  const ready = wasm.then((exports) => {
    loaded = exports;
  });
  // Each mount reports a failed start through its own `ready` and an `att-error` event.
  ready.catch(() => {});

  function mount(element, options = {}) {
    if (!(element instanceof HTMLElement)) {
      throw new TypeError('att-diligence: mount(element, options) needs an element of the page');
    }
    if (mounted.has(element)) {
      throw new Error('att-diligence: this element already shows a widget; call destroy() first');
    }
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const root = document.createElement('div');
    root.className = 'att-root';
    shadow.replaceChildren(assets.stylesheet(), root);
    const emit = (name, detail) => {
      element.dispatchEvent(
        new CustomEvent(`att-${name}`, { detail, bubbles: true, composed: true }),
      );
    };
    // Given to loadPack as its second argument and aborted by destroy(): a language pack
    // still being fetched is not waited for.
    const packs = new AbortController();
    const loadPack = (lang) => assets.loadPack(lang, packs.signal);
    let inner = null;
    let destroyed = false;
    // A language asked for before the wasm arrived: shown once it has.
    let lang = null;
    // The colour scheme is the stylesheet's, from the host's `theme` attribute: the option (once
    // the wasm has accepted it) sets that attribute, and destroy() puts back what was there.
    const themeBefore = element.getAttribute('theme');
    let themed = false;
    const start = (exports) => {
      try {
        inner = exports.mount(root, options, emit, assets.worker, loadPack);
      } catch (e) {
        shadow.replaceChildren();
        mounted.delete(element);
        throw e;
      }
      const theme = options?.theme;
      if (typeof theme === 'string' && theme.trim() !== '') {
        element.setAttribute('theme', theme.trim().toLowerCase());
        themed = true;
      }
      if (lang === null) return;
      try {
        inner.setLang(lang);
      } catch (e) {
        console.error(e);
      }
    };
    let started;
    if (loaded) {
      // The wasm is there: mount now, and a refused option throws here, as the caller expects.
      start(loaded);
      started = Promise.resolve();
    } else {
      started = ready.then(() => {
        if (destroyed) throw new Error(DESTROYED);
        start(loaded);
      });
      // A widget that could not start says so where the page author looks.
      started.catch((e) => {
        if (destroyed) return;
        console.error(e);
        element.dispatchEvent(new CustomEvent('att-error', { detail: { message: String(e?.message ?? e) } }));
      });
    }
    /** The mounted wasm widget; throws if destroyed, or (for the synchronous methods) not there yet. */
    const now = (method) => {
      if (destroyed) throw new Error(DESTROYED);
      if (!inner) throw new Error(`att-diligence: ${method}: the widget is still loading; await widget.ready first`);
      return inner;
    };
    /** For the methods that return a promise: waits for the wasm, but a destroyed widget throws now. */
    const later = (call) => {
      if (destroyed) throw new Error(DESTROYED);
      return inner ? call(inner) : started.then(() => call(now('')));
    };
    const handle = Object.freeze({
      element,
      /** Resolves once the widget is drawn (the wasm loaded); rejects if it could not start. */
      ready: started,
      /** Every assessment and the shipment register, each as its JSON export. */
      getState: () => now('getState').getState(),
      /** Replaces assessments and/or the register; throws, changing nothing, if refused. */
      setState: (state) => now('setState').setState(state),
      /** A Promise of a File: format json|csv|markdown|html|xlsx, target assessment|register. */
      exportAs: (format, target) => later((w) => w.exportAs(String(format), target == null ? undefined : String(target))),
      /** Shows the widget in another language. */
      setLang: (value) => {
        if (destroyed) throw new Error(DESTROYED);
        if (inner) inner.setLang(String(value));
        else lang = String(value);
      },
      /** A Promise of the list loaded from a File, an array of Files (OFAC's three) or a FileList. */
      loadList: (files) => later((w) => w.loadList(files)),
      /** A Promise of [{ name, matches }]: each name screened against the loaded lists. */
      screenNames: (names) => later((w) => w.screenNames(names)),
      /** Removes the widget at any moment; its saved work stays. The other methods then throw. */
      destroy: () => {
        if (mounted.get(element) !== handle) return;
        mounted.delete(element);
        destroyed = true;
        inner?.destroy();
        packs.abort();
        // Chromium keeps a radio button removed from a shadow root in that root's radio
        // group, and with it the whole removed widget: out of every group first.
        for (const radio of shadow.querySelectorAll('input[type="radio"][name]')) radio.removeAttribute('name');
        shadow.replaceChildren();
        if (themed) {
          if (themeBefore === null) element.removeAttribute('theme');
          else element.setAttribute('theme', themeBefore);
        }
      },
    });
    mounted.set(element, handle);
    return handle;
  }

  class AttDiligenceElement extends HTMLElement {
    static observedAttributes = ['lang'];

    /** The handle of the widget this element shows (null before it is connected). */
    get widget() {
      return mounted.get(this) ?? null;
    }

    connectedCallback() {
      if (mounted.has(this)) return;
      const options = {};
      for (const [attribute, option] of Object.entries(OPTION_ATTRIBUTES)) {
        const value = this.getAttribute(attribute);
        if (value !== null && value !== '') options[option] = value;
      }
      try {
        mount(this, options);
      } catch (e) {
        // A wrong attribute is the page author's to fix: say so where they will look.
        console.error(e);
        this.dispatchEvent(new CustomEvent('att-error', { detail: { message: String(e.message ?? e) } }));
      }
    }

    disconnectedCallback() {
      mounted.get(this)?.destroy();
    }

    attributeChangedCallback(name, before, after) {
      if (name === 'lang' && after && before !== after) {
        try {
          mounted.get(this)?.setLang(after);
        } catch (e) {
          console.error(e);
        }
      }
    }
  }

  if (!customElements.get('att-diligence')) {
    customElements.define('att-diligence', AttDiligenceElement);
  }
  return { mount, ready };
}
