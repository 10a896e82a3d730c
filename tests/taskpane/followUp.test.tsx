import { screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { effectId, isoDate, kronor } from "../../src/domain/model/effect";
import { aOneOff, aPeriod } from "../fixtures/effects";
import { fakePort } from "./support/fakePort";
import { renderWithWorkbook } from "./support/render";

const nb = (text: string) => text.replace(/ /g, "\u00a0");

// One-offs dated long before any day the tests run: wholly due, whatever today is.
const partly = aOneOff(500_000, {
  id: effectId("E-delvis"),
  caseName: "Rättade fakturor",
  startDate: isoDate("2025-01-10"),
});
const notAtAll = aOneOff(300_000, {
  id: effectId("E-inget"),
  caseName: "Vite flytt",
  startDate: isoDate("2024-05-01"),
});
const done = aOneOff(100_000, {
  id: effectId("E-klar"),
  caseName: "Klar",
  startDate: isoDate("2024-01-01"),
  status: "Realiserad",
  realised: kronor(100_000),
  realisedDate: isoDate("2024-02-01"),
});

describe("Att följa upp", () => {
  beforeEach(() => {
    renderWithWorkbook(<App initialView={{ name: "followUp" }} />, {
      workbook: fakePort({
        readEffects: async () => ({ effects: [notAtAll, done, partly], invalidRows: [] }),
        readRealisations: async () => ({
          periods: [{ ...aPeriod("2025-02", 100_000), effectId: partly.id }],
          periodRows: [2],
          invalidRows: [],
        }),
      }),
    });
  });

  it("listar det förfallna som inte realiserats fullt, störst läckage först, med läckaget hittills", async () => {
    const list = await screen.findByRole("list", { name: "2 effekter att följa upp" });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((item) => within(item).getByRole("heading").textContent)).toEqual([
      "Rättade fakturor",
      "Vite flytt",
    ]);
    const facts = within(items[0] as HTMLElement)
      .getAllByRole("term")
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(Object.fromEntries(facts)).toEqual({
      "Förfallen kalkylerad effekt": nb("500 000 kr"),
      "Realiserad effekt": nb("100 000 kr"),
      "Effektläckage hittills": nb("400 000 kr"),
    });
  });

  it("har en väg tillbaka till Start", async () => {
    await screen.findByRole("list");
    expect(screen.getByRole("button", { name: /Tillbaka till Start/ })).toBeTruthy();
  });
});
