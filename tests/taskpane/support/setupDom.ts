/**
 * What jsdom lacks and Fluent v9 asks for (reduced-motion queries, observers for overflow and
 * positioning), and the TextDecoder the import job uses. Registered in jest.config.js for the dom project.
 */
import { configure } from "@testing-library/react";
import { TextDecoder as NodeTextDecoder } from "node:util";

// Most views load their script when first opened (App.tsx); under jest that first load also
// compiles the view, which can take longer than findBy's default second on a busy machine.
configure({ asyncUtilTimeout: 5_000 });
// A test's first render of a view compiles its lazy chunk and Fluent's styles in jsdom: seconds
// on a busy 2-core machine. The findBy waits above still fail fast on a wrong screen.
jest.setTimeout(30_000);

if (typeof window !== "undefined") {
  if (!window.matchMedia) {
    window.matchMedia = (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    });
  }
  if (!("ResizeObserver" in window)) {
    class NoResizeObserver {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    Object.defineProperty(window, "ResizeObserver", { value: NoResizeObserver, writable: true });
  }
  // The import job decodes UTF-8 with TextDecoder, as browsers and workers have it; jsdom has not.
  if (!("TextDecoder" in globalThis)) {
    Object.defineProperty(globalThis, "TextDecoder", { value: NodeTextDecoder, writable: true });
  }
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
  // The entry form keeps its draft in localStorage: no test may see another's draft.
  beforeEach(() => window.localStorage.clear());
}

export {};
