/**
 * jsdom lays nothing out, so Fluent's focus management (tabster) finds no visible element in a
 * modal Dialog: focus stays on the dialog's surface, and tabster then hides the dialog itself
 * from assistive technology, which a browser never does. Tests of a dialog call this in their
 * describe block, so that elements count as shown and focus lands in the dialog as in Excel.
 */
export function pretendLaidOut(): void {
  let restore: (() => void) | null = null;
  beforeEach(() => {
    const offsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetParent");
    Object.defineProperty(HTMLElement.prototype, "offsetParent", {
      configurable: true,
      get(this: HTMLElement) {
        return this.parentElement;
      },
    });
    const rect = jest
      .spyOn(document.body, "getBoundingClientRect")
      .mockReturnValue(new DOMRect(0, 0, 320, 800));
    restore = () => {
      if (offsetParent) Object.defineProperty(HTMLElement.prototype, "offsetParent", offsetParent);
      rect.mockRestore();
    };
  });
  afterEach(() => restore?.());
}
