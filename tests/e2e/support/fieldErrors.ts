/**
 * A validation message as assistive technology meets it: on the field (aria-invalid), tied to
 * it by aria-describedby, and announced (role="alert"), as Fluent's Field wires it.
 */
import type { Locator } from "playwright-core";
import { eventually, plain } from "./eventually";

/** The texts of the alerts that describe `field`. */
export function fieldAlerts(field: Locator): Promise<string[]> {
  return field.evaluate((element) =>
    (element.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => document.getElementById(id))
      .filter((node) => node?.getAttribute("role") === "alert")
      .map((node) => node?.textContent ?? "")
  );
}

/** Waits until the field's one alert reads `message` and the field is marked invalid. */
export async function expectFieldError(field: Locator, message: string): Promise<void> {
  await eventually(async () => {
    expect((await fieldAlerts(field)).map(plain)).toEqual([plain(message)]);
    expect(await field.getAttribute("aria-invalid")).toBe("true");
  });
}

/** Waits until the field has no alert left. */
export async function expectNoFieldError(field: Locator): Promise<void> {
  await eventually(async () => expect(await fieldAlerts(field)).toEqual([]));
}
