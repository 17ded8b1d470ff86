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
    await this.page.locator('.att-set').first().waitFor();
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

  async switchLanguage(name) {
    await this.page.getByRole('button', { name, exact: true }).click();
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
    await this.page.locator('.att-details').getByLabel(label, { exact: true }).fill(value);
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
