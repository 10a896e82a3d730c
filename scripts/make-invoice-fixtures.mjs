// Writes invoice exports in each shape Swedish finance systems use (scripts/invoiceFixtures.ts):
//   node scripts/make-invoice-fixtures.mjs [folder] [lines]
// Defaults: a folder in the system's temp directory, 1 000 lines per file.
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { requireTs } from "./requireTs.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const { invoiceExportBytes } = requireTs(join(here, "invoiceFixtures.ts"));
const folder = process.argv[2] ?? join(tmpdir(), "fakturaexporter");
const lines = Number(process.argv[3] ?? 1000);

mkdirSync(folder, { recursive: true });
for (const shape of ["raindance", "unit4", "visma"]) {
  const file = join(folder, `${shape}-leverantorsfakturor.csv`);
  writeFileSync(file, invoiceExportBytes({ shape, lines }));
  console.log(file);
}
