/**
 * Plain-text output for `npm run bench`: tables with right-aligned columns, ✓/✗ against the
 * targets of issue 6, and progress on stderr (so `npm run bench > figures.txt` keeps only the
 * tables).
 */
export type Cell = string | number;

/** Thousands with a space, as Swedish readers expect (1 000); decimals only where asked. */
export function num(value: number, decimals = 0): string {
  return value.toLocaleString("sv-SE", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

export const kib = (bytes: number): string => `${num(bytes / 1024, 1)} KiB`;

/** "✓ ≤ 2" or "✗ ≤ 2": the verdict and the target it was judged against. */
export const verdict = (ok: boolean, target: string): string => `${ok ? "✓" : "✗"} ${target}`;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** Wall time of `work`, in ms. */
export async function timed<T>(work: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

export function progress(message: string): void {
  process.stderr.write(`… ${message}\n`);
}

/**
 * A title, then the rows under the header. `align` has one letter per column, "l" or "r"
 * (numbers read best right-aligned); columns it leaves out are right-aligned.
 */
export function printTable(
  title: string,
  header: readonly string[],
  rows: readonly Cell[][],
  align = ""
): void {
  const lines = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...lines.map((line) => (line[i] ?? "").length)));
  const pad = (cell: string, i: number) =>
    align[i] === "l" ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0);
  console.log(`\n${title}`);
  for (const line of lines) console.log(line.map(pad).join("  ").trimEnd());
}

/** A note under a table, indented like its rows. */
export const note = (text: string): void => console.log(`  ${text}`);
