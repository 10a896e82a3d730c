import { rowsToFixFigures } from "../../../src/domain/calculate/rowsToFix";
import { kronor } from "../../../src/domain/model/effect";
import axe from "axe-core";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { isoDate } from "../../../src/domain/model/effect";
import { RefreshSummary } from "../../../src/taskpane/summary/RefreshSummary";
import { WorkbookError } from "../../../src/workbook/port";
import { EXCLUDABLE_BASELINES } from "../../../src/workbook/port";
import type { SummaryFilter, SummaryRefresh, WorkbookPort } from "../../../src/workbook/port";
import { someLists } from "../../fixtures/effects";
import { renderWithWorkbook } from "../support/render";

const ALL: SummaryFilter = {
  year: null,
  department: null,
  excludedBaselines: [],
  includeReportedElsewhere: false,
};

/** The panel reads the lists and the remembered filter, and refreshes; nothing else. */
type PanelPort = Pick<WorkbookPort, "readLists" | "readSettings" | "refreshSummary">;

function aPort(saved: SummaryFilter = ALL, refresh?: WorkbookPort["refreshSummary"]) {
  return {
    readLists: jest.fn(async () => someLists()),
    readSettings: jest.fn(async () => ({ summaryFilter: saved, invoiceMapping: {} })),
    refreshSummary: jest.fn(
      refresh ??
        (async (filter = ALL): Promise<SummaryRefresh> => ({
          filter,
          effects: 12,
          rowsToFix: rowsToFixFigures([], {}),
          refreshedAt: "2026-03-01 14:05",
        }))
    ),
  } satisfies PanelPort;
}

function renderPanel(port = aPort()) {
  // Any other method would be undefined: a call to it fails the test loudly.
  const workbook = port as PanelPort as WorkbookPort;
  // Inside <main>, as SummaryView shows it.
  renderWithWorkbook(
    <main>
      <RefreshSummary today={isoDate("2026-03-01")} />
    </main>,
    { workbook }
  );
  return port;
}

const button = () => screen.findByRole("button", { name: "Uppdatera sammanställning" });
const select = (name: string) => screen.findByRole<HTMLSelectElement>("combobox", { name });
const baselineGroup = () => screen.findByRole("group", { name: "Baslinjer som räknas" });
const labelOf = (box: HTMLElement) => document.querySelector(`label[for="${box.id}"]`)?.textContent;
const checkedBaselines = () =>
  screen
    .getAllByRole<HTMLInputElement>("checkbox")
    .filter((box) => box.checked)
    .map(labelOf);
const reportedSwitch = () =>
  screen.getByRole<HTMLInputElement>("switch", {
    name: "Ta med effekter som även rapporteras av annan",
  });

