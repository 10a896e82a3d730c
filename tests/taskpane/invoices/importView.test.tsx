/**
 * *Importera fakturarader* → *Uppföljning*, on the pane's real flow with the import job in
 * process (jsdom has no Worker) and the fake port: the user checks the columns, sees the line
 * that cannot be read, imports, and accepts an effect's suggestion as realisation periods.
 */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { effectId } from "../../../src/domain/model/effect";
import { ImportView } from "../../../src/taskpane/invoices/ImportView";
import type { ImportClient } from "../../../src/taskpane/invoices/importClient";
import { createImportJob } from "../../../src/taskpane/invoices/importJob";
import { anEffect } from "../../fixtures/effects";
import { fakePort, periodsConfirmed } from "../support/fakePort";
import { renderWithWorkbook, TEST_USER } from "../support/render";

// The worker's construction needs import.meta (webpack); here the job runs in process.
jest.mock("../../../src/taskpane/invoices/spawnWorker", () => ({ spawnImportWorker: jest.fn() }));

const inProcess = (): ImportClient => {
  const job = createImportJob();
  return { request: (request) => job.handle(request), dispose: () => undefined };
};

const FILE = [
  "Bokföringsdatum;Leverantörsnamn;Org.nr;Konto;Belopp exkl. moms",
  "2026-03-05;SKRIVARBOLAGET AKTIEBOLAG;556677-8899;4010;200 000,00",
  "2026-03-06;Skrivarbolaget AB;5566778899;4010;abc",
  "2026-03-20;Skrivarbolaget AB;5566778899;4010;-20 000,00",
].join("\r\n");

const printing = anEffect({ id: effectId("E-1"), supplier: "Skrivarbolaget AB" });

async function importFile() {
  const workbook = fakePort();
  workbook.readEffects.mockResolvedValue({ effects: [printing], invalidRows: [] });
  renderWithWorkbook(<ImportView onNavigate={jest.fn()} createClient={inProcess} />, { workbook });
  const file = new File([FILE], "leverantörsfakturor.csv", { type: "text/csv" });
  await userEvent.upload(screen.getByLabelText("Fil med fakturarader"), file);
  await screen.findByText(/leverantörsfakturor\.csv: 3 rader, UTF-8/);
  return workbook;
}

describe("Importera fakturarader", () => {
  it("föreslår kolumner som går att rätta, visar raden som inte kan läsas och sparar summorna", async () => {
    const workbook = await importFile();
    const amount = screen.getByRole("combobox", { name: /Belopp exkl\. moms: Kolumner/ });
    expect(amount.textContent).toBe("Belopp exkl. moms");
    const account = screen.getByRole("combobox", { name: /Konto: Kolumner/ });
    await userEvent.click(account);
    await userEvent.click(screen.getByRole("option", { name: "Används inte" }));
    expect(account.textContent).toBe("Används inte");

    await userEvent.click(screen.getByRole("button", { name: "Läs raderna" }));
    const report = await screen.findByRole("list", { name: "1 rad kan inte läsas" });
    expect(within(report).getByRole("listitem").textContent).toBe(
      "Rad 3: beloppet ”abc” är inte ett belopp."
    );
    await userEvent.click(screen.getByRole("button", { name: "Importera 2 rader" }));

    expect(await screen.findByRole("heading", { name: "Uppföljning" })).toBeTruthy();
    expect(workbook.saveInvoiceImport).toHaveBeenCalledWith(
      expect.objectContaining({
        fileName: "leverantörsfakturor.csv",
        aggregates: [
          {
            supplier: "SKRIVARBOLAGET AKTIEBOLAG",
            orgNr: "556677-8899",
            month: "2026-03",
            account: "",
            amountOre: 18_000_000,
            lineCount: 2,
          },
        ],
      }),
      { by: TEST_USER }
    );
    expect(workbook.saveSettings).toHaveBeenCalledWith({
      invoiceMapping: {
        date: "Bokföringsdatum",
        supplier: "Leverantörsnamn",
        orgNr: "Org.nr",
        amount: "Belopp exkl. moms",
      },
    });
    // Fluent's Dropdown takes seconds in jsdom.
  }, 20_000);

  it("Godkänn skriver månadens föreslagna realisering med filen som underlag, och raden speglar summan", async () => {
    const workbook = await importFile();
    await userEvent.click(await screen.findByRole("button", { name: "Läs raderna" }));
    await userEvent.click(await screen.findByRole("button", { name: "Importera 2 rader" }));
    const card = await screen.findByRole("table", { name: /Utskrift som tjänst – Nytt avtal/ });
    // 5 mkr a year before: 416 666,67 kr a month, minus 180 000 kr invoiced.
    expect(within(card).getAllByRole("row")[1]?.textContent).toContain("236\u00a0666,67\u00a0kr");
    await userEvent.click(screen.getByRole("button", { name: "Godkänn" }));
    expect(await screen.findByText("Godkänt: 1 månad sparade som realisering.")).toBeTruthy();
    expect(workbook.appendRealisations).toHaveBeenCalledWith(
      [
        {
          effectId: "E-1",
          month: "2026-03",
          amount: 236_666.67,
          source: "Import",
          evidence: expect.stringMatching(/^leverantörsfakturor\.csv \(fil [0-9a-f]{12}\)$/),
        },
      ],
      { registeredBy: TEST_USER }
    );
    // The row mirrors the periods' sum, so the summary's formulas count the import too.
    expect(workbook.updateEffect).toHaveBeenCalledWith(
      printing,
      expect.objectContaining({
        status: "Realiserad",
        realised: 236_666.67,
        realisedDate: "2026-03-31",
      }),
      { by: TEST_USER }
    );
    // Seconds later, the quiet second look that every save has, at the periods it wrote and
    // at the row, which the workbook now holds as updated.
    expect(screen.getByText("Kontrolleras strax i arbetsboken …")).toBeTruthy();
    expect(await periodsConfirmed(workbook)).toBeTruthy();
    expect(workbook.confirmRealisations).toHaveBeenCalledWith([
      expect.objectContaining({ effectId: "E-1", month: "2026-03", source: "Import" }),
    ]);
  });

  it("har en väg tillbaka till Start med samma namn som de andra vyerna", async () => {
    const onNavigate = jest.fn();
    renderWithWorkbook(<ImportView onNavigate={onNavigate} createClient={inProcess} />, {
      workbook: fakePort(),
    });
    await userEvent.click(screen.getByRole("button", { name: "Tillbaka till Start" }));
    expect(onNavigate).toHaveBeenCalledWith({ name: "start" });
  });
});
