import { describe, expect, it } from "@jest/globals";
import { matchInvoiceLines } from "../../../src/domain/invoices/match";
import { effectId } from "../../../src/domain/model/effect";
import {
  invoiceExportBytes,
  supplierName,
  supplierOrgNr,
  type ExportShape,
} from "../../../scripts/invoiceFixtures";
import { anEffect } from "../../fixtures/effects";
import { readCsvFile } from "./readFile";

describe.each(["raindance", "unit4", "visma"] as const)("export som %s", (shape: ExportShape) => {
  const result = readCsvFile(invoiceExportBytes({ shape, lines: 300, suppliers: 20 }));
  if (!result.ok) throw new Error(result.message);
  const { lines, problems } = result.reading;

  it("läses utan fel, med kreditnotor och å ä ö", () => {
    expect(problems).toEqual([]);
    expect(lines).toHaveLength(300);
    expect(lines.some((line) => line.amountOre < 0)).toBe(true);
    expect(lines.some((line) => /[åäöÅÄÖ]/.test(line.supplier))).toBe(true);
    expect(lines.every((line) => /^556\d{3}-\d{4}$/.test(line.orgNr ?? ""))).toBe(true);
  });

  it("matchas mot effekter med leverantörens orgnr", () => {
    const effects = Array.from({ length: 20 }, (_, n) =>
      anEffect({ id: effectId(`E-${n}`), supplier: `${supplierName(n)} (${supplierOrgNr(n)})` })
    );
    const matched = matchInvoiceLines(lines, effects);
    const count = [...matched.values()].reduce((sum, list) => sum + list.length, 0);
    expect(count).toBe(300);
  });
});
