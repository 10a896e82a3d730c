/**
 * What it costs to type effects straight into the template's table, without the add-in: every
 * character of every cell a person fills, and every cell move (Tab to the next cell, Enter at
 * the end of a row, which in Excel returns to the column the row was started in). Pure.
 *
 * A person typing by hand has no id to type and no add-in to fill in Registrerad, Status,
 * Beräkningsgrund, Årligt belopp or Budgetpåverkande: they type those too. Kalkylerad effekt is
 * the table's own formula, so it is only tabbed over.
 */
import type { EffectInput } from "../src/domain/model/effect";
import { NO, TABLE_COLUMNS, YES, type ColumnKey } from "../src/domain/model/tableSchema";

/** A column a hand typer fills: Registrerad and the fields of the effect itself. */
type HandColumn = keyof EffectInput | "registered";

/** Columns nobody types by hand: the add-in's own, and the formula. */
const NOT_TYPED: ReadonlySet<ColumnKey> = new Set<ColumnKey>([
  "id",
  "forecast",
  "registeredBy",
  "lastModified",
  "lastModifiedBy",
  "checksum",
  // A second person's verification, later: not part of registering.
  "verifiedStage",
  "verifiedBy",
  "verifiedDate",
  "evidence",
  // Left out because the e2e suite this is compared with does not type them either.
  "supplier",
  "caseNumber",
  "comment",
]);

/** The columns a hand typer fills, in the table's order, as far as an effect has them. */
export const HAND_TYPED_COLUMNS = TABLE_COLUMNS.map((column) => column.key).filter(
  (key) => !NOT_TYPED.has(key)
) as readonly HandColumn[];

export interface HandEffort {
  characters: number;
  /** Tab and Enter. */
  moves: number;
}

export interface HandTypingOptions {
  /**
   * Excel's own help: AutoComplete finishes a text once its first letters match one entry
   * already in the column, and Ctrl+; enters today's date (Registrerad) in two keys.
   */
  excelHelp?: boolean;
}

const isHandTyped = (key: ColumnKey): key is HandColumn =>
  (HAND_TYPED_COLUMNS as readonly ColumnKey[]).includes(key);

/** A cell as a person types it: digits without spaces, a decimal comma, dates as yyyy-mm-dd. */
function typedText(effect: EffectInput, key: HandColumn, registered: string): string {
  if (key === "registered") return registered;
  const value = effect[key];
  if (typeof value === "boolean") return value ? YES : NO;
  if (typeof value === "number") return String(value).replace(".", ",");
  return value ?? "";
}

/** Keys until AutoComplete offers `text`: the shortest prefix that only it starts with. */
function autoCompleted(text: string, above: ReadonlySet<string>): number {
  if (!above.has(text)) return text.length;
  const lower = text.toLowerCase();
  const others = [...above].filter((entry) => entry !== text).map((e) => e.toLowerCase());
  for (let length = 1; length < text.length; length += 1) {
    const prefix = lower.slice(0, length);
    if (!others.some((other) => other.startsWith(prefix))) return length;
  }
  return text.length;
}

/**
 * Typing `effects` into the table's empty rows, one row each, starting in the first filled
 * column; `registered` is the date typed as Registrerad (today).
 */
export function handTypingEffort(
  effects: readonly EffectInput[],
  registered: string,
  options: HandTypingOptions = {}
): HandEffort {
  const columns = TABLE_COLUMNS.map((column) => column.key);
  // AutoComplete completes text, never numbers or dates.
  const textColumns = new Set<ColumnKey>(
    TABLE_COLUMNS.filter((c) => ["text", "choice", "yesNo"].includes(c.kind)).map((c) => c.key)
  );
  const above = new Map<ColumnKey, Set<string>>();
  let characters = 0;
  let moves = 0;
  for (const effect of effects) {
    const filled = columns.flatMap((key, index) => {
      const text = isHandTyped(key) ? typedText(effect, key, registered) : "";
      return text === "" ? [] : [{ key, index, text }];
    });
    const [first] = filled;
    const last = filled[filled.length - 1];
    if (!first || !last) continue;
    // Tab from cell to cell across the row (empty cells and the formula included), then Enter.
    moves += last.index - first.index + 1;
    for (const { key, text } of filled) {
      const seen = above.get(key) ?? new Set<string>();
      if (options.excelHelp && key === "registered") characters += 2;
      else if (options.excelHelp && textColumns.has(key)) characters += autoCompleted(text, seen);
      else characters += [...text].length;
      above.set(key, seen.add(text));
    }
  }
  return { characters, moves };
}
