/**
 * The audit trail's table (sheet `Logg`, table `Effektlogg`): one line per change, appended by
 * the add-in in the same batch as the change it records, never rewritten.
 */
import type { EffectId } from "../model/effect";
import type { ColumnKind } from "../model/tableSchema";

export interface LogLine {
  /** When, as an Excel serial date-time (the same clock as `Senast ändrad`). */
  time: number;
  by: string;
  id: EffectId;
  caseName: string;
  /** The column's header, or an event ("Ny registrering", "Ändrad utanför tillägget"). */
  field: string;
  before: string;
  after: string;
  /** One id per change: lines of one save share it, and a retried save can be recognised. */
  change: string;
}

export const LOG_COLUMNS = [
  { key: "time", header: "Tid", kind: "datetime" },
  { key: "by", header: "Person", kind: "text" },
  { key: "id", header: "ID", kind: "text" },
  { key: "caseName", header: "Ärende", kind: "text" },
  { key: "field", header: "Fält", kind: "text" },
  { key: "before", header: "Tidigare värde", kind: "text" },
  { key: "after", header: "Nytt värde", kind: "text" },
  { key: "change", header: "Ändring", kind: "text" },
] as const satisfies readonly { key: keyof LogLine; header: string; kind: ColumnKind }[];
