import axe from "axe-core";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { View } from "../../src/taskpane/shared/navigation";
import { effectId } from "../../src/domain/model/effect";
import { anEffect } from "../fixtures/effects";
import { aReadyInspection, fakePort } from "./support/fakePort";
import { pretendLaidOut } from "./support/laidOut";
import { renderWithWorkbook } from "./support/render";

jest.mock("../../src/taskpane/entry/EntryForm", () =>
  jest.requireActual("./support/entryFormStub")
);

const invalidRow = {
  sheetRow: 9,
  id: null,
  draft: { caseName: "Turbundna resor" },
  issues: [{ field: "oneOffAmount" as const, code: "required", message: "Ange beloppet." }],
};

const handEdited = anEffect({ id: effectId("E-2"), caseName: "Städtjänster", editedOutside: true });
const workbook = () =>
  fakePort({
    readEffects: async () => ({ effects: [anEffect(), handEdited], invalidRows: [invalidRow] }),
  });

async function violations(): Promise<string[]> {
  // jsdom has no layout, so contrast cannot be measured here (the e2e run in Chromium can).
  const results = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
}

describe("axe", () => {
  it.each<[string, View, string]>([
    ["Start", { name: "start" }, "Sammanställning"],
    ["Registreringar", { name: "registrations" }, "Rad 9 – Turbundna resor"],
    ["Listor", { name: "lists" }, "Fordon"],
    ["Sammanställning", { name: "summary" }, "Uppdatera sammanställning"],
    ["Granska", { name: "review" }, "Godkänn ändringen"],
  ])("%s har inga överträdelser", async (_, view, loaded) => {
    renderWithWorkbook(<App initialView={view} />, { workbook: workbook() });
    await screen.findAllByText(new RegExp(loaded));
    expect(await violations()).toEqual([]);
  });

  it("Start med en arbetsbok som saknar mallen har inga överträdelser", async () => {
    const notReady = aReadyInspection({ ready: false, problems: ["Bladet ”Kategori” saknas."] });
    renderWithWorkbook(<App />, { workbook: fakePort({ inspect: async () => notReady }) });
    await screen.findByRole("button", { name: "Skapa mallen i arbetsboken" });
    expect(await violations()).toEqual([]);
  });

  it("realiseringsformuläret med fel har inga överträdelser", async () => {
    renderWithWorkbook(<App initialView={{ name: "registrations" }} />, { workbook: workbook() });
    await userEvent.click(await screen.findByRole("button", { name: /Utskrift som tjänst/ }));
    await userEvent.click(screen.getByRole("button", { name: "Markera som realiserad" }));
    await userEvent.click(screen.getByRole("button", { name: "Spara som realiserad" }));
    expect(await violations()).toEqual([]);
  });

  it("Listor med en vägrad dubblett har inga överträdelser", async () => {
    renderWithWorkbook(<App initialView={{ name: "lists" }} />, { workbook: workbook() });
    await userEvent.type(await screen.findByRole("textbox", { name: "Ny kategori" }), "it");
    await userEvent.click(screen.getAllByRole("button", { name: "Lägg till" })[0]!);
    await screen.findByText(/finns redan/);
    expect(await violations()).toEqual([]);
  });

  it("Verifiera med saknat underlag har inga överträdelser", async () => {
    renderWithWorkbook(<App initialView={{ name: "review" }} />, { workbook: workbook() });
    await userEvent.click(
      await screen.findByRole("button", { name: "Verifiera Utskrift som tjänst" })
    );
    await userEvent.click(screen.getByRole("button", { name: "Verifiera" }));
    await screen.findByText(/Ange underlaget du har kontrollerat/);
    expect(await violations()).toEqual([]);
  });

  it("Verifiera med vägran har inga överträdelser", async () => {
    renderWithWorkbook(<App initialView={{ name: "review" }} />, {
      workbook: workbook(),
      name: "Anna Andersson",
    });
    await userEvent.click(
      await screen.findByRole("button", { name: "Verifiera Utskrift som tjänst" })
    );
    await screen.findByText(/Du registrerade effekten själv/);
    expect(await violations()).toEqual([]);
  });

  it("en registrering med öppen historik har inga överträdelser", async () => {
    const history = fakePort({
      readEffects: async () => ({ effects: [anEffect()], invalidRows: [] }),
      readHistory: async () => [
        {
          time: 46037.4375,
          by: "Anna Andersson",
          id: anEffect().id,
          caseName: "Utskrift som tjänst",
          field: "Ny registrering",
          before: "",
          after: "Nytt avtal, 14 000 000 kr",
          change: "C-0",
        },
      ],
    });
    renderWithWorkbook(<App initialView={{ name: "registrations" }} />, { workbook: history });
    await userEvent.click(await screen.findByRole("button", { name: /Utskrift som tjänst/ }));
    await userEvent.click(screen.getByRole("button", { name: "Visa historik" }));
    await screen.findByText(/Ny registrering:/);
    expect(await violations()).toEqual([]);
  });

  describe("dialogen Vem är du?", () => {
    pretendLaidOut();

    it("med ett saknat namn har inga överträdelser", async () => {
      renderWithWorkbook(<App />, { workbook: workbook(), name: null });
      await userEvent.click(await screen.findByRole("button", { name: "Ange ditt namn" }));
      await userEvent.click(await screen.findByRole("button", { name: "Spara" }));
      await screen.findByText("Skriv ditt namn.");
      expect(await violations()).toEqual([]);
    });
  });

  describe("Godkänn alla", () => {
    pretendLaidOut();
    const twoEdited = () =>
      fakePort({
        readEffects: async () => ({
          effects: [anEffect({ editedOutside: true }), handEdited],
          invalidRows: [],
        }),
      });

    it("frågan har inga överträdelser", async () => {
      renderWithWorkbook(<App initialView={{ name: "review" }} />, { workbook: twoEdited() });
      await userEvent.click(await screen.findByRole("button", { name: "Godkänn alla (2)" }));
      await screen.findByRole("alertdialog", { name: "Godkänn 2 ändrade rader som de står?" });
      expect(await violations()).toEqual([]);
    });

    it("resultatet med rader som ändrats igen har inga överträdelser", async () => {
      const workbook = twoEdited();
      workbook.acceptOutsideEdits.mockResolvedValue({ accepted: [], stale: [handEdited.id] });
      renderWithWorkbook(<App initialView={{ name: "review" }} />, { workbook });
      await userEvent.click(await screen.findByRole("button", { name: "Godkänn alla (2)" }));
      await userEvent.click(await screen.findByRole("button", { name: "Godkänn alla" }));
      await screen.findByText(/1 rad hade ändrats igen/);
      expect(await violations()).toEqual([]);
    });
  });
});
