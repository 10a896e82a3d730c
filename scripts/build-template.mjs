// Regenerates assets/Effektiviseringsmall.xlsx from the domain definitions
// (src/workbook/structure/template.ts). Run: npm run build:template, then commit the file.
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { requireTs } from "./requireTs.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { templateBuffer, TEMPLATE_PATH } = requireTs(
  join(root, "src/workbook/structure/template.ts")
);
const target = join(root, TEMPLATE_PATH);
await writeFile(target, await templateBuffer());
console.log(`Wrote ${target}`);
