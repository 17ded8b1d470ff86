import { passFirstScreen } from './harness.mjs';

// Page object for the checklist: what a person sees and does, in their words.
export class Checklist {
  constructor(page, origin) {
    this.page = page;
    this.origin = origin;
  }

  async open() {
    await this.page.goto(`${this.origin}/`);
    await this.settled();
    return this;
  }

  /** Waits until the open module is fully on screen (long checklists render in two passes). */
  async settled() {
    await passFirstScreen(this.page);
    // Inside the widget's shadow root, which a document-level query does not see.
    await this.page.waitForFunction(() => {
      const root = document.querySelector('att-diligence')?.shadowRoot;
      return !!root && !root.querySelector('.att-checklist:not([data-rendered])');
    });
  }

  firstItem() {
    return this.page.locator('fieldset.att-item').first();
  }

  item(id) {
    return this.page.locator(`fieldset.att-item[data-item="${id}"]`);
  }

  /** Chooses an answer by its visible label, as a person clicks it. */
  async answer(item, label) {
    await item.getByLabel(label, { exact: true }).check();
  }

  async writeNote(item, text) {
    await item.locator('textarea').fill(text);
  }

  /** Opens a module (a question set) from the module navigation. */
  async openModule(setId) {
    await this.page.locator(`.att-modules button[data-set="${setId}"]`).click();
    await this.page.locator(`.att-set[data-set="${setId}"]`).waitFor();
    await this.settled();
  }

  /** Chooses the interface language by its name, in the one language control. */
  async switchLanguage(name) {
    await this.page.locator('.att-lang select').selectOption({ label: name });
  }

  async loadCustomSet(path) {
    await this.page.locator('.att-custom input[type=file]').setInputFiles(path);
  }

  /** The items of a section, in order. */
  itemsOf(sectionId) {
    return this.page.locator(`section[id$="-${sectionId}"] fieldset.att-item`);
  }

  async fill(item, label, value) {
    await item.getByLabel(label, { exact: true }).fill(value);
  }

  async fillDetail(label, value) {
    await this.openDetails();
    await this.page.locator('.att-details').getByLabel(label, { exact: true }).fill(value);
  }

  /** Opens the assessment details (closed at first: the checklist comes first). */
  async openDetails() {
    const details = this.page.locator('.att-details');
    if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  }

  async showSummary() {
    await this.page.getByRole('button', { name: 'Summary and action plan' }).click();
    await this.page.locator('.att-summary').waitFor();
  }

  async showChecklist() {
    await this.page.getByRole('button', { name: 'Checklist', exact: true }).click();
    await this.page.locator('.att-checklist').waitFor();
  }

  async filter(name) {
    await this.page.locator('.att-filter').getByLabel(name, { exact: true }).check();
  }

  visibleItems() {
    return this.page.locator('section.att-section:not([hidden]) fieldset.att-item');
  }

  assessmentSelect() {
    return this.page.getByLabel('Assessment', { exact: true });
  }

  async assessmentNames() {
    return this.assessmentSelect().locator('option').allTextContents();
  }

  async bar(button) {
    await this.page.locator('.att-assessment-bar').getByRole('button', { name: button, exact: true }).click();
  }

  async newShipment() {
    await this.page.locator('button.att-new-shipment').click();
    await this.page.locator('.att-shipment').waitFor();
  }

  async reload() {
    await this.page.reload();
    await this.settled();
  }

  async progress() {
    return (await this.page.locator('.att-progress').textContent()).trim();
  }
}

// The widget's stored values, as the browser holds them: IndexedDB database `att-diligence`,
// object store `kv`, one text value per namespaced key `att-diligence:v1:<storageKey>:<name>`.
// Writes reach it shortly after the change on screen (write-behind), so the readers below poll.

export const DB_NAME = 'att-diligence';
export const DB_STORE = 'kv';

/** The full key of a stored value. */
export function storageKeyOf(name, storageKey = 'default') {
  return `att-diligence:v1:${storageKey}:${name}`;
}

