// Page object for the widget on an engine's Page (engine.mjs): what a person sees and does,
// the same calls whichever engine runs underneath.
export class Widget {
  constructor(page, host = 'att-diligence') {
    this.page = page;
    this.host = host;
  }

  /** Opens `url` and waits for the widget's checklist to be on screen. */
  static async open(page, url, host) {
    await page.goto(url);
    const w = new Widget(page, host);
    await w.settled();
    return w;
  }

  at(selector, options = {}) {
    return this.page.locator(selector, { host: this.host, ...options });
  }

  /**
   * Waits until the open module is fully drawn (long checklists render in two passes); the
   * first screen a fresh profile shows (who is working) is skipped on the way.
   */
  async settled() {
    await this.page.waitForFunction(
      (host) => {
        const root = document.querySelector(host)?.shadowRoot;
        root?.querySelector('.att-roles-skip')?.click();
        return !!root && !!root.querySelector('.att-set fieldset.att-item')
          && !root.querySelector('.att-checklist:not([data-rendered])');
      },
      [this.host],
      { timeout: 30_000, what: `the checklist of ${this.host} is drawn` },
    );
  }

  item(id) {
    return this.at(`fieldset.att-item[data-item="${id}"]`);
  }

  /** Chooses an answer by clicking its visible label. */
  async answer(id, label) {
    await this.item(id).locator('label.att-option', { text: label }).click();
    await this.page.waitForFunction(
      (host, id, label) => Array.from(document.querySelector(host).shadowRoot
        .querySelectorAll(`fieldset.att-item[data-item="${id}"] label.att-option`))
        .some((l) => l.textContent.trim() === label && l.control?.checked),
      [this.host, id, label],
      { what: `item ${id} shows the answer “${label}”` },
    );
  }

  /** The answer's token (`partly_in_place`, …) of the checked radio, or null. */
  checked(id) {
    return this.page.evaluate(
      (host, id) => document.querySelector(host).shadowRoot
        .querySelector(`fieldset.att-item[data-item="${id}"] input[type=radio]:checked`)?.value ?? null,
      this.host,
      id,
    );
  }

  note(id) {
    return this.item(id).locator('textarea');
  }

  /** Opens the assessment details (closed at first: the checklist comes first). */
  async openDetails() {
    if (!(await this.at('.att-details').prop('open'))) await this.at('.att-details summary').click();
  }

  detail(label) {
    return this.at('.att-details', { label });
  }

  async progress() {
    return (await this.at('.att-progress').text()).trim();
  }

  async chooseLanguage(lang) {
    await this.at('.att-lang select').selectOption(lang);
  }

  /** Clicks an export button (`json`, `csv`, `markdown`, `html`, `xlsx`). */
  async export(format) {
    await this.at(`.att-export button[data-format="${format}"]`).click();
  }

  async importFile(path) {
    await this.at('.att-import input[type=file]').setFiles(path);
  }

  async assessmentNames() {
    return this.page.evaluate(
      (host) => Array.from(document.querySelector(host).shadowRoot.querySelectorAll('.att-assessment-bar select option'))
        .map((o) => o.textContent.trim()),
      this.host,
    );
  }

  async reload() {
    await this.page.reload();
    await this.settled();
  }
}
