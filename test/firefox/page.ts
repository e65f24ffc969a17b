import type { KeyInput, Page } from 'puppeteer-core';
import type { UiPage } from '../browser/pages';

/** puppeteer's selector for a button by its accessible name. */
export const button = (name: string) => `::-p-aria([name="${name}"][role="button"])`;

/**
 * A puppeteer page with the Playwright-named methods the shared page helpers
 * use (test/browser/pages.ts). In Firefox a tab that is not in front is hidden
 * and runs neither animation frames nor IntersectionObserver callbacks, which
 * puppeteer's locators wait on: every interaction brings the page to the front
 * first, as a user's would.
 */
export class FirefoxPage implements UiPage {
  constructor(readonly page: Page) {}

  async fill(selector: string, value: string): Promise<void> {
    await this.page.bringToFront();
    // At once, with one input event, as Playwright's fill does (puppeteer would type short values key by key).
    await this.page.locator(selector).fill(value, { typingThreshold: 0 });
  }

  async press(selector: string, key: string): Promise<void> {
    await this.page.bringToFront();
    await this.page.focus(selector);
    await this.page.keyboard.press(key as KeyInput);
  }

  async click(selector: string, options: { button?: 'left' | 'right' } = {}): Promise<void> {
    await this.page.bringToFront();
    await this.page.locator(selector).click(options);
  }

  async textContent(selector: string): Promise<string | null> {
    const element = await this.page.$(selector);
    return element ? element.evaluate((e) => e.textContent) : null;
  }

  inputValue(selector: string): Promise<string> {
    return this.page.$eval(selector, (e) => (e as HTMLInputElement).value);
  }

  async waitFor(selector: string): Promise<void> {
    await this.page.bringToFront();
    await this.page.locator(selector).wait();
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