describe("Uppdatera sammanställning i sidopanelen", () => {
  it("börjar med filtret som är sparat i arbetsboken", async () => {
    renderPanel(
      aPort({
        ...ALL,
        year: 2027,
        department: "Utbildningsförvaltningen",
        excludedBaselines: ["Egen kalkyl eller budget", ""],
        includeReportedElsewhere: true,
      })
    );
    expect((await select("Budgetår")).value).toBe("2027");
    expect((await select("Förvaltning")).value).toBe("Utbildningsförvaltningen");
    expect(checkedBaselines()).toEqual([
      "Tidigare avtalspris",
      "Indexjusterat tidigare pris",
      "Marknadsjämförelse",
      "Annan",
    ]);
    expect(reportedSwitch().checked).toBe(true);
  });

  it("erbjuder Alla och listans förvaltningar, och år kring i dag", async () => {
    renderPanel();
    const departments = [...(await select("Förvaltning")).options].map((o) => o.text);
    expect(departments).toEqual(["Alla", ...someLists().departments]);
    const years = [...(await select("Budgetår")).options].map((o) => o.text);
    expect(years[0]).toBe("Alla");
    expect(years).toContain("2020");
    expect(years).toContain("2036");
  });

  it("behåller en sparad förvaltning som inte längre finns i listan", async () => {
    renderPanel(aPort({ ...ALL, department: "Socialförvaltningen" }));
    expect((await select("Förvaltning")).value).toBe("Socialförvaltningen");
  });

  it("uppdaterar med valt filter och säger när det är klart", async () => {
    const port = renderPanel();
    await userEvent.selectOptions(await select("Budgetår"), "2026");
    await userEvent.selectOptions(await select("Förvaltning"), "Utbildningsförvaltningen");
    await userEvent.click(await button());

    expect(port.refreshSummary).toHaveBeenCalledWith({
      ...ALL,
      year: 2026,
      department: "Utbildningsförvaltningen",
    });
    expect(
      await screen.findByText(
        "Sammanställningen är uppdaterad 2026-03-01 14:05 med 12 effekter " +
          "(budgetår 2026, Utbildningsförvaltningen). Alla baslinjer räknas. Effekter som även " +
          "rapporteras av annan ingår inte. Du hittar den på bladet Sammanställning."
      )
    ).toBeTruthy();
  });

  it("väljer baslinjer och effekter som rapporteras av annan med tangentbordet", async () => {
    const port = renderPanel();
    const group = await baselineGroup();
    const boxes = within(group).getAllByRole<HTMLInputElement>("checkbox");
    expect(boxes.map(labelOf)).toEqual([
      "Tidigare avtalspris",
      "Indexjusterat tidigare pris",
      "Egen kalkyl eller budget",
      "Marknadsjämförelse",
      "Annan",
      "Ej angiven",
    ]);
    expect(boxes.every((box) => box.checked)).toBe(true);
    expect(reportedSwitch().checked).toBe(false);

    // Ej angiven first, then Egen kalkyl: saved in the list's order all the same.
    within(group).getByRole("checkbox", { name: "Ej angiven" }).focus();
    await userEvent.keyboard(" ");
    within(group).getByRole("checkbox", { name: "Egen kalkyl eller budget" }).focus();
    await userEvent.keyboard(" ");
    reportedSwitch().focus();
    await userEvent.keyboard(" ");
    expect(reportedSwitch().checked).toBe(true);
    (await button()).focus();
    await userEvent.keyboard("{Enter}");

    expect(port.refreshSummary).toHaveBeenCalledWith({
      ...ALL,
      excludedBaselines: ["Egen kalkyl eller budget", ""],
      includeReportedElsewhere: true,
    });
    expect(
      await screen.findByText(
        /med 12 effekter\. Baslinjer som inte räknas: Egen kalkyl eller budget, Ej angiven\. Effekter som även rapporteras av annan ingår\. Du hittar/
      )
    ).toBeTruthy();
  });

  it("varnar bredvid baslinjerna när ingen räknas", async () => {
    renderPanel(aPort({ ...ALL, excludedBaselines: ["Tidigare avtalspris"] }));
    const group = await baselineGroup();
    expect(screen.queryByText(/Ingen baslinje räknas/)).toBeNull();
    for (const box of within(group).getAllByRole("checkbox", { checked: true })) {
      await userEvent.click(box);
    }
    const warning = screen.getByText(
      "Ingen baslinje räknas, så alla belopp i sammanställningen blir 0 kr."
    );
    expect(group.getAttribute("aria-describedby")).toContain(warning.id);
    await userEvent.click(within(group).getByRole("checkbox", { name: "Annan" }));
    expect(screen.queryByText(/Ingen baslinje räknas/)).toBeNull();
  });

  it("visar en spinner och tar inte emot ett andra klick medan den arbetar", async () => {
    let finish: (value: SummaryRefresh) => void = () => undefined;
    const port = renderPanel(
      aPort(ALL, () => new Promise<SummaryRefresh>((resolve) => (finish = resolve)))
    );
    await userEvent.click(await button());
    const busy = screen.getByRole<HTMLButtonElement>("button", { name: "Uppdaterar …" });
    expect(busy.disabled).toBe(true);
    expect(screen.getAllByRole<HTMLInputElement>("checkbox").every((box) => box.disabled)).toBe(
      true
    );
    await userEvent.click(busy);
    expect(port.refreshSummary).toHaveBeenCalledTimes(1);
    const rowsToFix = {
      count: 2,
      inSheet: 1,
      withId: 1,
      forecast: kronor(2_000_000),
      realised: kronor(0),
    };
    finish({ filter: ALL, effects: 1, rowsToFix, refreshedAt: "2026-03-01 14:05" });
    expect(await screen.findByText(/med 1 effekt\. Alla baslinjer/)).toBeTruthy();
    const warning = screen.getByText(/^2 rader i tabellen behöver rättas/);
    expect(warning.textContent).toContain(
      "Bladets formler räknar med 1 rad av dem: 2\u00a0000\u00a0000\u00a0kr kalkylerad och 0\u00a0kr realiserad effekt mer än tillägget."
    );
    expect(warning.textContent).toContain("Rader som behöver rättas");
  });

  it("visar arbetsbokens felmeddelande och försöker igen", async () => {
    const port = aPort();
    port.refreshSummary.mockRejectedValueOnce(
      new WorkbookError("missingTable", "Registreringstabellen finns inte i arbetsboken.")
    );
    renderPanel(port);
    await userEvent.click(await button());
    expect(await screen.findByText("Registreringstabellen finns inte i arbetsboken.")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Försök igen" }));
    expect(await screen.findByText(/Sammanställningen är uppdaterad/)).toBeTruthy();
    expect(port.refreshSummary).toHaveBeenCalledTimes(2);
  });

  it("visar felet när listorna inte gick att läsa", async () => {
    const port = aPort();
    port.readLists.mockRejectedValueOnce(new WorkbookError("missingLists", "Listbladet saknas."));
    renderPanel(port);
    expect(await screen.findByText("Listbladet saknas.")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Försök igen" }));
    expect(await button()).toBeTruthy();
  });

  it("har inga axe-överträdelser, även med varningen framme", async () => {
    renderPanel(aPort({ ...ALL, excludedBaselines: [...EXCLUDABLE_BASELINES] }));
    await button();
    expect(screen.getByText(/Ingen baslinje räknas/)).toBeTruthy();
    const results = await axe.run(document.body, {
      rules: { "color-contrast": { enabled: false } },
    });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
