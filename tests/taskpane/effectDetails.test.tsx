import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { effectId, isoDate, kronor, type Effect } from "../../src/domain/model/effect";
import { RegistrationsView } from "../../src/taskpane/registrations/RegistrationsView";
import { WorkbookError } from "../../src/workbook/port";
import { anEffect } from "../fixtures/effects";
import { entryFormCalls } from "./support/entryFormStub";
import { fakePort } from "./support/fakePort";
import { renderWithWorkbook, TEST_USER } from "./support/render";

jest.mock("../../src/taskpane/entry/EntryForm", () =>
  jest.requireActual("./support/entryFormStub")
);

const printing = anEffect({ id: effectId("E-1") });

function renderRegistrations() {
  const workbook = fakePort({
    readEffects: async () => ({ effects: [printing], invalidRows: [] }),
  });
  renderWithWorkbook(<RegistrationsView onNavigate={jest.fn()} />, { workbook });
  return workbook;
}

describe("En registrering", () => {
  it("öppnar en registrering med uppgifter och åtgärder, och Redigera visar formuläret", async () => {
    renderRegistrations();
    await userEvent.click(
      (await screen.findAllByRole("button", { name: /Utskrift som tjänst/ }))[0]!
    );
    expect(screen.getByRole("heading", { level: 1, name: "Utskrift som tjänst" })).toBeTruthy();
    expect(screen.getByText("Skrivarbolaget AB")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Markera som realiserad" })).toBeTruthy();

    await userEvent.click(screen.getByRole("button", { name: "Redigera" }));
    expect(screen.getByText("Formulär: edit E-1")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Avbryt formuläret" }));
    expect(screen.getByRole("heading", { level: 1, name: "Utskrift som tjänst" })).toBeTruthy();
  });

  it("Redigera: en kollegas ändring ger Läs in igen, och formuläret sparar sedan mot den nya raden", async () => {
    const workbook = renderRegistrations();
    workbook.updateEffect.mockRejectedValueOnce(
      new WorkbookError("staleEdit", "Registreringen E-1 har ändrats av någon annan.")
    );
    await userEvent.click(await screen.findByRole("button", { name: /Utskrift som tjänst/ }));
    await userEvent.click(screen.getByRole("button", { name: "Redigera" }));
    await userEvent.click(screen.getByRole("button", { name: "Spara formuläret" }));
    expect(await screen.findByText("Registreringen E-1 har ändrats av någon annan.")).toBeTruthy();

    const fresh = { ...printing, comment: "Ändrad av en kollega", lastModified: 46100.5 };
    workbook.readEffects.mockResolvedValue({ effects: [fresh], invalidRows: [] });
    await userEvent.click(screen.getByRole("button", { name: "Läs in igen" }));
    await waitFor(() =>
      expect(entryFormCalls.at(-1)?.mode).toEqual({ kind: "edit", effect: fresh })
    );
    expect(screen.queryByRole("button", { name: "Läs in igen" })).toBeNull();

    await userEvent.click(screen.getByRole("button", { name: "Spara formuläret" }));
    expect(workbook.updateEffect).toHaveBeenLastCalledWith(fresh, expect.anything(), {
      by: TEST_USER,
    });
  });

  const fact = (label: string) =>
    screen.getByText(label, { selector: "dt" }).nextElementSibling as HTMLElement;

  async function open(effect: Effect) {
    const workbook = fakePort({
      readEffects: async () => ({ effects: [effect], invalidRows: [] }),
    });
    renderWithWorkbook(<RegistrationsView onNavigate={jest.fn()} />, { workbook });
    await userEvent.click(await screen.findByRole("button", { name: RegExp(effect.caseName) }));
  }

  it("visar baslinje, annan rapportering, granskningen och vem som gjort vad", async () => {
    await open(
      anEffect({
        id: effectId("E-1"),
        status: "Realiserad",
        realised: kronor(12_000_000),
        realisedDate: isoDate("2026-12-31"),
        reason: "Indexjustering",
        baseline: "Indexjusterat tidigare pris",
        indexName: "KPI",
        avoidedIncreasePercent: 0.035,
        avoidedIncrease: kronor(175_000),
        alsoReportedBy: "Adda",
        alsoReportedRef: "ADDA-2026-17",
        lastModified: 46082 + (14 * 60 + 5) / 1440,
        lastModifiedBy: "Cecilia Carlsson",
        verifiedStage: "Realisering",
        verifiedBy: "Bo Berg",
        verifiedDate: isoDate("2026-03-02"),
        evidence: "https://kommun.sharepoint.com/sites/ekonomi/faktura-4711.pdf",
      })
    );
    expect(screen.getByText("Verifierad realisering")).toBeTruthy();
    expect(fact("Baslinje").textContent).toBe("Indexjusterat tidigare pris");
    expect(fact("Index").textContent).toBe("KPI");
    expect(fact("Undviken höjning (%)").textContent).toBe("3,5\u00a0%");
    expect(fact("Undviken höjning (kr/år)").textContent).toBe("175\u00a0000\u00a0kr");
    expect(fact("Rapporteras även av").textContent).toBe("Adda");
    expect(fact("Referens, annan rapportering").textContent).toBe("ADDA-2026-17");
    expect(fact("Registrerad").textContent).toBe("2026-01-15");
    expect(fact("Registrerad av").textContent).toBe("Anna Andersson");
    expect(fact("Senast ändrad").textContent).toBe("2026-03-01 14:05");
    expect(fact("Senast ändrad av").textContent).toBe("Cecilia Carlsson");
    expect(fact("Verifierad av").textContent).toBe("Bo Berg");
    expect(fact("Verifierad datum").textContent).toBe("2026-03-02");
    const link = within(fact("Underlag")).getByRole("link", { name: /faktura-4711/ });
    expect(link.getAttribute("href")).toBe(
      "https://kommun.sharepoint.com/sites/ekonomi/faktura-4711.pdf"
    );
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");
  });

  it("visar baslinjens beskrivning när baslinjen är Annan, och underlag som inte är en länk som text", async () => {
    await open(
      anEffect({
        id: effectId("E-1"),
        baseline: "Annan",
        baselineNote: "Offert från 2024",
        verifiedStage: "Kalkyl",
        verifiedBy: "Bo Berg",
        verifiedDate: isoDate("2026-03-02"),
        evidence: "Faktura 4711",
      })
    );
    expect(screen.getByText("Verifierad")).toBeTruthy();
    expect(fact("Baslinje, beskrivning").textContent).toBe("Offert från 2024");
    expect(fact("Underlag").textContent).toBe("Faktura 4711");
    expect(within(fact("Underlag")).queryByRole("link")).toBeNull();
  });

  it("märker en rad som ändrats utanför tillägget och säger vad det betyder", async () => {
    await open(anEffect({ id: effectId("E-1"), editedOutside: true, verifiedStage: "Kalkyl" }));
    // The verification does not count on a row changed by hand.
    const badges = [...document.querySelectorAll(".fui-Badge")].map((b) => b.textContent);
    expect(badges).toEqual(["Registrerad", "Ändrad utanför tillägget"]);
    expect(screen.getByText(/godkänd under Granska/)).toBeTruthy();
  });
});
