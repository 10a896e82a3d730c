import { screen, within } from "@testing-library/react";
import { StartFigures } from "../../src/taskpane/start/StartFigures";
import { isoDate } from "../../src/domain/model/effect";
import { eHandel, theRealisedContract } from "../fixtures/effects";
import { fakePort } from "./support/fakePort";
import { renderWithWorkbook } from "./support/render";

const nb = (text: string) => text.replace(/ /g, "\u00a0");

const contract = theRealisedContract();

function figuresOf(period: string): Record<string, string | null | undefined> {
  const box = screen.getByRole("region", { name: period });
  return Object.fromEntries(
    within(box)
      .getAllByRole("term")
      .map((term) => [term.textContent, term.nextElementSibling?.textContent])
  );
}

describe("Starts sammanställning", () => {
  const onFollowUp = jest.fn();
  beforeEach(() => {
    renderWithWorkbook(
      <StartFigures
        effects={[contract, eHandel()]}
        periods={[]}
        invalidPeriodRows={[]}
        onFollowUp={onFollowUp}
        today={isoDate("2026-12-02")}
      />,
      { workbook: fakePort() }
    );
  });

  it("visar hela avtalstiden som bladet Sammanställning", () => {
    expect(figuresOf("Hela avtalstiden")).toEqual({
      "Kalkylerad effekt": nb("14 mkr"),
      "Realiserad effekt": nb("11 mkr"),
      Effektläckage: nb("3 mkr"),
      "Sparade timmar": nb("8 000 timmar"),
    });
  });

  it("ställer det realiserade mot det som förfallit t.o.m. idag, inte mot ett år (85 %, inte 550 %)", () => {
    expect(figuresOf("Förfallet t.o.m. 2026-12-02")).toEqual({
      "Kalkylerad effekt som förfallit": nb("13 mkr"),
      "Realiserad effekt": nb("11 mkr"),
      Realiseringsgrad: nb("85 %"),
    });
  });

  it("ställer årets realiserade mot årets förfallna prognos (ett ensamt belopp på sitt datum)", () => {
    expect(figuresOf("Budgetår 2026")).toEqual({
      "Kalkylerad effekt": nb("2 mkr"),
      "Kalkylerad effekt som förfallit": nb("2 mkr"),
      "Realiserad effekt": nb("11 mkr"),
      Realiseringsgrad: nb("550 %"),
    });
    const year = screen.getByRole("region", { name: "Budgetår 2026" });
    expect(within(year).queryByText(/fördelas inte per år/)).toBeNull();
  });

  it("visar hur många effekter som är att följa upp och öppnar listan", () => {
    screen.getByRole("button", { name: "Att följa upp (1)" }).click();
    expect(onFollowUp).toHaveBeenCalledTimes(1);
  });

  it("säger hur många registreringar som räknas", () => {
    const box = screen.getByRole("region", { name: "Sammanställning" });
    expect(within(box).getByText(/^2 registreringar/)).toBeTruthy();
  });
});

describe("Starts budgetår när en rad att rätta på bladet Realisering nämner effekten", () => {
  it("räknar inte det enda beloppet i året, som bladets formel, men väl i hela avtalstiden", () => {
    renderWithWorkbook(
      <StartFigures
        effects={[contract, eHandel()]}
        periods={[]}
        invalidPeriodRows={[
          {
            sheetRow: 2,
            shown: { effectId: contract.id, month: "2026-03", amount: "12 kr" },
            effectIdCell: contract.id,
            issues: [],
          },
        ]}
        onFollowUp={() => undefined}
        today={isoDate("2026-12-02")}
      />,
      { workbook: fakePort() }
    );
    expect(figuresOf("Budgetår 2026")["Realiserad effekt"]).toBe(nb("0 kr"));
    expect(figuresOf("Hela avtalstiden")["Realiserad effekt"]).toBe(nb("11 mkr"));
  });
});

describe("Starts sammanställning utan registreringar", () => {
  it("säger att det inte finns något att räkna", () => {
    renderWithWorkbook(
      <StartFigures
        effects={[]}
        periods={[]}
        invalidPeriodRows={[]}
        onFollowUp={() => undefined}
        today={isoDate("2026-12-02")}
      />,
      { workbook: fakePort() }
    );
    expect(screen.getByText("Inga registreringar ännu.")).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Hela avtalstiden" })).toBeNull();
  });
});
