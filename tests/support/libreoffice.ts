/**
 * LibreOffice headless as a real spreadsheet engine for tests: it opens the files we
 * generate, recalculates their formulas and exports what a person would see. Each call
 * runs in its own temporary directory and LibreOffice profile, so parallel jest workers
 * never share an instance.
 */
import { Buffer } from "node:buffer";
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { env } from "node:process";
import { pathToFileURL } from "node:url";

const SOFFICE = env.SOFFICE ?? "soffice";
const CONVERSION_TIMEOUT_MS = 90_000;
const INPUT = "input.xlsx";

/**
 * Comma, double quote, UTF-8 (76), from line 1, raw values rather than as shown, no
 * formulas, and `-1`: every sheet to its own `input-<Sheet>.csv` (LibreOffice >= 7.2).
 */
const CSV_ALL_SHEETS =
  "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/**
 * By default LibreOffice trusts the cached results of an xlsx that says Excel wrote it (as
 * ExcelJS's files do), so a stale cached value would pass. The profile is seeded to always
 * recalculate OOXML on load (OOXMLRecalcMode 0 = always).
 */
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export class LibreOfficeMissingError extends Error {
  constructor(cause: string) {
    super(
      `LibreOffice (soffice) is needed for this test: apt-get install libreoffice-calc-nogui ` +
        `(or set SOFFICE to its path). ${cause}`
    );
  }
}

function run(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(SOFFICE, args, { timeout: CONVERSION_TIMEOUT_MS }, (error, stdout, stderr) => {
      if (error && "code" in error && error.code === "ENOENT") {
        reject(new LibreOfficeMissingError(error.message));
      } else if (error) {
        reject(new Error(`soffice ${args.join(" ")} failed: ${error.message}\n${stderr}`));
      } else {
        resolve(`${stdout}${stderr}`);
      }
    });
  });
}

/** The output of `soffice --version`, e.g. "LibreOffice 7.4.7.2 40(Build:2)". */
export const libreOfficeVersion = (): Promise<string> =>
  run(["--headless", "--version"]).then((out) => out.trim());

/**
 * Converts an xlsx with LibreOffice; returns the files it wrote, by name. `trustCache` keeps
 * LibreOffice's default profile, which shows the file's cached results of an Excel-written
 * file instead of recalculating.
 */
async function convert(
  xlsxBytes: Uint8Array,
  target: string,
  { trustCache = false } = {}
): Promise<Map<string, Buffer>> {
  const work = await mkdtemp(join(tmpdir(), "lo-"));
  try {
    const profile = join(work, "profile");
    await mkdir(join(profile, "user"), { recursive: true });
    if (!trustCache) {
      await writeFile(join(profile, "user", "registrymodifications.xcu"), RECALCULATE_ON_LOAD);
    }
    const input = join(work, INPUT);
    const outdir = join(work, "out");
    await writeFile(input, xlsxBytes);
    const log = await run([
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      target,
      "--outdir",
      outdir,
      input,
    ]);
    const names = await readdir(outdir).catch(() => [] as string[]);
    if (names.length === 0) throw new Error(`LibreOffice wrote nothing:\n${log}`);
    const files = await Promise.all(names.map((name) => readFile(join(outdir, name))));
    return new Map(names.map((name, i) => [name, files[i] as Buffer]));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The xlsx re-saved by LibreOffice after recalculating every formula. */
export async function recalculateWithLibreOffice(xlsxBytes: Uint8Array): Promise<Uint8Array> {
  const files = await convert(xlsxBytes, "xlsx:Calc MS Excel 2007 XML");
  const saved = files.get(INPUT);
  if (!saved) throw new Error(`LibreOffice did not write ${INPUT}`);
  return new Uint8Array(saved);
}

/** The file as LibreOffice saves it in its own format (ODS): a zip of XML parts. */
export async function asOds(xlsxBytes: Uint8Array): Promise<Uint8Array> {
  const files = await convert(xlsxBytes, "ods");
  const saved = files.get(INPUT.replace(/\.xlsx$/, ".ods"));
  if (!saved) throw new Error("LibreOffice did not write the .ods");
  return new Uint8Array(saved);
}

/**
 * Every sheet as rows of cell texts (raw values), by sheet name: recalculated, or with
 * `trustCache` the file's cached results as LibreOffice's default profile shows them.
 */
export async function sheetsAsCsv(
  xlsxBytes: Uint8Array,
  options: { trustCache?: boolean } = {}
): Promise<Map<string, string[][]>> {
  const files = await convert(xlsxBytes, CSV_ALL_SHEETS, options);
  const prefix = INPUT.replace(/\.xlsx$/, "-");
  return new Map(
    [...files].map(([name, bytes]) => [
      name.slice(prefix.length, -".csv".length),
      parseCsv(bytes.toString("utf8")),
    ])
  );
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted || (char !== "," && char !== "\n" && char !== "\r")) {
      field += char;
    } else if (char === ",") {
      endField();
    } else {
      if (char === "\r" && text[i + 1] === "\n") i += 1;
      endField();
      rows.push(row);
      row = [];
    }
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
