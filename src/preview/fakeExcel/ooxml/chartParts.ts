/**
 * Adds the model's charts to a file ExcelJS wrote: per sheet with charts a drawing part
 * (`xl/drawings/drawingN.xml`, one two-cell anchor per chart at its setPosition cells) that
 * the sheet names in `<drawing r:id>`, the chart parts it points at (chartXml.ts), their
 * relationships and [Content_Types].xml overrides (ECMA-376 part 1, §20.5 and §21.2).
 */
import { parseRect, splitSheet } from "../model/address";
import { chartData } from "../model/charts";
import type { ChartModel, FakeWorkbook, SheetModel } from "../model/types";
import { canWriteChart, chartXml } from "./chartXml";
import { encode, type JSZip, readText, sheetParts } from "./xml";

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING_TYPE = `${DOC_RELS}/drawing`;
const CHART_TYPE = `${DOC_RELS}/chart`;
const DRAWING_CONTENT = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_CONTENT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** A cell address's zero-based column and row, for the drawing's anchor. */
function corner(address: string, offset: number): string {
  const rect = parseRect(splitSheet(address).cells);
  return `<xdr:col>${rect.col + offset}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${rect.row + offset}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
}

function anchor(chart: ChartModel, index: number, relId: string): string {
  const { startCell, endCell } = chart.position;
  const from = startCell || "A1";
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${corner(from, 0)}</xdr:from>` +
    `<xdr:to>${corner(endCell || "H15", 1)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${encode(chart.name)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${relId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

function drawingXml(charts: readonly ChartModel[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${DOC_RELS}">` +
    `${charts.map((chart, i) => anchor(chart, i, `rId${i + 1}`)).join("")}</xdr:wsDr>`
  );
}

function relationships(targets: ReadonlyArray<{ id: string; type: string; target: string }>) {
  const items = targets.map(
    ({ id, type, target }) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${items.join("")}</Relationships>`;
}

/** Adds a relationship to a part's .rels (created when missing); returns its id. */
async function addRelationship(zip: JSZip, relsPath: string, type: string, target: string) {
  const existing = (await readText(zip, relsPath)) ?? relationships([]);
  const used = new Set([...existing.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  zip.file(
    relsPath,
    existing.replace(
      "</Relationships>",
      `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`
    )
  );
  return id;
}

/** `<drawing>` goes before these in CT_Worksheet's sequence. */
const AFTER_DRAWING =
  /<(?:legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

export async function addCharts(zip: JSZip, workbook: FakeWorkbook): Promise<void> {
  const parts = await sheetParts(zip);
  let types = (await readText(zip, "[Content_Types].xml")) ?? "";
  let chartNumber = 0;
  let drawingNumber = 0;
  for (const sheet of workbook.sheets.filter((s: SheetModel) => !s.deleted)) {
    const charts = sheet.charts.filter((c) => !c.deleted && canWriteChart(c));
    const sheetPath = parts.get(sheet.name);
    const sheetXml = sheetPath && (await readText(zip, sheetPath));
    if (charts.length === 0 || !sheetPath || !sheetXml) continue;
    drawingNumber += 1;
    const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`;
    const chartTargets = charts.map((chart) => {
      chartNumber += 1;
      zip.file(`xl/charts/chart${chartNumber}.xml`, chartXml(chart, chartData(workbook, chart)));
      types = types.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart${chartNumber}.xml" ContentType="${CHART_CONTENT}"/></Types>`
      );
      return `../charts/chart${chartNumber}.xml`;
    });
    zip.file(drawingPath, drawingXml(charts));
    zip.file(
      `xl/drawings/_rels/drawing${drawingNumber}.xml.rels`,
      relationships(
        chartTargets.map((target, i) => ({ id: `rId${i + 1}`, type: CHART_TYPE, target }))
      )
    );
    types = types.replace(
      "</Types>",
      `<Override PartName="/${drawingPath}" ContentType="${DRAWING_CONTENT}"/></Types>`
    );
    const fileName = sheetPath.slice(sheetPath.lastIndexOf("/") + 1);
    const relsPath = `${sheetPath.slice(0, sheetPath.lastIndexOf("/"))}/_rels/${fileName}.rels`;
    const id = await addRelationship(
      zip,
      relsPath,
      DRAWING_TYPE,
      `../drawings/drawing${drawingNumber}.xml`
    );
    const at = AFTER_DRAWING.exec(sheetXml)?.index ?? sheetXml.length;
    zip.file(sheetPath, `${sheetXml.slice(0, at)}<drawing r:id="${id}"/>${sheetXml.slice(at)}`);
  }
  zip.file("[Content_Types].xml", types);
}
