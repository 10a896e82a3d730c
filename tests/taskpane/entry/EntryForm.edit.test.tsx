import { screen } from "@testing-library/react";
import { effectId } from "../../../src/domain/model/effect";
import { anEffect } from "../../fixtures/effects";
import { fakePort } from "../support/fakePort";
import { TEST_USER } from "../support/render";
import { alerts, combo, field, registered, renderEntryForm } from "./entryFormKit";

const value = (element: HTMLElement) => (element as HTMLInputElement).value;

describe("redigera och rätta", () => {
  it("sparar ändringar av en registrering med updateEffect", async () => {
    const workbook = fakePort();
    const effect = anEffect();
    const { user } = renderEntryForm({ workbook, mode: { kind: "edit", effect } });
    expect(value(field("Tidigare årlig kostnad"))).toBe("5 000 000");
    await user.clear(field("Ny årlig kostnad"));
    await user.type(field("Ny årlig kostnad"), "2,5 mkr");
    await user.click(screen.getByRole("button", { name: "Spara ändringar" }));
    expect(workbook.updateEffect).toHaveBeenCalledWith(
      effect,
      expect.objectContaining({ newAnnualCost: 2_500_000, annualAmount: 2_500_000 }),
      { by: TEST_USER }
    );
  });

  it("visar en felaktig rads problem direkt och sparar rättelsen med fixInvalidRow", async () => {
    const workbook = fakePort({ fixInvalidRow: async (_row, next) => registered(next) });
    const row = {
      sheetRow: 12,
      id: effectId("E-2026-0009"),
      draft: { ...anEffect(), category: "", contractYears: "sju" },
      issues: [],
    };
    const { user } = renderEntryForm({ workbook, mode: { kind: "fix", row } });
    expect(alerts()).toEqual([
      "Välj en kategori.",
      expect.stringMatching(/^Skriv avtalstiden i år/),
    ]);
    await user.type(combo("Kategori"), "IT");
    await user.clear(field("Avtalstid"));
    await user.type(field("Avtalstid"), "7");
    await user.click(screen.getByRole("button", { name: "Spara rättad rad" }));
    expect(workbook.fixInvalidRow).toHaveBeenCalledWith(
      row,
      expect.objectContaining({ category: "IT", contractYears: 7 }),
      { by: TEST_USER }
    );
  });
});
