/**
 * The downloaded .xlsx is a real Excel file: LibreOffice (a spreadsheet engine that is not
 * ours) opens the summary workbook and finds its three native charts with their series, and
 * with its default profile, which shows an Excel-written file's cached results without
 * recalculating, it shows the computed totals, not zeros.
 */
import { DEFAULT_SETTINGS } from "../../../src/workbook/port";
import { saveWorkbookToXlsx } from "../../../src/preview/fakeExcel/xlsx";
import { summaryText } from "../../../src/workbook/summary/messages.sv";
import { summaryLists } from "../../fixtures/summaryEffects";
import { asOds, libreOfficeVersion, sheetsAsCsv } from "../../support/libreoffice";
import {
  addLists,
  allSummaryInputs,
  appendInChunks,
  openTemplate,
} from "../../support/summaryWorkbook";
import { zipTextParts } from "../../support/xlsxParts";

jest.setTimeout(180_000);

let xlsx: Uint8Array;

beforeAll(async () => {
  await libreOfficeVersion();
  const workbook = await openTemplate();
  await addLists(workbook.port, summaryLists());
  await appendInChunks(workbook.port, allSummaryInputs());
  await workbook.port.refreshSummary(DEFAULT_SETTINGS.summaryFilter);
  xlsx = await saveWorkbookToXlsx(workbook.model);
});

it("ber Excel räkna om allt när filen öppnas", () => {
  expect(zipTextParts(xlsx).get("xl/workbook.xml")).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/);
});

it("har tre diagram som LibreOffice läser, med rätt titlar, typer och serier", async () => {
  const parts = zipTextParts(await asOds(xlsx));
  const objects = [...(parts.get("content.xml") ?? "").matchAll(/xlink:href="\.\/(Object \d+)"/g)];
  const charts = objects.map(([, name]) => {
    const content = parts.get(`${name}/content.xml`) ?? "";
    return {
      title: /<chart:title\b[^>]*><text:p>([^<]*)/.exec(content)?.[1],
      horizontal: /chart:vertical="true"/.test(content),
      stacked: /chart:stacked="true"/.test(content),
      series: [
        ...content.matchAll(/<chart:series\b[^>]*chart:values-cell-range-address="([^"]+)"/g),
      ].length,
    };
  });
  expect(charts).toEqual([
    { title: summaryText.charts.byType, horizontal: false, stacked: false, series: 2 },
    { title: summaryText.charts.byDepartment, horizontal: true, stacked: false, series: 2 },
    {
      title: summaryText.charts.byYear,
      horizontal: false,
      stacked: true,
      series: summaryLists().types.length,
    },
  ]);
});

it("visar de beräknade summorna även när LibreOffice inte räknar om", async () => {
  const sheet = (await sheetsAsCsv(xlsx, { trustCache: true })).get("Sammanställning") ?? [];
  const recalculated = (await sheetsAsCsv(xlsx)).get("Sammanställning") ?? [];
  const numbers = sheet.flat().filter((text) => text !== "" && Number.isFinite(Number(text)));
  expect(numbers.filter((text) => Number(text) !== 0).length).toBeGreaterThan(30);
  expect(sheet).toEqual(recalculated);
});
