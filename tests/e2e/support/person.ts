/**
 * A person at the keyboard and mouse: every key and click the tests spend goes through here,
 * so the suite can say what a registration costs in effort (issue 6). Text is typed key by
 * key, as a person types it, never filled in at once, unless the test says it is pasted.
 */
import type { Locator, Page } from "playwright-core";

export interface Effort {
  keystrokes: number;
  clicks: number;
}

export class Person {
  readonly #effort: Effort = { keystrokes: 0, clicks: 0 };

  constructor(readonly page: Page) {}

  /** What has been spent so far (a copy: subtract two of them with `effortSince`). */
  get effort(): Effort {
    return { ...this.#effort };
  }

  effortSince(mark: Effort): Effort {
    return {
      keystrokes: this.#effort.keystrokes - mark.keystrokes,
      clicks: this.#effort.clicks - mark.clicks,
    };
  }

  async click(target: Locator): Promise<void> {
    await target.click();
    this.#effort.clicks += 1;
  }

  /** Types into the focused element, one key per character. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.#effort.keystrokes += [...text].length;
  }

  /** One key or a chord ("Control+A" is two keys). */
  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
    this.#effort.keystrokes += keys.split("+").length;
  }

  /** Clicks into a text field, selects what is in it and types over it. */
  async fillIn(field: Locator, text: string): Promise<void> {
    await this.click(field);
    if ((await field.inputValue()) !== "") {
      await this.press("Control+A");
      if (text === "") await this.press("Delete");
    }
    await this.type(text);
  }

  /**
   * Pastes text (one chord, however long): for texts nobody types, such as 201 characters or
   * a hidden control character copied from elsewhere.
   */
  async paste(field: Locator, text: string): Promise<void> {
    await this.click(field);
    await field.fill(text);
    this.#effort.keystrokes += 2;
  }

  /** A native <select>: open it and choose, two clicks. */
  async choose(select: Locator, option: string): Promise<void> {
    await select.selectOption(option);
    this.#effort.clicks += 2;
  }
}