/**
 * Every stored value whose full key starts with `prefix`, as an object key → text (empty if the
 * widget has made no database yet: this never creates one). With `{ exact: true }`, only the
 * value under the key `prefix` itself. Closes its connection.
 */
export function readDatabase(page, prefix, { exact = false } = {}) {
  return page.evaluate(
    async ([name, store, prefix, exact]) => {
      if (!(await indexedDB.databases()).some((d) => d.name === name)) return {};
      return new Promise((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            resolve({});
            return;
          }
          const range = exact ? IDBKeyRange.only(prefix) : IDBKeyRange.bound(prefix, `${prefix}\uffff`);
          const t = db.transaction(store);
          const keys = t.objectStore(store).getAllKeys(range);
          const values = t.objectStore(store).getAll(range);
          t.oncomplete = () => {
            db.close();
            resolve(Object.fromEntries(keys.result.map((k, i) => [k, values.result[i]])));
          };
          t.onerror = () => {
            db.close();
            reject(t.error);
          };
        };
      });
    },
    [DB_NAME, DB_STORE, prefix, exact],
  );
}

/** The full keys stored that start with `prefix` (keys only: cheap on a large register). */
export function databaseKeys(page, prefix) {
  return page.evaluate(
    async ([name, store, prefix]) => {
      if (!(await indexedDB.databases()).some((d) => d.name === name)) return [];
      return new Promise((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            resolve([]);
            return;
          }
          const q = db.transaction(store).objectStore(store).getAllKeys(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
          q.onsuccess = () => {
            db.close();
            resolve(q.result);
          };
          q.onerror = () => {
            db.close();
            reject(q.error);
          };
        };
      });
    },
    [DB_NAME, DB_STORE, prefix],
  );
}

/**
 * Puts values (full key → text) into the database, as an earlier start of the widget would have
 * (creating it as the widget does, version 1 with the one store, if it is not there yet).
 */
export function writeDatabase(page, values) {
  return page.evaluate(
    ([name, store, values]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => open.result.createObjectStore(store);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const t = db.transaction(store, 'readwrite');
          for (const [k, v] of Object.entries(values)) t.objectStore(store).put(v, k);
          t.oncomplete = () => {
            db.close();
            resolve();
          };
          t.onerror = () => {
            db.close();
            reject(t.error);
          };
        };
      }),
    [DB_NAME, DB_STORE, values],
  );
}

async function poll(read, until, timeout, describe) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await read();
    if (until(last)) return last;
    if (Date.now() > deadline) {
      const seen = last === undefined ? 'nothing' : JSON.stringify(last).slice(0, 300);
      throw new Error(`${describe}: not as expected in IndexedDB within ${timeout} ms; last seen: ${seen}`);
    }
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/**
 * The text the widget stored under `name` (e.g. 'lists', 'assessment:att-programme-1') for its
 * `storageKey`, once `until(text)` holds (by default: once there is any), polling IndexedDB for
 * up to `timeout` ms; fails with the last value seen otherwise.
 */
export function stored(page, name, storageKey = 'default', { until = (v) => v !== undefined, timeout = 10_000 } = {}) {
  const key = storageKeyOf(name, storageKey);
  return poll(
    async () => (await readDatabase(page, key, { exact: true }))[key],
    until,
    timeout,
    `the stored value “${name}” (key ${key})`,
  );
}

/**
 * The names (without the `att-diligence:v1:<storageKey>:` part) of the values stored for
 * `storageKey` whose name starts with `prefix`, once `until(names)` holds (by default: once
 * there is any), polling as `stored` does.
 */
export function storedNames(page, prefix = '', storageKey = 'default', { until = (n) => n.length > 0, timeout = 10_000 } = {}) {
  const base = storageKeyOf('', storageKey);
  return poll(
    async () => (await databaseKeys(page, base + prefix)).map((k) => k.slice(base.length)).sort(),
    until,
    timeout,
    `the stored names starting “${prefix}” of storage key “${storageKey}”`,
  );
}
